// export_bench [--events N] [--links N] [--random-links] [--repeat N] [--format NAME|all]
//              [--out DIR] [--keep] | --list
// Generates a timeline, then writes it in each format to DIR (default: /tmp), one format per run
// of this program when called from run.sh so each peak RSS is that format's own. Prints one line
// per format: seconds, output size, throughput, RSS before the export and peak RSS.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "bench/export/synthetic_timeline.hpp"
#include "exporters/exporter.hpp"

namespace {

double rss_mb() {  // current resident set
  std::ifstream statm("/proc/self/statm");
  long pages = 0, resident = 0;
  statm >> pages >> resident;
  return static_cast<double>(resident) * 4096.0 / 1e6;
}

double cpu_seconds() {  // user + system time of this process: fair on a shared, loaded machine
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double peak_rss_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) * 1024.0 / 1e6;  // ru_maxrss is KiB on Linux
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 2 && std::string(argv[1]) == "--list") {
    for (const auto& e : causeline::exporters::all_exporters()) std::cout << e.name << '\n';
    return 0;
  }
  size_t events = 1'000'000, links = 1'000'000;
  std::string format = "all";
  std::filesystem::path out = std::filesystem::temp_directory_path();
  bool random_links = false;
  int repeat = 1;
  bool keep = false;
  for (int i = 1; i < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--random-links" || a == "--keep") {
      (a == "--keep" ? keep : random_links) = true;
      --i;
    } else if (i + 1 >= argc) {
      std::cerr << "export_bench: " << a << " needs a value\n";
      return 2;
    } else if (a == "--events") {
      events = std::stoul(argv[i + 1]);
    } else if (a == "--links") {
      links = std::stoul(argv[i + 1]);
    } else if (a == "--repeat") {
      repeat = std::max(1, std::stoi(argv[i + 1]));
    } else if (a == "--format") {
      format = argv[i + 1];
    } else if (a == "--out") {
      out = argv[i + 1];
    } else {
      std::cerr
          << "usage: export_bench [--events N] [--links N] [--random-links] [--format NAME|all] "
             "[--out DIR]\n";
      return 2;
    }
  }
  using Clock = std::chrono::steady_clock;
  const auto g0 = Clock::now();
  const causeline::Timeline tl = causeline::bench::synthetic_timeline(events, links, random_links);
  const double gen_s = std::chrono::duration<double>(Clock::now() - g0).count();
  causeline::exporters::ExportContext ctx;
  ctx.generated = "2025-08-01T12:00:00Z";
  ctx.title = "synthetic benchmark timeline";
  std::fprintf(stderr, "generated %zu events, %zu links in %.2f s, RSS %.0f MB\n", events, links,
               gen_s, rss_mb());
  int status = 0;
  for (const auto& e : causeline::exporters::all_exporters()) {
    if (format != "all" && format != e.name)
      continue;
    const auto file = out / ("bench-" + std::string(e.file_name));
    const double before = rss_mb();
    double secs = 1e9, wall = 1e9;  // the fastest of `repeat` runs: the machine is shared
    for (int r = 0; r < repeat; ++r) {
      const double c0 = cpu_seconds();
      const auto t0 = Clock::now();
      {
        std::ofstream os(file, std::ios::binary | std::ios::trunc);
        e.write(os, tl, ctx);
        os.flush();
        if (!os) {
          std::cerr << file << ": write failed\n";
          status = 1;
        }
      }
      wall = std::min(wall, std::chrono::duration<double>(Clock::now() - t0).count());
      secs = std::min(secs, cpu_seconds() - c0);
    }
    const double mb = static_cast<double>(std::filesystem::file_size(file)) / 1e6;
    std::printf(
        "%-10s cpu %6.2f s  wall %6.2f s  %8.1f MB  %6.1f MB/s  RSS before %5.0f MB  peak %5.0f MB"
        "  %s\n",
        std::string(e.name).c_str(), secs, wall, mb, mb / secs, before, peak_rss_mb(),
        secs < 5.0 ? "ok" : "SLOW");
    std::fflush(stdout);
    if (!keep)
      std::filesystem::remove(file);
    if (secs >= 5.0)
      status = 1;
  }
  return status;
}
