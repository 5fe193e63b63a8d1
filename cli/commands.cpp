#include "cli/commands.hpp"

namespace causeline::cli {
namespace {

// Keep sorted by name; `causeline help` lists them in this order.
constexpr Command kCommands[] = {
    {"build", "import inputs and write every export into a folder (the main job)", &cmd_build},
    {"chains", "print the causal chains, from first cause to last effect", &cmd_chains},
    {"events", "print the timeline as a readable table", &cmd_events},
    {"explain", "show an event's sources, why they were merged, causes and effects", &cmd_explain},
    {"export", "write the timeline in one format (json, ics, vis, html ...)", &cmd_export},
    {"import", "import articles into the database", &cmd_import},
    {"langs", "list the language packs and what each provides", &cmd_langs},
    {"next", "walk forward from an event through its effects", &cmd_next},
    {"tag", "print the temporal expressions of text files as JSON lines", &cmd_tag},
    {"why", "walk back from an event through its causes", &cmd_why},
};

}  // namespace

std::span<const Command> commands() noexcept { return kCommands; }

}  // namespace causeline::cli
