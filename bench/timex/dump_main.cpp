// timex_dump: every mention the temporal tagger finds, one line each, with its rule; a speed change
// to the tagger must leave this output byte-identical.
//   timex_dump LANG_ROOT LANG DIR...            every DIR/X.txt, DCT from X.dct
//   timex_dump LANG_ROOT LANG --lines FILE...   every line of each FILE as its own text (a pack
//                                               corpus: brackets removed, columns after a tab
//                                               dropped; DCT 2013-02-12T04:30, as the tests)
//   timex_dump LANG_ROOT LANG --adversarial MB  the benchmark's hostile text of MB megabytes
//   timex_dump LANG_ROOT LANG --narrative DIR...  as the first form, anchoring on the last date
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "bench/timex/adversarial.hpp"
#include "bench/timex/corpus_dirs.hpp"
#include "importers/timex/tagger.hpp"

namespace {

namespace fs = std::filesystem;
using causeline::TimeMod;
using causeline::TimeValue;
using causeline::timex::Context;
using causeline::timex::Tagger;

void dump(const Tagger& tagger, const std::string& name, std::string_view text,
          const Context& ctx) {
  for (const auto& t : tagger.tag(text, ctx)) {
    std::cout << name << '\t' << t.begin << '\t' << t.end << '\t' << t.type << '\t' << t.value.str()
              << '\t' << causeline::to_string(t.value.mod()) << '\t' << t.rule << '\t'
              << text.substr(t.begin, t.end - t.begin) << '\n';
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: timex_dump LANG_ROOT LANG DIR... | --lines FILE... | --adversarial MB\n";
    return 2;
  }
  auto tagger = Tagger::load(argv[1], argv[2]);
  if (!tagger) {
    std::cerr << "timex_dump: " << tagger.error().message << '\n';
    return 1;
  }
  std::string mode = argv[3];
  int first = 3;
  bool narrative = false;
  if (mode == "--narrative") {
    narrative = true;
    first = 4;
    mode = argc > 4 ? argv[4] : "";
  }
  if (mode == "--adversarial" && argc == 5) {
    Context ctx;
    ctx.dct = TimeValue::parse("2025-05-01");
    const std::string text = causeline::bench::adversarial(std::stoul(argv[4]) * 1000 * 1000);
    dump(**tagger, "adversarial", text, ctx);
    return 0;
  }
  if (mode == "--lines") {
    Context ctx;
    ctx.dct = TimeValue::parse("2013-02-12T04:30");
    for (int a = 4; a < argc; ++a) {
      std::ifstream in(argv[a], std::ios::binary);
      std::string line;
      for (size_t n = 1; std::getline(in, line); ++n) {
        if (line.empty() || line[0] == '#')
          continue;
        line = line.substr(0, line.find('\t'));
        line.erase(std::remove(line.begin(), line.end(), '['), line.end());
        line.erase(std::remove(line.begin(), line.end(), ']'), line.end());
        dump(**tagger, fs::path(argv[a]).filename().string() + ":" + std::to_string(n), line, ctx);
      }
    }
    return 0;
  }
  std::vector<fs::path> dirs(argv + first, argv + argc);
  for (auto& d : causeline::bench::load_corpus_dirs(dirs)) {
    d.ctx.narrative = narrative;
    dump(**tagger, d.name, d.text, d.ctx);
  }
  return 0;
}
