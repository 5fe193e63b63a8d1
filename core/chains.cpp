#include "core/chains.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

namespace causeline {
namespace {

using Graph = std::map<std::string, std::vector<std::string>>;

Graph forward_graph(const std::vector<Link>& links) {
  Graph g;
  for (const auto& l : links) {
    if (!is_causal(l.type) || l.from == l.to)
      continue;
    g[l.from].push_back(l.to);
    g[l.to];
  }
  for (auto& [k, v] : g) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  }
  return g;
}

/// Tarjan's strongly connected components.
std::vector<std::vector<std::string>> components(const Graph& g) {
  std::map<std::string, int> index, low;
  std::set<std::string> on_stack;
  std::vector<std::string> stack;
  std::vector<std::vector<std::string>> out;
  int counter = 0;
  std::function<void(const std::string&)> visit = [&](const std::string& v) {
    index[v] = low[v] = counter++;
    stack.push_back(v);
    on_stack.insert(v);
    for (const auto& w : g.at(v)) {
      if (!index.count(w)) {
        visit(w);
        low[v] = std::min(low[v], low[w]);
      } else if (on_stack.count(w)) {
        low[v] = std::min(low[v], index[w]);
      }
    }
    if (low[v] == index[v]) {
      std::vector<std::string> comp;
      std::string w;
      do {
        w = stack.back();
        stack.pop_back();
        on_stack.erase(w);
        comp.push_back(w);
      } while (w != v);
      std::sort(comp.begin(), comp.end());
      out.push_back(std::move(comp));
    }
  };
  for (const auto& [v, _] : g) {
    if (!index.count(v))
      visit(v);
  }
  return out;
}

/// Effective interval of a value as [first, last] seconds, honouring before/after modifiers.
std::pair<int64_t, int64_t> span_of(const TimeValue& v) {
  int64_t b = v.begin().time_since_epoch().count(), e = v.end().time_since_epoch().count();
  if (v.mod() == TimeMod::after)
    return {e, INT64_MAX};
  if (v.mod() == TimeMod::before)
    return {INT64_MIN, b};
  return {b, e};
}

}  // namespace

bool is_causal(LinkType t) noexcept { return t != LinkType::preceded; }

std::vector<std::vector<std::string>> causal_chains(const std::vector<Link>& links, size_t limit) {
  Graph g = forward_graph(links);
  std::set<std::string> has_pred;
  for (const auto& [v, succ] : g) has_pred.insert(succ.begin(), succ.end());
  // Starts: events nothing causes, plus one event of every cycle nothing outside enters.
  std::vector<std::string> starts;
  for (const auto& [v, _] : g) {
    if (!has_pred.count(v))
      starts.push_back(v);
  }
  for (const auto& comp : components(g)) {
    if (comp.size() < 2)
      continue;
    std::set<std::string> in(comp.begin(), comp.end());
    bool entered = false;
    for (const auto& [v, succ] : g) {
      if (in.count(v))
        continue;
      for (const auto& w : succ) entered |= in.count(w) > 0;
    }
    if (!entered)
      starts.push_back(comp.front());
  }
  std::vector<std::vector<std::string>> out;
  std::vector<std::string> path;
  std::set<std::string> on_path;
  std::function<void(const std::string&)> dfs = [&](const std::string& v) {
    if (out.size() >= limit)
      return;
    path.push_back(v);
    on_path.insert(v);
    bool extended = false;
    for (const auto& w : g.at(v)) {
      if (on_path.count(w))
        continue;
      extended = true;
      dfs(w);
    }
    if (!extended && path.size() >= 2 && out.size() < limit)
      out.push_back(path);
    on_path.erase(v);
    path.pop_back();
  };
  for (const auto& s : starts) dfs(s);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::vector<std::string>> causal_cycles(const std::vector<Link>& links) {
  std::vector<std::vector<std::string>> out;
  for (auto& comp : components(forward_graph(links))) {
    if (comp.size() >= 2)
      out.push_back(std::move(comp));
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<WalkStep> walk(const std::vector<Link>& links, const std::string& start, bool backward,
                           size_t max_depth) {
  std::vector<WalkStep> out;
  std::set<std::string> seen{start};
  std::vector<std::string> frontier{start};
  for (size_t depth = 1; depth <= max_depth && !frontier.empty(); ++depth) {
    std::vector<WalkStep> level;
    for (const auto& v : frontier) {
      for (size_t i = 0; i < links.size(); ++i) {
        const Link& l = links[i];
        if (!is_causal(l.type))
          continue;
        const std::string& here = backward ? l.to : l.from;
        const std::string& there = backward ? l.from : l.to;
        if (here == v && !seen.count(there))
          level.push_back({there, i, depth});
      }
    }
    std::sort(level.begin(), level.end(),
              [](const WalkStep& a, const WalkStep& b) { return a.id < b.id; });
    frontier.clear();
    for (auto& st : level) {
      if (!seen.insert(st.id).second)
        continue;
      frontier.push_back(st.id);
      out.push_back(std::move(st));
    }
  }
  return out;
}

std::vector<std::string> contradictions(const std::vector<Event>& events,
                                        const std::vector<Link>& links) {
  std::map<std::string, const Event*> by_id;
  for (const auto& e : events) by_id[e.id] = &e;
  std::vector<std::string> out;
  for (const auto& l : links) {
    auto c = by_id.find(l.from), f = by_id.find(l.to);
    if (c == by_id.end() || f == by_id.end())
      continue;
    const TimeValue& cw = c->second->when;
    const TimeValue& fw = f->second->when;
    if (!cw.anchored() || !fw.anchored())
      continue;
    auto [cb, ce] = span_of(cw);
    auto [fb, fe] = span_of(fw);
    (void)ce;
    (void)fb;
    if (fe <= cb) {
      out.push_back("contradiction: " + l.to + " (" + fw.str() + ") is dated before its cause " +
                    l.from + " (" + cw.str() + ")" + (l.doc.empty() ? "" : " [" + l.doc + "]"));
    }
  }
  for (const auto& cyc : causal_cycles(links)) {
    std::string s = "cycle: ";
    for (size_t i = 0; i < cyc.size(); ++i) s += (i ? ", " : "") + cyc[i];
    out.push_back(s + " cause one another");
  }
  return out;
}

std::string event_label(const Event& e) {
  std::string when = "undated";
  if (e.when.ok()) {
    when = e.when.str();
    if (e.when.mod() != TimeMod::none) {
      std::string mod(to_string(e.when.mod()));
      for (char& c : mod) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      when = mod + " " + when;
    }
  }
  return "[" + when + "] " + e.title + " (" + e.id + ")";
}

const Event* find_event(const Timeline& t, const std::string& query,
                        const std::vector<MergeNote>& notes, std::string& error) {
  for (const auto& e : t.events) {
    if (e.id == query)
      return &e;
  }
  for (const auto& n : notes) {
    if (n.a == query || n.b == query) {
      for (const auto& e : t.events) {
        if (e.id == n.kept)
          return &e;
      }
    }
  }
  auto lower = [](std::string s) {
    for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return s;
  };
  const std::string q = lower(query);
  std::vector<const Event*> hits;
  for (const auto& e : t.events) {
    if (lower(e.id).find(q) != std::string::npos || lower(e.title).find(q) != std::string::npos) {
      hits.push_back(&e);
    }
  }
  if (hits.size() == 1)
    return hits.front();
  if (hits.empty()) {
    error = "no event matches '" + query + "'";
  } else {
    error = "'" + query + "' matches " + std::to_string(hits.size()) + " events:";
    for (size_t i = 0; i < hits.size() && i < 10; ++i) error += "\n  " + event_label(*hits[i]);
  }
  return nullptr;
}

}  // namespace causeline
