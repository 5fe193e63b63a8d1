// causeline tag: temporal expressions of .txt files as JSON lines (the input of
// eval/timex/score.py).
#include <iostream>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "importers/lang_id.hpp"
#include "importers/timex/tag_files.hpp"

namespace causeline::cli {
namespace {
constexpr std::string_view kName = "tag";
constexpr OptionSpec kOptions[] = {
    {"--lang", "auto|CODE", "language of the texts (default auto: identified per file)"},
    {"--dct", "DATE", "reference date when X.dct is missing beside X.txt (a TIMEX3 date)"},
};
}  // namespace

int cmd_tag(std::span<const std::string> argv) {
  auto args = parse_args(argv, kOptions);
  if (!args)
    return usage_error(kName, args.error().message);
  if (args->help) {
    std::cout << usage(
        kName, "[--lang auto|CODE] [--dct DATE] PATH...",
        "Tag the temporal expressions of each .txt file (or folder of them) and print "
        "one JSON line per document, sorted by document: "
        "{\"doc\", \"offset_unit\": \"utf8\", \"timexes\": [{\"start\", \"end\", "
        "\"type\", \"value\", \"text\"}]}. The reference date of X.txt is read from "
        "X.dct beside it, else --dct.",
        kOptions);
    return kOk;
  }
  if (args->positional.empty())
    return usage_error(kName, "expected at least one PATH");
  timex::TagFilesOptions options;
  options.lang_root = lang_root(*args);
  options.lang = args->get_or("--lang", "auto");
  if (auto dct = args->get("--dct")) {
    options.dct = TimeValue::parse(*dct);
    if (!options.dct.anchored())
      return usage_error(kName, "--dct expects a TIMEX3 date, got '" + *dct + "'");
  }
  if (options.lang == "auto") {
    auto id = importers::LanguageIdentifier::load(options.lang_root);
    if (!id) {
      std::cerr << "causeline: error: " << id.error().message << '\n';
      return kInputFailed;
    }
    options.identify = [identifier = std::move(*id)](std::string_view text) {
      return identifier.identify(text);
    };
  }
  std::vector<std::filesystem::path> paths(args->positional.begin(), args->positional.end());
  return timex::tag_files(paths, options, std::cout, std::cerr) == 0 ? kOk : kInputFailed;
}

}  // namespace causeline::cli
