#pragma once
// The import flags `import` and `build` share: --jobs N, --progress / --no-progress, --stats.
#include <filesystem>
#include <span>

#include "cli/args.hpp"
#include "importers/import_runner.hpp"

namespace causeline::cli {

/// The option table entries of the import flags, to append to a command's own table.
std::span<const OptionSpec> import_flag_specs() noexcept;

/// Import options from the flags; the error is a usage message.
Result<importers::ImportOptions> import_options(const ParsedArgs& args,
                                                const std::filesystem::path& db);

/// "read: 12.3 MB of article text (45.6 MB of input) in 1.2 s: 10.2 MB/s" on stderr, with --stats.
void print_stats(const ParsedArgs& args, const importers::ImportSummary& s);

}  // namespace causeline::cli
