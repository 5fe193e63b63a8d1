#pragma once
// The writer of each export format; exporter_table.cpp lists them by name. Each writes the whole
// timeline to `out` in one streaming pass and never reads the clock (ExportContext carries it).
#include <ostream>

#include "core/timeline.hpp"
#include "exporters/exporter.hpp"

namespace causeline::exporters {

/// Canonical timeline JSON, "format": "causeline/1" (docs/timeline-format.md).
void write_timeline_json(std::ostream& out, const Timeline& tl, const ExportContext& ctx);
/// iCalendar (RFC 5545): one all-day or timed VEVENT per dated event, VJOURNAL for the others.
void write_ical(std::ostream& out, const Timeline& tl, const ExportContext& ctx);
/// TimelineJS3 JSON: partial dates by their parts, groups by actor, links in the slide text.
void write_timelinejs(std::ostream& out, const Timeline& tl, const ExportContext& ctx);
/// vis-timeline JSON {groups, items, arrows (timeline-arrows), undated, options}.
void write_vis(std::ostream& out, const Timeline& tl, const ExportContext& ctx);
/// CSV in the TimelineJS spreadsheet column layout, safe against formula injection.
void write_csv(std::ostream& out, const Timeline& tl, const ExportContext& ctx);
/// The causal graph in GraphViz DOT.
void write_dot(std::ostream& out, const Timeline& tl, const ExportContext& ctx);
/// The causal graph as a Mermaid flowchart.
void write_mermaid(std::ostream& out, const Timeline& tl, const ExportContext& ctx);
/// Self-contained HTML report with an SVG timeline, lanes by actor and causal arrows.
void write_html_report(std::ostream& out, const Timeline& tl, const ExportContext& ctx);

}  // namespace causeline::exporters
