#include "exporters/write_all.hpp"

#include <fstream>

namespace causeline::exporters {

namespace fs = std::filesystem;

Result<fs::path> write_one(const fs::path& file, const ExporterInfo& exporter,
                           const Timeline& timeline, const ExportContext& ctx) {
  fs::path tmp = file;
  tmp += ".tmp";
  {
    std::ofstream os(tmp, std::ios::binary | std::ios::trunc);
    if (!os)
      return Error{tmp.string() + ": cannot open for writing"};
    exporter.write(os, timeline, ctx);
    os.flush();
    if (!os) {
      std::error_code ignored;
      fs::remove(tmp, ignored);
      return Error{file.string() + ": write failed"};
    }
  }
  std::error_code ec;
  fs::rename(tmp, file, ec);
  if (ec)
    return Error{file.string() + ": " + ec.message()};
  return file;
}

Result<std::vector<fs::path>> write_all(const fs::path& dir, const Timeline& timeline,
                                        const ExportContext& ctx) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec)
    return Error{dir.string() + ": " + ec.message()};
  std::vector<fs::path> written;
  for (const auto& e : all_exporters()) {
    auto r = write_one(dir / e.file_name, e, timeline, ctx);
    if (!r)
      return r.error();
    written.push_back(std::move(*r));
  }
  return written;
}

}  // namespace causeline::exporters
