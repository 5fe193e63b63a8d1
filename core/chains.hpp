#pragma once
// Causal chains over links: maximal paths from a first cause to a last effect, walks backwards
// ("why") and forwards ("next"), cycles, and contradictions between links and dates.
#include <string>
#include <vector>

#include "core/event.hpp"
#include "core/link.hpp"
#include "core/merge.hpp"
#include "core/timeline.hpp"

namespace causeline {

/// caused, enabled and prevented carry causation; preceded is only temporal.
bool is_causal(LinkType t) noexcept;

/// Maximal paths in the causal link graph (at least two events each), sorted; at most `limit`.
std::vector<std::vector<std::string>> causal_chains(const std::vector<Link>& links,
                                                    size_t limit = 1000);

/// Strongly connected groups of two or more events in the causal graph, each sorted.
std::vector<std::vector<std::string>> causal_cycles(const std::vector<Link>& links);

/// One step of a walk: `id` reached through `link` (index into the links given), `depth` links
/// away.
struct WalkStep {
  std::string id;
  size_t link = 0;
  size_t depth = 0;
};

/// Breadth-first walk over causal links towards causes (backward) or effects (forward), each event
/// visited once, in (depth, id) order.
std::vector<WalkStep> walk(const std::vector<Link>& links, const std::string& start, bool backward,
                           size_t max_depth = 8);

/// One line per problem: an effect dated wholly before its cause, and every causal cycle.
std::vector<std::string> contradictions(const std::vector<Event>& events,
                                        const std::vector<Link>& links);

/// One-line description for listings: "[after 2025-04] grow: ... (id)".
std::string event_label(const Event& e);

/// Finds an event by id, by the id of a mention merged into it (through `notes`), or by a
/// case-insensitive fragment of its id or title when exactly one event has it. On failure returns
/// nullptr and explains why in `error`.
const Event* find_event(const Timeline& t, const std::string& query,
                        const std::vector<MergeNote>& notes, std::string& error);

}  // namespace causeline
