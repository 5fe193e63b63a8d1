#include "cli/import_report.hpp"

#include <date/date.h>

namespace causeline::cli {

void print_timeline_summary(std::ostream& out, const Timeline& t) {
  size_t dated = 0;
  const Event* first = nullptr;
  const Event* last = nullptr;
  for (const Event& e : t.events) {
    if (!e.when.anchored())
      continue;
    ++dated;
    if (!first || e.when.first_day() < first->when.first_day())
      first = &e;
    if (!last || e.when.last_day() > last->when.last_day())
      last = &e;
  }
  out << "timeline:  " << t.documents.size() << " documents, " << t.events.size() << " events ("
      << dated << " dated), " << t.links.size() << " links, " << t.chains.size() << " chains\n";
  if (first) {
    out << "dates:     " << first->when.str() << " .. " << last->when.str() << " ("
        << date::format("%F", first->when.first_day()) << " to "
        << date::format("%F", last->when.last_day()) << ")\n";
  } else {
    out << "dates:     none\n";
  }
  for (const auto& w : t.warnings) out << "warning:   " << w << '\n';
}

}  // namespace causeline::cli
