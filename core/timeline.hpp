#pragma once
// Timeline: what the exporters read; documents, events in timeline order, and causal links.
#include <string>
#include <vector>

#include "core/document.hpp"
#include "core/event.hpp"
#include "core/link.hpp"

namespace causeline {

struct Timeline {
  std::vector<Document> documents;  // sorted by id
  std::vector<Event> events;        // in timeline order (see core/ordering.hpp)
  std::vector<Link> links;          // sorted by (from, to, type)
  /// Causal chains: maximal paths in the link graph, each a list of event ids from first cause to
  /// last effect; sorted.
  std::vector<std::vector<std::string>> chains;
  /// Problems found while assembling (an effect dated before its cause, cycles), one line each.
  std::vector<std::string> warnings;
};

}  // namespace causeline
