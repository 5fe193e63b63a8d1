// causeline build INPUT... --out DIR: import everything, then write every export into DIR.
#include <iostream>
#include <vector>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/import_flags.hpp"
#include "cli/import_report.hpp"
#include "exporters/exporter.hpp"
#include "exporters/filter.hpp"
#include "exporters/write_all.hpp"

namespace causeline::cli {
namespace {
constexpr std::string_view kName = "build";
constexpr OptionSpec kOptions[] = {
    {"--out", "DIR", "output folder (created when missing)"},
    {"--reference", "FILE",
     "master timeline (CSV or JSON) dating undated mentions, kept for later commands"},
    {"--title", "TEXT", "title of the timeline"},
};

std::vector<OptionSpec> all_options() {
  std::vector<OptionSpec> specs(std::begin(kOptions), std::end(kOptions));
  for (const auto& f : import_flag_specs()) specs.push_back(f);
  for (const auto& f : exporters::filter_flags()) {
    specs.push_back(OptionSpec{f.name, f.metavar, f.help, f.repeatable});
  }
  return specs;
}
}  // namespace

int cmd_build(std::span<const std::string> argv) {
  namespace fs = std::filesystem;
  const auto specs = all_options();
  auto args = parse_args(argv, specs);
  if (!args)
    return usage_error(kName, args.error().message);
  if (args->help) {
    std::cout << usage(
        kName, "INPUT... --out DIR",
        "Import the inputs (into DIR/causeline.db unless --db is given) and write every "
        "export format into DIR.\nFilters apply to the exports, not to the import.",
        specs);
    return kOk;
  }
  auto out = args->get("--out");
  if (!out)
    return usage_error(kName, "--out DIR is required");
  if (args->positional.empty())
    return usage_error(kName, "no INPUT given");
  exporters::Filter filter;
  if (auto e =
          exporters::collect_filter(filter, [&](std::string_view n) { return args->all(n); })) {
    return usage_error(kName, e->message);
  }
  auto now = now_utc(*args);
  if (!now)
    return usage_error(kName, now.error().message);
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
  const fs::path db = db_path(*args, fs::path(*out) / "causeline.db");
  auto import_opts = import_options(*args, db);
  if (!import_opts)
    return usage_error(kName, import_opts.error().message);
  auto store = open_store(db, true);
  if (!store)
    return kInputFailed;
  std::vector<fs::path> inputs(args->positional.begin(), args->positional.end());
  auto summary = importers::import_inputs(*store, **pipeline, inputs, std::cerr, *import_opts);
  importers::write_summary(std::cout, summary);
  print_stats(*args, summary);

  BuildOptions options = timeline_options(*args);
  auto timeline = load_timeline(*store, options);
  if (!timeline)
    return kInputFailed;
  if (options.reference) {
    // Later commands on this database (chains, why, events, ...) date with it too.
    std::error_code abs_ec;
    auto kept = std::filesystem::absolute(*options.reference, abs_ec);
    try {
      store->set_setting(kReferenceSetting, (abs_ec ? *options.reference : kept).string());
    } catch (const std::exception& e) {
      std::cerr << "causeline: warning: keeping the reference timeline: " << e.what() << '\n';
    }
  }
  print_timeline_summary(std::cout, *timeline);

  if (!filter.empty()) {
    auto filtered = exporters::apply_filter(*timeline, filter);
    if (!filtered)
      return usage_error(kName, filtered.error().message);
    timeline = std::move(*filtered);
  }
  exporters::ExportContext ctx;
  ctx.generated = *now;
  if (auto title = args->get("--title"))
    ctx.title = *title;
  auto written = exporters::write_all(*out, *timeline, ctx);
  if (!written) {
    std::cerr << "causeline: error: " << written.error().message << '\n';
    return kInputFailed;
  }
  std::cout << "wrote:     ";
  for (size_t i = 0; i < written->size(); ++i) {
    std::cout << (i ? ", " : "") << (*written)[i].filename().string();
  }
  std::cout << " in " << *out << '\n';
  return summary.ok() ? kOk : kInputFailed;
}

}  // namespace causeline::cli
