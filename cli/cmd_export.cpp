// causeline export --format NAME [-o FILE] [filters]: one export format of the stored timeline,
// optionally filtered (the same filter flags as build).
#include <iostream>
#include <vector>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "exporters/exporter.hpp"
#include "exporters/filter.hpp"
#include "exporters/write_all.hpp"

namespace causeline::cli {
namespace {

constexpr std::string_view kName = "export";
constexpr OptionSpec kOptions[] = {
    {"--format", "NAME", "output format (see below; default json)"},
    {"--output", "FILE", "write to FILE instead of standard output (also -o)"},
    {"--title", "TEXT", "title of the timeline"},
    kReferenceOption,
};

std::vector<OptionSpec> all_options() {
  std::vector<OptionSpec> specs(std::begin(kOptions), std::end(kOptions));
  for (const auto& f : exporters::filter_flags()) {
    specs.push_back(OptionSpec{f.name, f.metavar, f.help, f.repeatable});
  }
  return specs;
}

std::string help_text() {
  std::string h = "Write the stored timeline in one format, optionally filtered. Formats:\n";
  for (const auto& e : exporters::all_exporters()) {
    h += "  " + std::string(e.name) +
         std::string(e.name.size() < 12 ? 12 - e.name.size() : 1, ' ') + std::string(e.help) +
         " (build writes " + std::string(e.file_name) + ")\n";
  }
  return h;
}

}  // namespace

int cmd_export(std::span<const std::string> argv) {
  const auto specs = all_options();
  auto args = parse_args(argv, specs);
  if (!args)
    return usage_error(kName, args.error().message);
  if (args->help) {
    std::cout << usage(kName, "[--format NAME] [-o FILE] [filters]", help_text(), specs);
    return kOk;
  }
  if (!args->positional.empty()) {
    return usage_error(kName, "unexpected argument '" + args->positional[0] + "'");
  }
  const std::string format = args->get_or("--format", "json");
  const exporters::ExporterInfo* exporter = exporters::find_exporter(format);
  if (!exporter)
    return usage_error(kName, "unknown format '" + format + "' (see --help)");
  exporters::Filter filter;
  if (auto e =
          exporters::collect_filter(filter, [&](std::string_view n) { return args->all(n); })) {
    return usage_error(kName, e->message);
  }
  auto now = now_utc(*args);
  if (!now)
    return usage_error(kName, now.error().message);

  auto store = open_store(db_path(*args), false);
  if (!store)
    return kInputFailed;
  BuildOptions options = timeline_options(*args);
  auto timeline = load_timeline(*store, options);
  if (!timeline)
    return kInputFailed;
  if (!filter.empty()) {
    auto filtered = exporters::apply_filter(*timeline, filter);
    if (!filtered)
      return usage_error(kName, filtered.error().message);
    timeline = std::move(*filtered);
  }

  exporters::ExportContext ctx;
  ctx.generated = *now;
  if (auto t = args->get("--title"))
    ctx.title = *t;
  if (auto out = args->get("--output")) {
    auto written = exporters::write_one(*out, *exporter, *timeline, ctx);
    if (!written) {
      std::cerr << "causeline: error: " << written.error().message << '\n';
      return kInputFailed;
    }
    return kOk;
  }
  exporter->write(std::cout, *timeline, ctx);
  std::cout.flush();
  return std::cout ? kOk : kInputFailed;
}

}  // namespace causeline::cli
