#include "cli/context.hpp"

#include <date/date.h>

#include <cstdlib>
#include <iostream>
#include <sstream>

#include "cli/commands.hpp"

namespace causeline::cli {

std::filesystem::path lang_root(const ParsedArgs& args) {
  namespace fs = std::filesystem;
  if (auto d = args.get("--lang-dir"))
    return *d;
  if (const char* env = std::getenv("CAUSELINE_LANG_DIR"); env && *env)
    return env;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path installed = exe.parent_path().parent_path() / "share" / "causeline" / "lang";
    if (fs::is_directory(installed, ec))
      return installed;
  }
  return CAUSELINE_SOURCE_LANG_DIR;
}

std::filesystem::path db_path(const ParsedArgs& args, const std::filesystem::path& fallback) {
  if (auto d = args.get("--db"))
    return *d;
  return fallback;
}

Result<std::string> now_utc(const ParsedArgs& args) {
  using namespace std::chrono;
  if (auto n = args.get("--now")) {
    std::istringstream in(*n);
    date::sys_seconds t;
    in >> date::parse("%Y-%m-%dT%H:%M:%SZ", t);
    if (in.fail())
      return Error{"--now expects a UTC time like 2025-08-01T12:00:00Z, got '" + *n + "'"};
    return date::format("%Y-%m-%dT%H:%M:%SZ", t);
  }
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    char* end = nullptr;
    long long s = std::strtoll(epoch, &end, 10);
    if (end && *end == '\0')
      return date::format("%Y-%m-%dT%H:%M:%SZ", date::sys_seconds{seconds{s}});
  }
  return date::format("%Y-%m-%dT%H:%M:%SZ", floor<seconds>(system_clock::now()));
}

std::unique_ptr<store::Store> open_store(const std::filesystem::path& path, bool create) {
  if (!create && !std::filesystem::exists(path)) {
    std::cerr << "causeline: error: " << path.string()
              << ": no such database (import something first, or pass --db FILE)\n";
    return nullptr;
  }
  try {
    return std::make_unique<store::Store>(path);
  } catch (const std::exception& e) {
    std::cerr << "causeline: error: " << path.string() << ": " << e.what() << '\n';
    return nullptr;
  }
}

BuildOptions timeline_options(const ParsedArgs& args) {
  BuildOptions options;
  if (auto ref = args.get("--reference"))
    options.reference = *ref;
  return options;
}

std::optional<Timeline> load_timeline(store::Store& store, const BuildOptions& options) {
  try {
    BuildOptions opts = options;
    if (!opts.reference) {
      // The master timeline `build --reference` dated this database with, while it is there.
      if (auto kept = store.setting(kReferenceSetting)) {
        std::error_code ec;
        if (std::filesystem::exists(*kept, ec))
          opts.reference = *kept;
        else
          std::cerr << "causeline: warning: " << *kept
                    << ": the reference timeline this database was built with is gone; dating "
                       "without it (give --reference FILE)\n";
      }
    }
    auto t = build_timeline(store.load(), opts);
    if (!t) {
      std::cerr << "causeline: error: " << t.error().message << '\n';
      return std::nullopt;
    }
    return std::move(*t);
  } catch (const std::exception& e) {
    std::cerr << "causeline: error: reading the database: " << e.what() << '\n';
    return std::nullopt;
  }
}

int usage_error(std::string_view command, const std::string& message) {
  std::cerr << "causeline " << command << ": " << message << " (see causeline " << command
            << " --help)\n";
  return kUsage;
}

}  // namespace causeline::cli
