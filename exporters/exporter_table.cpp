#include <array>

#include "exporters/exporter.hpp"
#include "exporters/formats.hpp"

namespace causeline::exporters {
namespace {

constexpr std::array kExporters = {
    ExporterInfo{"json", "timeline.json", "canonical timeline JSON (causeline/1)",
                 write_timeline_json},
    ExporterInfo{"ics", "timeline.ics", "iCalendar (RFC 5545), causes as RELATED-TO", write_ical},
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
