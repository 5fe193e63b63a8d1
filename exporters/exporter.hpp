#pragma once
// The exporter table: every output format, by name, with the file it is written to by `build`.
#include <ostream>
#include <span>
#include <string>
#include <string_view>

#include "core/timeline.hpp"

namespace causeline::exporters {

/// What every exporter receives besides the timeline. `generated` comes from an injected clock so
/// output is byte-stable (tests pass a fixed time).
struct ExportContext {
  std::string generated;  // UTC, "2025-08-01T12:00:00Z"
  std::string title = "causeline timeline";
  std::string uid_domain = "causeline.local";
};

struct ExporterInfo {
  std::string_view name;       // --format value: "json", "ics", ...
  std::string_view file_name;  // written by `build` into its output folder: "timeline.json"
  std::string_view help;
  void (*write)(std::ostream& out, const Timeline& timeline, const ExportContext& ctx);
};

std::span<const ExporterInfo> all_exporters() noexcept;
const ExporterInfo* find_exporter(std::string_view name) noexcept;

}  // namespace causeline::exporters
