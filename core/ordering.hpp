#pragma once
// Timeline order of events: by the start of their interval, coarser grain first on ties, then id;
// undated events after dated ones. Independent of the viewer's time zone (all intervals are UTC days).
#include <vector>

#include "core/event.hpp"

namespace causeline {

/// Strict weak order used for every timeline output.
bool timeline_less(const Event& a, const Event& b) noexcept;
/// Sorts events in place with timeline_less (stable).
void order_events(std::vector<Event>& events);

}  // namespace causeline
