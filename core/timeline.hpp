#pragma once
// Timeline: what the exporters read; documents, events in timeline order, and causal links.
#include <vector>

#include "core/document.hpp"
#include "core/event.hpp"
#include "core/link.hpp"

namespace causeline {

struct Timeline {
  std::vector<Document> documents;  // sorted by id
  std::vector<Event> events;        // in timeline order (see core/ordering.hpp)
  std::vector<Link> links;          // sorted by (from, to, type)
};

}  // namespace causeline
