#include "core/merge.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <numeric>
#include <optional>
#include <set>
#include <sstream>
#include <tuple>
#include <unordered_set>

#include "core/taxonomy.hpp"

namespace causeline {
namespace {

/// Blocks of candidate events larger than twice this are compared only between neighbours in date
/// order, this many ahead (see merge_events).
constexpr size_t kMergeWindow = 32;
/// Two clusters whose member counts multiply to more than this compare participants only between
/// their first kSampledMembers members.
constexpr size_t kMaxPairChecks = 4096;
constexpr size_t kSampledMembers = 64;

using Keys = std::set<std::string>;

struct Interval {
  int64_t begin, end;  // seconds; numeric_limits for open ends
};

Interval effective(const TimeValue& v) {
  constexpr int64_t lo = std::numeric_limits<int64_t>::min(),
                    hi = std::numeric_limits<int64_t>::max();
  int64_t b = v.begin().time_since_epoch().count(), e = v.end().time_since_epoch().count();
  switch (v.mod()) {
    case TimeMod::after:
      return {e, hi};
    case TimeMod::on_or_after:
    case TimeMod::more_than:
    case TimeMod::equal_or_more:
      return {b, hi};
    case TimeMod::before:
      return {lo, b};
    case TimeMod::on_or_before:
    case TimeMod::less_than:
    case TimeMod::equal_or_less:
      return {lo, e};
    default:
      return {b, e};
  }
}

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  size_t find(size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void unite(size_t a, size_t b) { parent_[find(b)] = find(a); }

 private:
  std::vector<size_t> parent_;
};

const std::string& first_doc(const Event& e) {
  static const std::string none;
  return e.sources.empty() ? none : e.sources.front().doc;
}

size_t first_offset(const Event& e) {
  return e.sources.empty() ? 0 : e.sources.front().trigger_begin;
}

/// Title keys: folded words of the title minus the words of the type itself.
Keys title_keys(const Event& e) {
  Keys k;
  const auto type_words = key_words(e.type);
  for (auto& w : key_words(e.title)) {
    if (std::find(type_words.begin(), type_words.end(), w) == type_words.end())
      k.insert(w);
  }
  return k;
}

std::string join(const Keys& k) {
  std::string s;
  for (const auto& w : k) s += (s.empty() ? "" : ", ") + w;
  return s;
}

int dating_rank(Dating d) {
  switch (d) {
    case Dating::explicit_:
      return 0;
    case Dating::reference:
      return 1;
    case Dating::inherited:
      return 2;
    case Dating::publication:
      return 3;
    case Dating::undated:
      return 4;
  }
  return 4;
}

/// Within one article the same kind of event is often told of several actors ("Alibaba trains
/// abroad ... DeepSeek trains at home"): a second mention is the same event only when it names at
/// least two of the first's participants, or names exactly the same single one, or names none.
bool repeated_mention(const Event& a, const Event& b) {
  if (a.participants.empty() || b.participants.empty())
    return true;  // a bare recap ("training at home") is judged by its keys alone
  Keys pa(a.participants.begin(), a.participants.end());
  size_t shared = 0;
  for (const auto& p : b.participants) shared += pa.count(p);
  return shared >= 2 || (shared == 1 && a.participants.size() == 1 && b.participants.size() == 1);
}

/// Told of different actors, so not one happening: they share no participant, and
/// - both name some, and do not give the very same date ("Washington rescinded ... on 13 May",
///   "the Trump administration abolished ... on 13 May": the gazetteer does not know that the two
///   name one actor), or
/// - one is dated and the other not: a dated mention recaps an undated one only through a shared
///   actor ("exports will need a licence from 1 August" is not "the export controls imposed by
///   the United States", though both restrict exports).
bool disjoint_actors(const Event& a, const Event& b) {
  if (a.when.anchored() == b.when.anchored() &&
      (a.participants.empty() || b.participants.empty() || (a.when.anchored() && a.when == b.when)))
    return false;
  Keys pa(a.participants.begin(), a.participants.end());
  return std::none_of(b.participants.begin(), b.participants.end(),
                      [&](const std::string& p) { return pa.count(p) > 0; });
}

}  // namespace

std::vector<std::string> key_words(std::string_view s) {
  std::vector<std::string> out;
  utf8proc_uint8_t* folded = nullptr;
  const auto opts = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_DECOMPOSE |
                                                   UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                    static_cast<utf8proc_ssize_t>(s.size()), &folded, opts);
  if (n < 0)
    return out;
  std::string text(reinterpret_cast<const char*>(folded), static_cast<size_t>(n));
  std::free(folded);
  std::string cur;
  for (size_t i = 0; i < text.size();) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t len = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(&text[i]),
                                            static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (len <= 0) {
      ++i;
      continue;
    }
    auto cat = utf8proc_category(cp);
    bool word =
        (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) || cat == UTF8PROC_CATEGORY_ND;
    if (word) {
      cur.append(text, i, static_cast<size_t>(len));
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
    i += static_cast<size_t>(len);
  }
  if (!cur.empty())
    out.push_back(std::move(cur));
  return out;
}

bool dates_compatible(const TimeValue& a, const TimeValue& b) noexcept {
  if (!a.anchored() || !b.anchored())
    return true;
  Interval x = effective(a), y = effective(b);
  return x.begin < y.end && y.begin < x.end;
}

namespace {

/// signature_similarity with the title keys of both events already computed.
double similarity(const Event& a, const Event& b, const Keys& ka, const Keys& kb,
                  std::string* why) {
  // Generic happenings ("occurrence") carry too little to be matched by signature.
  if (const EventType* t = find_event_type(a.type); t && t->cls == TypeClass::generic)
    return 0;
  const bool same_type = a.type == b.type;
  if (!same_type && event_family(a.type) != event_family(b.type))
    return 0;
  if (!dates_compatible(a.when, b.when))
    return 0;
  Keys pa(a.participants.begin(), a.participants.end());
  Keys pb(b.participants.begin(), b.participants.end());
  Keys shared_p;
  std::set_intersection(pa.begin(), pa.end(), pb.begin(), pb.end(),
                        std::inserter(shared_p, shared_p.end()));
  if (!pa.empty() && !pb.empty() && shared_p.empty())
    return 0;
  Keys inter, uni;
  std::set_intersection(ka.begin(), ka.end(), kb.begin(), kb.end(),
                        std::inserter(inter, inter.end()));
  std::set_union(ka.begin(), ka.end(), kb.begin(), kb.end(), std::inserter(uni, uni.end()));
  const bool same_date = a.when.anchored() && b.when.anchored() && a.when == b.when;
  double score;
  if (uni.empty()) {
    score = same_date ? 0.6 : 0.0;
  } else {
    // Half Jaccard, half containment: a short recap ("the collaboration with Huawei") is
    // contained in the full mention.
    const double jaccard = static_cast<double>(inter.size()) / static_cast<double>(uni.size());
    const double contained =
        static_cast<double>(inter.size()) /
        static_cast<double>(std::max<size_t>(1, std::min(ka.size(), kb.size())));
    score = (jaccard + contained) / 2;
    if (same_date)
      score = std::min(1.0, score + 0.2);
  }
  if (!same_type)
    score = std::max(0.0, score - 0.15);
  if (why) {
    std::ostringstream os;
    if (same_type) {
      os << "same type '" << a.type << "'";
    } else {
      os << "types '" << a.type << "' and '" << b.type << "' of one family";
    }
    if (!shared_p.empty())
      os << ", participants {" << join(shared_p) << "}";
    if (!inter.empty())
      os << ", shared keys {" << join(inter) << "}";
    if (same_date)
      os << ", same date " << a.when.str();
    os << ", similarity " << static_cast<int>(score * 100 + 0.5) << "%";
    *why = os.str();
  }
  return score;
}

}  // namespace

double signature_similarity(const Event& a, const Event& b, std::string* why) {
  return similarity(a, b, title_keys(a), title_keys(b), why);
}

MergeResult merge_events(std::vector<Event> events,
                         const std::vector<std::vector<std::string>>& forced_groups,
                         double threshold) {
  // Deterministic input order: by first source (document, offset), then id.
  std::sort(events.begin(), events.end(), [](const Event& x, const Event& y) {
    return std::make_tuple(std::cref(first_doc(x)), first_offset(x), std::cref(x.id)) <
           std::make_tuple(std::cref(first_doc(y)), first_offset(y), std::cref(y.id));
  });
  const size_t n = events.size();
  UnionFind uf(n);
  std::vector<std::vector<size_t>> members(n);
  for (size_t i = 0; i < n; ++i) members[i] = {i};
  MergeResult result;
  std::map<std::string, size_t> index;
  for (size_t i = 0; i < n; ++i) index.emplace(events[i].id, i);

  // Per-cluster summaries keep the checks below cheap on large corpora: members share one family
  // (every merge requires it); intervals that pairwise overlap share a common point, so the
  // latest start and the earliest end decide date compatibility exactly; documents are a set.
  struct Summary {
    std::set<std::string_view> docs;
    int64_t max_begin = std::numeric_limits<int64_t>::min();
    int64_t min_end = std::numeric_limits<int64_t>::max();
    bool dated = false;
  };
  std::vector<Summary> summary(n);
  for (size_t i = 0; i < n; ++i) {
    Summary& si = summary[i];
    si.docs.insert(first_doc(events[i]));
    if (events[i].when.anchored()) {
      const Interval iv = effective(events[i].when);
      si.max_begin = iv.begin;
      si.min_end = iv.end;
      si.dated = true;
    }
  }
  auto clusters_compatible = [&](size_t ra, size_t rb, bool disjoint_docs) {
    const Summary& sa = summary[ra];
    const Summary& sb = summary[rb];
    if (event_family(events[ra].type) != event_family(events[rb].type))
      return false;
    if (sa.dated && sb.dated &&
        std::max(sa.max_begin, sb.max_begin) >= std::min(sa.min_end, sb.min_end))
      return false;
    if (disjoint_docs) {
      const auto& small = sa.docs.size() <= sb.docs.size() ? sa.docs : sb.docs;
      const auto& large = sa.docs.size() <= sb.docs.size() ? sb.docs : sa.docs;
      for (const auto& d : small) {
        if (large.count(d))
          return false;
      }
    }
    // Participants are compared member by member; between two large clusters (a story told by
    // hundreds of documents), only their first members are, which keeps merging linear.
    const auto& ma = members[ra];
    const auto& mb = members[rb];
    const bool all = ma.size() * mb.size() <= kMaxPairChecks;
    const size_t na = all ? ma.size() : std::min(ma.size(), kSampledMembers);
    const size_t nb = all ? mb.size() : std::min(mb.size(), kSampledMembers);
    for (size_t j = 0; j < nb; ++j) {
      for (size_t i = 0; i < na; ++i) {
        const Event& ex = events[ma[i]];
        const Event& ey = events[mb[j]];
        if (first_doc(ex) == first_doc(ey) ? !repeated_mention(ex, ey) : disjoint_actors(ex, ey))
          return false;
      }
    }
    return true;
  };
  auto unite = [&](size_t a, size_t b, double score, const std::string& why) {
    size_t ra = uf.find(a), rb = uf.find(b);
    if (ra == rb)
      return;
    if (rb < ra)
      std::swap(ra, rb);
    uf.unite(ra, rb);
    if (members[ra].size() < members[rb].size())
      members[ra].swap(members[rb]);  // append the smaller list: linear overall
    members[ra].insert(members[ra].end(), members[rb].begin(), members[rb].end());
    members[rb].clear();
    Summary& sa = summary[ra];
    Summary& sb = summary[rb];
    if (sa.docs.size() < sb.docs.size())
      sa.docs.swap(sb.docs);
    sa.docs.insert(sb.docs.begin(), sb.docs.end());
    sb.docs.clear();
    if (sb.dated) {
      sa.max_begin = sa.dated ? std::max(sa.max_begin, sb.max_begin) : sb.max_begin;
      sa.min_end = sa.dated ? std::min(sa.min_end, sb.min_end) : sb.min_end;
      sa.dated = true;
    }
    result.notes.push_back({"", events[a].id, events[b].id, score, why});
  };

  for (const auto& group : forced_groups) {
    std::vector<size_t> ix;
    for (const auto& id : group) {
      if (auto it = index.find(id); it != index.end())
        ix.push_back(it->second);
    }
    for (size_t k = 1; k < ix.size(); ++k) {
      size_t ra = uf.find(ix[0]), rb = uf.find(ix[k]);
      if (ra != rb && clusters_compatible(ra, rb, false)) {
        unite(ix[0], ix[k], 1.0, "both match the same reference event");
      }
    }
  }

  // Candidate pairs: same family, sharing a title key (or both without keys). A small block is
  // compared pair by pair; a large one (a key such as "china" in a big corpus) only between
  // neighbours in date order, so the work stays linear in the corpus: the same happening reported
  // by many documents still ends up in one cluster through chains of neighbours.
  struct Pair {
    double score;
    size_t a, b;
  };
  std::vector<Pair> same_doc, cross_doc;
  std::map<std::pair<std::string, std::string>, std::vector<size_t>> by_key;
  std::vector<Keys> keys(n);
  std::vector<int64_t> begin_of(n, std::numeric_limits<int64_t>::max());
  for (size_t i = 0; i < n; ++i) {
    keys[i] = title_keys(events[i]);
    if (events[i].when.anchored())
      begin_of[i] = events[i].when.begin().time_since_epoch().count();
    const std::string family(event_family(events[i].type));
    if (keys[i].empty())
      by_key[{family, ""}].push_back(i);
    for (const auto& w : keys[i]) by_key[{family, w}].push_back(i);
  }
  // Dated first, in date order; undated after, in input order.
  auto date_order = [&](size_t x, size_t y) {
    return std::tie(begin_of[x], x) < std::tie(begin_of[y], y);
  };
  std::unordered_set<uint64_t> seen;
  auto consider = [&](size_t a, size_t b) {
    if (a > b)
      std::swap(a, b);
    if (!seen.insert((static_cast<uint64_t>(a) << 32) | b).second)
      return;
    const double s = similarity(events[a], events[b], keys[a], keys[b], nullptr);
    if (s < threshold)
      return;
    (first_doc(events[a]) == first_doc(events[b]) ? same_doc : cross_doc).push_back({s, a, b});
  };
  for (auto& [key, list] : by_key) {
    if (list.size() <= 2 * kMergeWindow) {
      for (size_t p = 0; p < list.size(); ++p) {
        for (size_t q = p + 1; q < list.size(); ++q) consider(list[p], list[q]);
      }
      continue;
    }
    std::sort(list.begin(), list.end(), date_order);
    for (size_t p = 0; p < list.size(); ++p) {
      for (size_t q = p + 1; q < list.size() && q <= p + kMergeWindow; ++q) {
        consider(list[p], list[q]);
      }
    }
  }
  seen = {};
  auto explain = [&](size_t a, size_t b) {
    std::string why;
    similarity(events[a], events[b], keys[a], keys[b], &why);
    return why;
  };
  auto by_score = [](const Pair& x, const Pair& y) {
    return std::tie(y.score, x.a, x.b) < std::tie(x.score, y.a, y.b);
  };
  std::sort(same_doc.begin(), same_doc.end(), by_score);
  std::sort(cross_doc.begin(), cross_doc.end(), by_score);
  for (const auto& p : same_doc) {
    // The pair itself always passes the rule; between large clusters (reference groups) the
    // member check below only samples.
    if (!repeated_mention(events[p.a], events[p.b]))
      continue;
    size_t ra = uf.find(p.a), rb = uf.find(p.b);
    if (ra != rb && clusters_compatible(ra, rb, false))
      unite(p.a, p.b, p.score, explain(p.a, p.b));
  }
  for (const auto& p : cross_doc) {
    size_t ra = uf.find(p.a), rb = uf.find(p.b);
    if (ra != rb && clusters_compatible(ra, rb, true))
      unite(p.a, p.b, p.score, explain(p.a, p.b));
  }

  // Bare mentions ("the April tightening", "la stretta di aprile": a dated trigger with neither
  // participants nor title keys) refer back to a fuller mention of their own article. When exactly
  // one dated cluster with participants or keys shares a document with the bare cluster, is of the
  // same family and has a compatible date, the bare cluster joins it; when several could, none is
  // chosen.
  auto bare = [&](size_t r) {
    for (size_t m : members[r]) {
      const Event& e = events[m];
      if (!e.when.anchored() || !e.participants.empty() || !keys[m].empty())
        return false;
      if (const EventType* t = find_event_type(e.type); t && t->cls == TypeClass::generic)
        return false;
    }
    return !members[r].empty();
  };
  // Bare-ness per root, computed once: merging only ever turns a bare cluster into a fuller one.
  std::vector<char> is_bare(n, 0);
  for (size_t r = 0; r < n; ++r) is_bare[r] = uf.find(r) == r && bare(r);
  // Events by document, so a bare mention looks only at the clusters of its own articles.
  std::map<std::string_view, std::vector<size_t>> by_doc;
  for (size_t m = 0; m < n; ++m) by_doc[first_doc(events[m])].push_back(m);
  for (size_t r = 0; r < n; ++r) {
    if (uf.find(r) != r || !is_bare[r])
      continue;
    std::set<size_t> candidates;
    for (size_t m : members[r]) {
      for (size_t x : by_doc[first_doc(events[m])]) candidates.insert(uf.find(x));
    }
    std::optional<size_t> target;
    bool ambiguous = false;
    for (size_t c : candidates) {
      if (ambiguous)
        break;
      if (c == r || members[c].empty() || is_bare[c])
        continue;
      // The fuller mention must carry a date of its own: a dated bare mention next to an undated
      // event of the same family ("the shift gathered pace after April" beside "clusters are
      // growing") is another happening, not a recap.
      if (!summary[c].dated || !clusters_compatible(r, c, false))
        continue;
      if (target)
        ambiguous = true;
      target = c;
    }
    if (target && !ambiguous) {
      unite(*target, r, 0.5,
            "a mention without participants refers back to the only event of family '" +
                std::string(event_family(events[members[r].front()].type)) +
                "' with a compatible date in the same article");
      is_bare[uf.find(r)] = 0;
    }
  }

  // Assemble one event per cluster.
  for (size_t r = 0; r < n; ++r) {
    if (members[r].empty() || uf.find(r) != r)
      continue;
    auto ms = members[r];
    std::sort(ms.begin(), ms.end());
    Event merged = events[ms.front()];
    // The best-dated member gives the date.
    size_t best = ms.front();
    for (size_t m : ms) {
      const Event& e = events[m];
      const Event& cur = events[best];
      auto key = [](const Event& x) {
        return std::make_tuple(x.when.anchored() ? 0 : 1, dating_rank(x.dating),
                               static_cast<int>(x.when.grain()));
      };
      if (key(e) < key(cur))
        best = m;
    }
    merged.when = events[best].when;
    merged.dating = events[best].dating;
    std::set<std::string> who(merged.participants.begin(), merged.participants.end());
    std::set<std::string> docs;
    for (const auto& s : merged.sources) docs.insert(s.doc);
    for (size_t k = 1; k < ms.size(); ++k) {
      const Event& e = events[ms[k]];
      who.insert(e.participants.begin(), e.participants.end());
      merged.confidence = std::max(merged.confidence, e.confidence);
      for (const auto& s : e.sources) {
        if (docs.insert(s.doc).second)
          merged.sources.push_back(s);
      }
    }
    merged.participants.assign(who.begin(), who.end());
    for (size_t m : ms) result.remap[events[m].id] = merged.id;
    result.events.push_back(std::move(merged));
  }
  for (auto& note : result.notes) note.kept = result.remap[note.a];
  return result;
}

std::vector<Link> remap_links(const std::vector<Link>& links,
                              const std::map<std::string, std::string>& remap) {
  std::map<std::tuple<std::string, std::string, LinkType>, Link> out;
  for (Link l : links) {
    auto f = remap.find(l.from), t = remap.find(l.to);
    if (f != remap.end())
      l.from = f->second;
    if (t != remap.end())
      l.to = t->second;
    if (l.from == l.to)
      continue;
    auto key = std::make_tuple(l.from, l.to, l.type);
    auto it = out.find(key);
    if (it == out.end() || l.confidence > it->second.confidence)
      out[key] = std::move(l);
  }
  std::vector<Link> v;
  v.reserve(out.size());
  for (auto& [k, l] : out) v.push_back(std::move(l));
  return v;
}

}  // namespace causeline
