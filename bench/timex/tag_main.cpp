// timex_tag: the `causeline tag` output for a fixed language, without the rest of the CLI.
// usage: timex_tag LANG_ROOT LANG [--dct DATE] PATH...
#include <iostream>
#include <string>
#include <vector>

#include "importers/timex/tag_files.hpp"

int main(int argc, char** argv) {
  using namespace causeline;
  if (argc < 4) {
    std::cerr << "usage: timex_tag LANG_ROOT LANG [--dct DATE] PATH...\n";
    return 2;
  }
  timex::TagFilesOptions options;
  options.lang_root = argv[1];
  options.lang = argv[2];
  std::vector<std::filesystem::path> paths;
  for (int i = 3; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--dct" && i + 1 < argc) {
      options.dct = TimeValue::parse(argv[++i]);
    } else {
      paths.emplace_back(a);
    }
  }
  return timex::tag_files(paths, options, std::cout, std::cerr);
}
