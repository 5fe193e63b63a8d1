#include <array>

#include "exporters/exporter.hpp"
#include "exporters/formats.hpp"

namespace causeline::exporters {
namespace {

constexpr std::array kExporters = {
    ExporterInfo{"json", "timeline.json", "canonical timeline JSON (causeline/1)",
                 write_timeline_json},
    ExporterInfo{"ics", "timeline.ics", "iCalendar (RFC 5545), causes as RELATED-TO", write_ical},
    ExporterInfo{"timelinejs", "timelinejs.json", "TimelineJS3 JSON", write_timelinejs},
    ExporterInfo{"vis", "vis.json", "vis-timeline items, groups and timeline-arrows arrows",
                 write_vis},
    ExporterInfo{"csv", "timeline.csv", "CSV in the TimelineJS spreadsheet layout", write_csv},
    ExporterInfo{"dot", "causal-graph.dot", "causal graph, GraphViz DOT", write_dot},
    ExporterInfo{"mermaid", "causal-graph.mmd", "causal graph, Mermaid flowchart", write_mermaid},
    ExporterInfo{"html", "report.html", "self-contained visual report (SVG timeline)",
                 write_html_report},
};

}  // namespace

std::span<const ExporterInfo> all_exporters() noexcept { return kExporters; }

const ExporterInfo* find_exporter(std::string_view name) noexcept {
  for (const auto& e : kExporters) {
    if (e.name == name)
      return &e;
  }
  return nullptr;
}

}  // namespace causeline::exporters
