#pragma once
// The subcommand table (like ninja's tools): name, one-line help, handler. One file per command.
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace causeline::cli {

/// Exit codes shared by every command.
enum Exit : int { kOk = 0, kInputFailed = 1, kUsage = 2 };

using Handler = int (*)(std::span<const std::string> args);

struct Command {
  std::string_view name;
  std::string_view help;
  Handler run;
};

std::span<const Command> commands() noexcept;

// Handlers, one per cli/cmd_<name>.cpp.
int cmd_build(std::span<const std::string> args);
int cmd_chains(std::span<const std::string> args);
int cmd_explain(std::span<const std::string> args);
int cmd_next(std::span<const std::string> args);
int cmd_why(std::span<const std::string> args);
/// The causal walk behind `why` (backward) and `next` (forward), in cmd_why.cpp.
int run_causal_walk(std::string_view name, std::span<const std::string> args, bool backward);
int cmd_import(std::span<const std::string> args);
int cmd_export(std::span<const std::string> args);
int cmd_events(std::span<const std::string> args);
int cmd_langs(std::span<const std::string> args);
int cmd_tag(std::span<const std::string> args);

}  // namespace causeline::cli
