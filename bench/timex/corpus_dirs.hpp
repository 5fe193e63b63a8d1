#pragma once
// The texts the temporal benchmarks read: every DIR/X.txt, with its reference date from X.dct.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/time_value.hpp"
#include "importers/timex/tagger.hpp"

namespace causeline::bench {

/// One text of a folder and how to anchor it.
struct CorpusDoc {
  std::string name;  // the file's stem
  std::string text;
  timex::Context ctx;  // dct from X.dct when present
};

inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return std::move(ss).str();
}

/// Every .txt of each folder, folders in the order given, files sorted by name within each.
inline std::vector<CorpusDoc> load_corpus_dirs(const std::vector<std::filesystem::path>& dirs) {
  namespace fs = std::filesystem;
  std::vector<CorpusDoc> docs;
  for (const fs::path& dir : dirs) {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir)) {
      if (e.path().extension() == ".txt")
        files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      CorpusDoc d;
      d.name = f.stem().string();
      d.text = read_file(f);
      fs::path dct = f;
      dct.replace_extension(".dct");
      if (fs::exists(dct)) {
        std::string v = read_file(dct);
        while (!v.empty() && (v.back() == '\n' || v.back() == '\r')) v.pop_back();
        d.ctx.dct = TimeValue::parse(v);
      }
      docs.push_back(std::move(d));
    }
  }
  return docs;
}

}  // namespace causeline::bench
