// causeline build INPUT... --out DIR: import everything, then write every export into DIR.
#include <fstream>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/import_report.hpp"
#include "exporters/exporter.hpp"

namespace causeline::cli {
namespace {
constexpr std::string_view kName = "build";
constexpr OptionSpec kOptions[] = {
    {"--out", "DIR", "output folder (created when missing)"},
    {"--reference", "FILE", "master timeline (CSV or JSON) dating undated mentions"},
};
}  // namespace

int cmd_build(std::span<const std::string> argv) {
  namespace fs = std::filesystem;
  auto args = parse_args(argv, kOptions);
  if (!args) return usage_error(kName, args.error().message);
  if (args->help) {
    std::cout << usage(kName, "INPUT... --out DIR",
                       "Import the inputs (into DIR/causeline.db unless --db is given) and write every "
                       "export format into DIR.",
                       kOptions);
    return kOk;
  }
  auto out = args->get("--out");
  if (!out) return usage_error(kName, "--out DIR is required");
  if (args->positional.empty()) return usage_error(kName, "no INPUT given");
  auto now = now_utc(*args);
  if (!now) return usage_error(kName, now.error().message);
  std::error_code ec;
  fs::create_directories(*out, ec);
  if (ec) {
    std::cerr << "causeline: error: " << *out << ": " << ec.message() << '\n';
    return kInputFailed;
  }
  auto pipeline = importers::Pipeline::create(lang_root(*args));
  if (!pipeline) {
    std::cerr << "causeline: error: " << pipeline.error().message << '\n';
    return kUsage;
  }
  auto store = open_store(db_path(*args, fs::path(*out) / "causeline.db"), true);
  if (!store) return kInputFailed;
  std::vector<fs::path> inputs(args->positional.begin(), args->positional.end());
  auto summary = importers::import_inputs(*store, **pipeline, inputs, std::cerr);
  print_import_summary(std::cout, summary);

  BuildOptions options;
  if (auto ref = args->get("--reference")) options.reference = *ref;
  auto timeline = load_timeline(*store, options);
  if (!timeline) return kInputFailed;
  print_timeline_summary(std::cout, *timeline);

  exporters::ExportContext ctx;
  ctx.generated = *now;
  bool write_failed = false;
  std::string written;
  for (const auto& exporter : exporters::all_exporters()) {
    fs::path file = fs::path(*out) / exporter.file_name;
    fs::path tmp = file;
    tmp += ".tmp";
    {
      std::ofstream os(tmp, std::ios::binary);
      exporter.write(os, *timeline, ctx);
      os.flush();
      if (!os) {
        std::cerr << "causeline: error: " << file.string() << ": write failed\n";
        write_failed = true;
        continue;
      }
    }
    fs::rename(tmp, file, ec);  // readers never see a half-written export
    if (ec) {
      std::cerr << "causeline: error: " << file.string() << ": " << ec.message() << '\n';
      write_failed = true;
      continue;
    }
    written += (written.empty() ? "" : ", ") + file.string();
  }
  std::cout << "wrote:     " << written << '\n';
  return summary.ok() && !write_failed ? kOk : kInputFailed;
}

}  // namespace causeline::cli
