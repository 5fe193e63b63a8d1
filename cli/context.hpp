#pragma once
// What commands share: where the language packs and the database are, the clock, and loading the
// assembled timeline.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "cli/args.hpp"
#include "core/store/store.hpp"
#include "core/timeline_builder.hpp"

namespace causeline::cli {

/// --lang-dir, else $CAUSELINE_LANG_DIR, else <exe>/../share/causeline/lang, else the source tree.
std::filesystem::path lang_root(const ParsedArgs& args);

/// --db, else `fallback`.
std::filesystem::path db_path(const ParsedArgs& args,
                              const std::filesystem::path& fallback = "causeline.db");

/// UTC timestamp "YYYY-MM-DDThh:mm:ssZ": --now, else $SOURCE_DATE_EPOCH, else the system clock.
Result<std::string> now_utc(const ParsedArgs& args);

/// Opens (creating when allowed) the store; prints "causeline: error: ..." and returns null on
/// failure.
std::unique_ptr<store::Store> open_store(const std::filesystem::path& path, bool create);

/// --reference of the commands that read the built timeline.
inline constexpr OptionSpec kReferenceOption = {
    "--reference", "FILE",
    "master timeline (CSV or JSON) dating undated mentions; default: the one build kept"};

/// BuildOptions with --reference when the command was given one.
BuildOptions timeline_options(const ParsedArgs& args);

/// The store setting naming the master timeline `build --reference` used (an absolute path).
inline constexpr const char* kReferenceSetting = "reference";

/// Loads and assembles the timeline (merge, reference dating, order, chains); prints errors.
/// Without options.reference, the master timeline kept by `build --reference` dates it.
std::optional<Timeline> load_timeline(store::Store& store, const BuildOptions& options);

/// Prints "causeline: error: MESSAGE" and returns kUsage; for argument errors.
int usage_error(std::string_view command, const std::string& message);

}  // namespace causeline::cli
