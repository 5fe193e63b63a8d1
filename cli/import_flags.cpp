#include "cli/import_flags.hpp"

#include <cstdio>
#include <iostream>
#include <string>
#include <thread>
#include <tuple>

#include "importers/import_progress.hpp"

namespace causeline::cli {
namespace {
constexpr OptionSpec kImportFlags[] = {
    {"--jobs", "N", "worker threads reading and extracting (default: the number of cores)"},
    {"--progress", "", "draw the progress line even when stderr is not a terminal"},
    {"--no-progress", "", "never draw the progress line"},
    {"--stats", "", "print the time taken and MB/s of article text on stderr"},
    {"--batch", "N",
     "commit up to N whole documents per transaction (default 1: one per document); faster bulk "
     "loads"},
};
}  // namespace

std::span<const OptionSpec> import_flag_specs() noexcept { return kImportFlags; }

Result<importers::ImportOptions> import_options(const ParsedArgs& args,
                                                const std::filesystem::path& db) {
  importers::ImportOptions o;
  o.jobs = std::max(1u, std::thread::hardware_concurrency());
  for (auto [flag, max, target] : {std::tuple{"--jobs", 256L, &o.jobs},
                                   std::tuple{"--batch", 100000L, &o.documents_per_commit}}) {
    auto v = args.get(flag);
    if (!v)
      continue;
    char* end = nullptr;
    const long n = std::strtol(v->c_str(), &end, 10);
    if (v->empty() || *end != '\0' || n < 1 || n > max) {
      return Error{std::string(flag) + " expects a number from 1 to " + std::to_string(max) +
                   ", got '" + *v + "'"};
    }
    *target = static_cast<unsigned>(n);
  }
  if (args.has("--progress") && args.has("--no-progress")) {
    return Error{"--progress and --no-progress exclude each other"};
  }
  o.progress =
      args.has("--progress") || (!args.has("--no-progress") && importers::stderr_is_terminal());
  o.lookup_db = db;
  return o;
}

void print_stats(const ParsedArgs& args, const importers::ImportSummary& s) {
  if (!args.has("--stats"))
    return;
  const double text_mb = static_cast<double>(s.text_bytes) / 1e6;
  const double input_mb = static_cast<double>(s.input_bytes) / 1e6;
  char line[200];
  std::snprintf(
      line, sizeof line,
      "read:      %.1f MB of article text (%.1f MB of input) in %.2f s: %.2f MB/s of text\n",
      text_mb, input_mb, s.seconds, s.seconds > 0 ? text_mb / s.seconds : 0.0);
  std::cerr << line;
}

}  // namespace causeline::cli
