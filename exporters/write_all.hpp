#pragma once
// Writes every export format into a folder (what `causeline build` produces).
#include <filesystem>
#include <vector>

#include "core/result.hpp"
#include "core/timeline.hpp"
#include "exporters/exporter.hpp"

namespace causeline::exporters {

/// Writes each format of all_exporters() to dir/<file_name> (dir is created when missing). Each
/// file is written to a temporary name and renamed, so readers never see half an export. Returns
/// the paths written, in table order; the first failure stops and is returned as the error.
Result<std::vector<std::filesystem::path>> write_all(const std::filesystem::path& dir,
                                                     const Timeline& timeline,
                                                     const ExportContext& ctx);

/// Writes one format to a file the same way.
Result<std::filesystem::path> write_one(const std::filesystem::path& file,
                                        const ExporterInfo& exporter, const Timeline& timeline,
                                        const ExportContext& ctx);

}  // namespace causeline::exporters
