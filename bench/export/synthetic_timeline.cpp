#include "bench/export/synthetic_timeline.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <tuple>

#include "core/ordering.hpp"

namespace causeline::bench {
namespace {

struct Rng {  // splitmix64: fast, deterministic
  uint64_t s;
  uint64_t next() {
    uint64_t z = (s += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  size_t below(size_t n) { return static_cast<size_t>(next() % n); }
};

constexpr std::array<std::string_view, 8> kActors = {
    "US Commerce Department", "Nvidia", "Alibaba", "ByteDance", "Ministero delle Imprese",
    "Commission européenne",  "TSMC",   "Malaysia"};
constexpr std::array<std::string_view, 6> kTypes = {"restrict", "sell",   "launch",
                                                    "repeal",   "invest", "report"};
constexpr std::array<std::string_view, 6> kWords = {"controls", "licence", "shipments",
                                                    "export",   "chips",   "capacity"};

std::string two(unsigned v) {
  return std::string(1, static_cast<char>('0' + v / 10)) + static_cast<char>('0' + v % 10);
}

}  // namespace

Timeline synthetic_timeline(size_t n_events, size_t n_links, bool random_links, size_t n_docs) {
  Timeline tl;
  Rng rng{42};
  tl.documents.reserve(n_docs);
  for (size_t d = 0; d < n_docs; ++d) {
    Document doc;
    doc.id = "doc-" + std::to_string(d);
    doc.source = "https://news.example.org/a/" + std::to_string(d);
    doc.title = "Article " + std::to_string(d) + " sull’export";
    doc.lang = d % 3 == 0 ? "it" : d % 3 == 1 ? "en" : "fr";
    doc.published = TimeValue::parse("2025-06-0" + std::to_string(1 + d % 9));
    for (int s = 0; s < 30; ++s) {
      doc.text += "La stretta sull\xe2\x80\x99H20 \xc3\xa8 arrivata; the rules were tightened. ";
    }
    tl.documents.push_back(std::move(doc));
  }
  tl.events.reserve(n_events);
  for (size_t i = 0; i < n_events; ++i) {
    Event e;
    e.id = "ev-" + std::to_string(i);
    const unsigned y = 2000 + static_cast<unsigned>(rng.below(26));
    const unsigned m = 1 + static_cast<unsigned>(rng.below(12));
    const unsigned day = 1 + static_cast<unsigned>(rng.below(28));
    const size_t kind = rng.below(100);
    std::string value;
    std::string mod;
    if (kind < 60) {
      value = std::to_string(y) + "-" + two(m) + "-" + two(day);
    } else if (kind < 80) {
      value = std::to_string(y) + "-" + two(m);
      if (kind < 64)
        mod = "APPROX";
    } else if (kind < 90) {
      value = std::to_string(y);
      if (kind < 83)
        mod = "BEFORE";
    } else if (kind < 95) {
      value = std::to_string(y) + "-Q" + std::to_string(1 + m % 4);
    } else if (kind < 97) {
      value = std::to_string(y) + "-" + two(m) + "-" + two(day) + "T" + two(m + 7) + ":30";
    }
    e.when = TimeValue::parse(value, mod);
    e.dating = e.when.ok() ? Dating::explicit_ : Dating::undated;
    e.type = std::string(kTypes[rng.below(kTypes.size())]);
    e.title = "Event " + std::to_string(i) + ": " + std::string(kWords[rng.below(kWords.size())]) +
              " \xe2\x80\x94 " + e.type;
    e.participants.emplace_back(kActors[rng.below(kActors.size())]);
    const Document& doc = tl.documents[rng.below(n_docs)];
    Source s;
    s.doc = doc.id;
    s.evidence_begin = rng.below(doc.text.size() - 200);
    s.evidence_end = s.evidence_begin + 60;
    s.trigger_begin = s.evidence_begin + 10;
    s.trigger_end = s.evidence_begin + 18;
    s.evidence = "the rules were tightened, \xc3\xa8 arrivata la stretta";
    s.lang = doc.lang;
    e.sources.push_back(std::move(s));
    e.confidence = 0.5 + static_cast<double>(rng.below(50)) / 100.0;
    tl.events.push_back(std::move(e));
  }
  order_events(tl.events);
  tl.links.reserve(n_links);
  // Causes and effects lie close in time, as in real chains (an effect within the next 2,000
  // events); random_links spreads them over the whole timeline instead (the worst case for caches).
  for (size_t l = 0; l < n_links; ++l) {
    size_t a = rng.below(n_events);
    size_t b = random_links ? rng.below(n_events) : a + 1 + rng.below(2000);
    if (b >= n_events)
      b = rng.below(n_events);
    if (a == b)
      b = (a + 1) % n_events;
    Link k;
    k.from = tl.events[std::min(a, b)].id;
    k.to = tl.events[std::max(a, b)].id;
    k.type = static_cast<LinkType>(rng.below(4));
    k.cue = "led to";
    k.doc = tl.documents[rng.below(n_docs)].id;
    k.confidence = 0.6;
    tl.links.push_back(std::move(k));
  }
  std::sort(tl.links.begin(), tl.links.end(), [](const Link& x, const Link& y) {
    return std::tie(x.from, x.to, x.type) < std::tie(y.from, y.to, y.type);
  });
  for (size_t c = 0; c + 5 <= std::min<size_t>(n_events, 5000); c += 5) {
    std::vector<std::string> chain;
    for (size_t k = 0; k < 5; ++k) chain.push_back(tl.events[c + k].id);
    tl.chains.push_back(std::move(chain));
  }
  return tl;
}

}  // namespace causeline::bench
