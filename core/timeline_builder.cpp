#include "core/timeline_builder.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "core/chains.hpp"
#include "core/ordering.hpp"

namespace causeline {

std::vector<std::vector<std::string>> apply_reference(std::vector<Event>& events,
                                                      const ReferenceTimeline& ref) {
  std::map<std::string, std::vector<std::string>> groups;
  for (auto& e : events) {
    const ReferenceEntry* entry = match_reference(ref, e);
    if (!entry)
      continue;
    groups[entry->id].push_back(e.id);
    if (!e.when.anchored() || e.dating == Dating::publication) {
      e.when = entry->when;
      e.dating = Dating::reference;
    }
  }
  std::vector<std::vector<std::string>> out;
  for (auto& [id, ids] : groups) out.push_back(std::move(ids));
  return out;
}

Result<Timeline> build_timeline(Timeline raw, const BuildOptions& options) {
  std::vector<std::vector<std::string>> forced;
  if (options.reference) {
    auto ref = load_reference(*options.reference);
    if (!ref)
      return ref.error();
    forced = apply_reference(raw.events, *ref);
  }
  if (options.date_by_publication) {
    std::map<std::string, TimeValue> published;
    for (const auto& d : raw.documents) published[d.id] = d.published;
    for (auto& e : raw.events) {
      if (e.when.ok() || e.sources.empty())
        continue;
      auto it = published.find(e.sources.front().doc);
      if (it == published.end() || !it->second.anchored())
        continue;
      e.when = it->second;
      e.dating = Dating::publication;
      e.confidence = std::min(e.confidence, 0.5);
    }
  }
  std::set<std::string> ids;
  if (options.merge) {
    MergeResult merged = merge_events(std::move(raw.events), forced, options.merge_threshold);
    raw.events = std::move(merged.events);
    raw.links = remap_links(raw.links, merged.remap);
    if (options.merge_notes)
      *options.merge_notes = std::move(merged.notes);
  } else {
    raw.links = remap_links(raw.links, {});
  }
  for (const auto& e : raw.events) ids.insert(e.id);
  std::erase_if(raw.links, [&](const Link& l) { return !ids.count(l.from) || !ids.count(l.to); });
  order_events(raw.events, raw.links);
  raw.chains = causal_chains(raw.links);
  // Chains in timeline order of their events.
  std::map<std::string, size_t> position;
  for (size_t i = 0; i < raw.events.size(); ++i) position[raw.events[i].id] = i;
  auto rank = [&](const std::vector<std::string>& chain) {
    std::vector<size_t> r;
    for (const auto& id : chain) r.push_back(position.count(id) ? position[id] : SIZE_MAX);
    return r;
  };
  std::stable_sort(raw.chains.begin(), raw.chains.end(),
                   [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
  auto problems = contradictions(raw.events, raw.links);
  raw.warnings.insert(raw.warnings.end(), problems.begin(), problems.end());
  std::sort(raw.documents.begin(), raw.documents.end(),
            [](const Document& a, const Document& b) { return a.id < b.id; });
  return raw;
}

}  // namespace causeline
