#include "cli/commands.hpp"

namespace causeline::cli {
namespace {

// Keep sorted by name; `causeline help` lists them in this order.
constexpr Command kCommands[] = {
    {"build", "import inputs and write every export into a folder (the main job)", &cmd_build},
    {"events", "print the timeline as a readable table", &cmd_events},
    {"import", "import articles into the database", &cmd_import},
    {"langs", "list the language packs and what each provides", &cmd_langs},
    {"tag", "print the temporal expressions of text files as JSON lines", &cmd_tag},
};

}  // namespace

std::span<const Command> commands() noexcept { return kCommands; }

}  // namespace causeline::cli
