// causeline next EVENT: walk forward from an event through its effects (see cmd_why.cpp).
#include "cli/commands.hpp"

namespace causeline::cli {

int cmd_next(std::span<const std::string> argv) { return run_causal_walk("next", argv, false); }

}  // namespace causeline::cli
