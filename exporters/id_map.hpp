#pragma once
// IdMap: event id -> event index, an open-addressing table over the timeline's own strings. A
// million-event export looks ids up millions of times; one flat array (8 bytes a slot, no node per
// entry) keeps that to about one cache miss per lookup.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/event.hpp"

namespace causeline::exporters {

class IdMap {
 public:
  /// Indexes events[i].id -> i; the events must outlive the map. The first of duplicate ids wins.
  explicit IdMap(const std::vector<Event>& events) : events_(events) {
    const size_t n = events.size();
    size_t cap = 16;
    while (cap < 2 * n) cap <<= 1;
    mask_ = cap - 1;
    slots_.assign(cap, Slot{kEmpty, 0});
    for (size_t i = 0; i < n; ++i) insert(static_cast<uint32_t>(i));
  }

  std::optional<uint32_t> find(std::string_view id) const {
    const uint32_t h = hash(id);
    for (size_t s = h & mask_;; s = (s + 1) & mask_) {
      const Slot& slot = slots_[s];
      if (slot.index == kEmpty)
        return std::nullopt;
      if (slot.hash == h && events_[slot.index].id == id)
        return slot.index;
    }
  }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  struct Slot {
    uint32_t index;
    uint32_t hash;
  };
  static uint32_t hash(std::string_view s) {
    return static_cast<uint32_t>(std::hash<std::string_view>{}(s));
  }
  void insert(uint32_t i) {
    const std::string_view id = events_[i].id;
    const uint32_t h = hash(id);
    for (size_t s = h & mask_;; s = (s + 1) & mask_) {
      Slot& slot = slots_[s];
      if (slot.index == kEmpty) {
        slot = Slot{i, h};
        return;
      }
      if (slot.hash == h && events_[slot.index].id == id)
        return;
    }
  }

  const std::vector<Event>& events_;
  size_t mask_ = 0;
  std::vector<Slot> slots_;
};

}  // namespace causeline::exporters
