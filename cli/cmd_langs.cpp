// causeline langs: the language packs found on disk and what each one provides.
#include <algorithm>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/context.hpp"

namespace causeline::cli {
namespace {
constexpr std::string_view kName = "langs";
}  // namespace

int cmd_langs(std::span<const std::string> argv) {
  namespace fs = std::filesystem;
  auto args = parse_args(argv, {});
  if (!args)
    return usage_error(kName, args.error().message);
  if (args->help) {
    std::cout << usage(kName, "", "List the language packs under the language folder.", {});
    return kOk;
  }
  fs::path root = lang_root(*args);
  std::error_code ec;
  std::vector<fs::path> packs;
  for (const auto& entry : fs::directory_iterator(root, ec)) {
    if (entry.is_directory())
      packs.push_back(entry.path());
  }
  if (ec) {
    std::cerr << "causeline: error: " << root.string() << ": " << ec.message() << '\n';
    return kInputFailed;
  }
  std::sort(packs.begin(), packs.end());
  std::cout << "language packs in " << root.string() << ":\n";
  for (const auto& p : packs) {
    std::cout << "  " << p.filename().string() << ':';
    if (fs::exists(p / "langid.txt"))
      std::cout << " langid";
    if (fs::is_directory(p / "timex"))
      std::cout << " timex";
    if (fs::is_directory(p / "events"))
      std::cout << " events";
    std::cout << '\n';
  }
  return kOk;
}

}  // namespace causeline::cli
