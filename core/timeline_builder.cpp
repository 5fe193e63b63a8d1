#include "core/timeline_builder.hpp"

#include <algorithm>
#include <tuple>

#include "core/ordering.hpp"

namespace causeline {

Result<Timeline> build_timeline(Timeline raw, const BuildOptions& options) {
  if (options.reference) {
    return Error{options.reference->string() + ": reference timelines are not supported yet"};
  }
  order_events(raw.events);
  std::sort(raw.links.begin(), raw.links.end(), [](const Link& a, const Link& b) {
    return std::tie(a.from, a.to, a.type) < std::tie(b.from, b.to, b.type);
  });
  std::sort(raw.documents.begin(), raw.documents.end(),
            [](const Document& a, const Document& b) { return a.id < b.id; });
  return raw;
}

}  // namespace causeline
