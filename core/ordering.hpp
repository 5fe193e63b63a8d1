#pragma once
// Timeline order of events: by the start of their interval, coarser grain first on ties, then id;
// undated events after dated ones. Independent of the viewer's time zone (all intervals are UTC
// days). With links, undated events are placed by constraints instead: a cause comes before its
// effect, the earlier event of a "preceded" link before the later one.
#include <vector>

#include "core/event.hpp"
#include "core/link.hpp"

namespace causeline {

/// Strict weak order used for every timeline output.
bool timeline_less(const Event& a, const Event& b) noexcept;
/// Sorts events in place with timeline_less (stable).
void order_events(std::vector<Event>& events);
/// Orders dated events by timeline_less and places each undated event right after its latest
/// placed cause (or right before its earliest effect); unconstrained undated events come last, in
/// document order. Constraints that contradict the dates (cycles) are broken by date order.
void order_events(std::vector<Event>& events, const std::vector<Link>& links);

}  // namespace causeline
