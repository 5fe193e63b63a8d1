#include "core/ordering.hpp"

#include <algorithm>

namespace causeline {

bool timeline_less(const Event& a, const Event& b) noexcept {
  const bool da = a.when.anchored(), db = b.when.anchored();
  if (da != db) return da;
  if (da) {
    if (auto c = a.when <=> b.when; c != 0) return c < 0;
  }
  return a.id < b.id;
}

void order_events(std::vector<Event>& events) {
  std::stable_sort(events.begin(), events.end(), timeline_less);
}

}  // namespace causeline
