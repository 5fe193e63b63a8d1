// causeline import INPUT...: read articles into the database.
#include <iostream>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/import_flags.hpp"

namespace causeline::cli {
namespace {
constexpr std::string_view kName = "import";
constexpr OptionSpec kOptions[] = {
    {"--quiet", "", "print errors only"},
};
}  // namespace

int cmd_import(std::span<const std::string> argv) {
  std::vector<OptionSpec> specs(std::begin(kOptions), std::end(kOptions));
  for (const auto& f : import_flag_specs()) specs.push_back(f);
  auto args = parse_args(argv, specs);
  if (!args)
    return usage_error(kName, args.error().message);
  if (args->help) {
    std::cout << usage(
        kName, "INPUT...",
        "Import articles and curated events, files or folders of them (recursively); '-' reads\n"
        "JSON Lines from standard input. Formats: .txt/.md (optional header block), .jsonl,\n"
        ".html/.htm (saved pages), .rss/.atom/.xml (feeds), .csv/.tsv (TimelineJS sheets), .ics.\n"
        "Unchanged documents are skipped, the same content under another name is kept once, and\n"
        "new content for a known document (same file, id or URL) replaces its events while the\n"
        "old version stays in the database. Exit code 0 when every input was imported, 1 when\n"
        "some failed (each named on stderr), 2 for usage errors.",
        specs);
    return kOk;
  }
  if (args->positional.empty())
    return usage_error(kName, "no INPUT given");
  const std::filesystem::path db = db_path(*args);
  auto options = import_options(*args, db);
  if (!options)
    return usage_error(kName, options.error().message);
  auto pipeline = importers::Pipeline::create(lang_root(*args));
  if (!pipeline) {
    std::cerr << "causeline: error: " << pipeline.error().message << '\n';
    return kUsage;
  }
  auto store = open_store(db, true);
  if (!store)
    return kInputFailed;
  std::vector<std::filesystem::path> inputs(args->positional.begin(), args->positional.end());
  auto summary = importers::import_inputs(*store, **pipeline, inputs, std::cerr, *options);
  if (!args->has("--quiet")) {
    importers::write_summary(std::cout, summary);
    auto c = store->counts();
    std::cout << "database:  " << c.documents << " documents, " << c.events << " events, "
              << c.links << " links in " << db.string() << '\n';
  }
  print_stats(*args, summary);
  return summary.ok() ? kOk : kInputFailed;
}

}  // namespace causeline::cli
