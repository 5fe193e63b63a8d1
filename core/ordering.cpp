#include "core/ordering.hpp"

#include <algorithm>
#include <limits>
#include <map>
#include <queue>
#include <string>
#include <tuple>

namespace causeline {

bool timeline_less(const Event& a, const Event& b) noexcept {
  const bool da = a.when.anchored(), db = b.when.anchored();
  if (da != db)
    return da;
  if (da) {
    if (auto c = a.when <=> b.when; c != 0)
      return c < 0;
  }
  return a.id < b.id;
}

void order_events(std::vector<Event>& events) {
  std::stable_sort(events.begin(), events.end(), timeline_less);
}

void order_events(std::vector<Event>& events, const std::vector<Link>& links) {
  order_events(events);
  const size_t n = events.size();
  size_t dated = 0;
  while (dated < n && events[dated].when.anchored()) ++dated;
  // Undated events in document order (document, then offset of the first source).
  std::stable_sort(events.begin() + static_cast<std::ptrdiff_t>(dated), events.end(),
                   [](const Event& a, const Event& b) {
                     auto key = [](const Event& e) {
                       return e.sources.empty() ? std::make_tuple(std::string(), size_t{0})
                                                : std::make_tuple(e.sources.front().doc,
                                                                  e.sources.front().trigger_begin);
                     };
                     return key(a) < key(b);
                   });
  if (n < 2 || links.empty())
    return;
  std::map<std::string, size_t> at;
  for (size_t i = 0; i < n; ++i) at[events[i].id] = i;
  // Edges: dated events in date order, plus every link (cause -> effect, earlier -> later) that
  // touches an undated event. Links between two dated events add nothing the dates do not say.
  std::vector<std::vector<size_t>> succ(n), pred(n);
  for (size_t i = 0; i + 1 < dated; ++i) {
    succ[i].push_back(i + 1);
    pred[i + 1].push_back(i);
  }
  for (const auto& l : links) {
    auto f = at.find(l.from), t = at.find(l.to);
    if (f == at.end() || t == at.end() || f->second == t->second)
      continue;
    if (f->second < dated && t->second < dated)
      continue;
    succ[f->second].push_back(t->second);
    pred[t->second].push_back(f->second);
  }
  // Rank: dated events by position; undated ones get the rank of their latest cause (forward) or
  // their earliest effect (backward), propagated through chains of undated events.
  constexpr double kNone = std::numeric_limits<double>::infinity();
  std::vector<double> back(n, kNone);
  for (size_t i = 0; i < dated; ++i) back[i] = static_cast<double>(i);
  for (size_t round = 0; round < n; ++round) {
    bool changed = false;
    for (size_t v = dated; v < n; ++v) {
      for (size_t w : succ[v]) {
        if (back[w] - 0.5 < back[v]) {
          back[v] = back[w] - 0.5;
          changed = true;
        }
      }
    }
    if (!changed)
      break;
  }
  std::vector<size_t> indeg(n);
  for (size_t v = 0; v < n; ++v) indeg[v] = pred[v].size();
  std::vector<double> fwd(n, -kNone);
  auto rank = [&](size_t v) {
    if (v < dated)
      return static_cast<double>(v);
    if (fwd[v] > -kNone)
      return fwd[v] + 0.5;
    return back[v];  // infinity when unconstrained: last
  };
  using Item = std::tuple<double, size_t>;  // (rank, original position)
  std::priority_queue<Item, std::vector<Item>, std::greater<>> ready;
  for (size_t v = 0; v < n; ++v) {
    if (indeg[v] == 0)
      ready.emplace(rank(v), v);
  }
  std::vector<bool> placed(n, false);
  std::vector<size_t> order;
  order.reserve(n);
  while (order.size() < n) {
    if (ready.empty()) {
      // A cycle: release the first unplaced event in date order.
      for (size_t v = 0; v < n; ++v) {
        if (!placed[v]) {
          indeg[v] = 0;
          ready.emplace(rank(v), v);
          break;
        }
      }
    }
    auto [r, v] = ready.top();
    ready.pop();
    if (placed[v])
      continue;
    placed[v] = true;
    order.push_back(v);
    const double rv = v < dated ? static_cast<double>(v) : r;
    for (size_t w : succ[v]) {
      if (placed[w])
        continue;
      if (w >= dated)
        fwd[w] = std::max(fwd[w], rv);
      if (indeg[w] > 0 && --indeg[w] == 0)
        ready.emplace(rank(w), w);
    }
  }
  std::vector<Event> sorted;
  sorted.reserve(n);
  for (size_t v : order) sorted.push_back(std::move(events[v]));
  events = std::move(sorted);
}

}  // namespace causeline
