// causeline import INPUT...: read articles into the database.
#include <iostream>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/import_report.hpp"

namespace causeline::cli {
namespace {
constexpr std::string_view kName = "import";
constexpr OptionSpec kOptions[] = {
    {"--quiet", "", "print errors only"},
};
}  // namespace

int cmd_import(std::span<const std::string> argv) {
  auto args = parse_args(argv, kOptions);
  if (!args) return usage_error(kName, args.error().message);
  if (args->help) {
    std::cout << usage(kName, "INPUT...",
                       "Import articles (.txt with an optional header block, .jsonl) and folders of "
                       "them.\nUnchanged documents are skipped; changed ones replace their old events.",
                       kOptions);
    return kOk;
  }
  if (args->positional.empty()) return usage_error(kName, "no INPUT given");
  auto pipeline = importers::Pipeline::create(lang_root(*args));
  if (!pipeline) {
    std::cerr << "causeline: error: " << pipeline.error().message << '\n';
    return kUsage;
  }
  auto store = open_store(db_path(*args), true);
  if (!store) return kInputFailed;
  std::vector<std::filesystem::path> inputs(args->positional.begin(), args->positional.end());
  auto summary = importers::import_inputs(*store, **pipeline, inputs, std::cerr);
  if (!args->has("--quiet")) {
    print_import_summary(std::cout, summary);
    auto c = store->counts();
    std::cout << "database:  " << c.documents << " documents, " << c.events << " events, " << c.links
              << " links in " << db_path(*args).string() << '\n';
  }
  return summary.ok() ? kOk : kInputFailed;
}

}  // namespace causeline::cli
