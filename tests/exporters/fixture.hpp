#pragma once
// A fixed timeline for the exporter tests: the chip export-control story with every awkward case
// (quotes, commas, semicolons, line breaks, emoji, RTL text, a 300-character title, an injection
// attempt, formula-like titles, month/year/quarter/week/time grains, modifiers, undated events).
#include "core/timeline.hpp"
#include "exporters/exporter.hpp"

namespace causeline::test {

Timeline fixture_timeline();
/// A plain, realistic story (16 events, 5 actors, 2 undated) for screenshots and render checks.
Timeline story_timeline();
exporters::ExportContext fixture_context();

}  // namespace causeline::test
