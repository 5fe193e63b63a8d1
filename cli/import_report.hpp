#pragma once
// The short human summary printed by `import` and `build`.
#include <ostream>

#include "core/timeline.hpp"
#include "importers/import_runner.hpp"

namespace causeline::cli {

void print_import_summary(std::ostream& out, const importers::ImportSummary& s);
void print_timeline_summary(std::ostream& out, const Timeline& t);

}  // namespace causeline::cli
