// timex_bench: throughput of the temporal tagger on one core.
//   timex_bench LANG_ROOT LANG DIR...        tag every DIR/X.txt (DCT from X.dct) repeatedly for at
//                                            least two CPU seconds; prints one JSON line with MB/s
//   timex_bench LANG_ROOT LANG --adversarial  hostile text (digit runs, repeated month names, no
//                                            whitespace, one long line) at 1, 2, 5 and 10 MB;
//                                            prints seconds per size, which grow linearly
#include <algorithm>
#include <ctime>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <string>
#include <vector>

#include "bench/timex/adversarial.hpp"
#include "bench/timex/corpus_dirs.hpp"
#include "importers/timex/tagger.hpp"

namespace {

// CPU time of this process: the machine may be shared, and wall time would count waiting.
struct Clock {
  using time_point = double;
  static double now() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
  }
};
namespace fs = std::filesystem;
using causeline::TimeValue;
using causeline::timex::Context;
using causeline::timex::Tagger;

double seconds_since(Clock::time_point t) { return Clock::now() - t; }

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: timex_bench LANG_ROOT LANG DIR... | --adversarial\n";
    return 2;
  }
  auto tagger = Tagger::load(argv[1], argv[2]);
  if (!tagger) {
    std::cerr << "timex_bench: " << tagger.error().message << '\n';
    return 1;
  }
  const std::string lang = argv[2];
  std::cout << std::fixed << std::setprecision(3);
  if (std::string(argv[3]) == "--adversarial") {
    Context ctx;
    ctx.dct = TimeValue::parse("2025-05-01");
    for (size_t mb : {1, 2, 5, 10}) {
      std::string text = causeline::bench::adversarial(mb * 1000 * 1000);
      double s = 1e9;
      size_t found = 0;
      for (int run = 0; run < 3; ++run) {  // best of three: the machine may be shared
        auto t0 = Clock::now();
        found = (*tagger)->tag(text, ctx).size();
        s = std::min(s, seconds_since(t0));
      }
      std::cout << "{\"tool\": \"causeline\", \"adversarial_mb\": " << mb << ", \"seconds\": " << s
                << ", \"mb_per_s\": " << double(mb) / s << ", \"mentions\": " << found << "}\n";
    }
    return 0;
  }
  std::vector<fs::path> dirs(argv + 3, argv + argc);
  std::vector<causeline::bench::CorpusDoc> docs = causeline::bench::load_corpus_dirs(dirs);
  size_t bytes = 0;
  for (const auto& d : docs) bytes += d.text.size();
  size_t mentions = 0;
  auto once = [&] {
    mentions = 0;
    for (const auto& d : docs) mentions += (*tagger)->tag(d.text, d.ctx).size();
  };
  once();  // warm-up
  size_t rounds = 0;
  auto t0 = Clock::now();
  double elapsed = 0;
  while (elapsed < 2.0 || rounds < 1) {
    once();
    ++rounds;
    elapsed = seconds_since(t0);
  }
  std::cout << "{\"tool\": \"causeline\", \"lang\": \"" << lang << "\", \"docs\": " << docs.size()
            << ", \"bytes\": " << bytes << ", \"rounds\": " << rounds
            << ", \"seconds\": " << elapsed
            << ", \"mb_per_s\": " << double(bytes) * double(rounds) / 1e6 / elapsed
            << ", \"mentions\": " << mentions << "}\n";
  return 0;
}
