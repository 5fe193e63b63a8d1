#pragma once
// The short timeline summary printed by `build` after its import.
#include <ostream>

#include "core/timeline.hpp"

namespace causeline::cli {

void print_timeline_summary(std::ostream& out, const Timeline& t);

}  // namespace causeline::cli
