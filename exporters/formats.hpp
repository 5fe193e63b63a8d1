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

}  // namespace causeline::exporters
