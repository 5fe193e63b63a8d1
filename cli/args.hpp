#pragma once
// Command-line parsing for subcommands: each command declares its options as a table, and gets
// "--name VALUE", "--name=VALUE", flags, and positional arguments back. Unknown options are errors.
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace causeline::cli {

struct OptionSpec {
  std::string_view name;     // "--db"
  std::string_view metavar;  // "FILE"; empty for a flag
  std::string_view help;
  bool repeatable = false;
};

class ParsedArgs {
 public:
  std::vector<std::string> positional;
  bool help = false;

  bool has(std::string_view name) const { return values_.count(std::string(name)) > 0; }
  std::optional<std::string> get(std::string_view name) const;
  std::string get_or(std::string_view name, std::string fallback) const;
  const std::vector<std::string>& all(std::string_view name) const;

 private:
  friend Result<ParsedArgs> parse_args(std::span<const std::string>, std::span<const OptionSpec>);
  std::map<std::string, std::vector<std::string>, std::less<>> values_;
};

/// Parses args against specs plus the common options (--db, --lang-dir, --now, --help).
Result<ParsedArgs> parse_args(std::span<const std::string> args, std::span<const OptionSpec> specs);

/// The options every command accepts.
std::span<const OptionSpec> common_options() noexcept;

/// "usage: causeline NAME SYNOPSIS" followed by one line per option.
std::string usage(std::string_view command, std::string_view synopsis, std::string_view help,
                  std::span<const OptionSpec> specs);

}  // namespace causeline::cli
