#include "exporters/filter.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <unordered_set>

#include "exporters/when_info.hpp"

namespace causeline::exporters {
namespace {

constexpr FilterFlag kFlags[] = {
    {"--from", "DATE", "keep events from this date on (TIMEX3: 2025, 2025-04, 2025-04-15)"},
    {"--to", "DATE", "keep events up to this date (inclusive)"},
    {"--participant", "NAME", "keep events with this participant (repeatable)", true},
    {"--lang", "CODE", "keep events reported in this language (repeatable)", true},
    {"--type", "TYPE", "keep events of this type (repeatable)", true},
    {"--min-confidence", "X", "keep events and links with confidence >= X (0-1)"},
    {"--chain", "ID", "keep one causal chain (chain-N) or the chains through an event id"},
};

std::string fold(std::string_view s) {
  utf8proc_uint8_t* out = nullptr;
  const auto n = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()),
      &out, static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STABLE));
  if (n < 0)
    return std::string(s);
  std::string r(reinterpret_cast<char*>(out), static_cast<size_t>(n));
  std::free(out);
  return r;
}

bool contains_folded(const std::vector<std::string>& wanted, std::string_view v) {
  const std::string f = fold(v);
  return std::find(wanted.begin(), wanted.end(), f) != wanted.end();
}

}  // namespace

bool Filter::empty() const noexcept {
  return !from && !to && participants.empty() && langs.empty() && types.empty() &&
         min_confidence <= 0.0 && chain.empty();
}

std::span<const FilterFlag> filter_flags() noexcept { return kFlags; }

std::optional<Error> add_filter_flag(Filter& f, std::string_view name, std::string_view value) {
  auto bad = [&](std::string_view why) {
    return Error{std::string(name) + " " + std::string(value) + ": " + std::string(why)};
  };
  if (name == "--from" || name == "--to") {
    const TimeValue v = TimeValue::parse(value);
    if (!v.anchored())
      return bad("not a calendar date (use 2025, 2025-04, 2025-04-15, 2025-Q2 ...)");
    if (name == "--from") {
      f.from = v.first_day();
    } else {
      f.to = v.last_day();
    }
  } else if (name == "--participant") {
    f.participants.push_back(fold(value));
  } else if (name == "--lang") {
    f.langs.push_back(fold(value));
  } else if (name == "--type") {
    f.types.push_back(fold(value));
  } else if (name == "--min-confidence") {
    double x = 0;
    auto r = std::from_chars(value.data(), value.data() + value.size(), x);
    if (r.ec != std::errc{} || r.ptr != value.data() + value.size() || !std::isfinite(x)) {
      return bad("not a number");
    }
    f.min_confidence = x;
  } else if (name == "--chain") {
    if (value.empty())
      return bad("empty chain id");
    f.chain = std::string(value);
  } else {
    return bad("unknown filter flag");
  }
  return std::nullopt;
}

std::optional<Error> collect_filter(
    Filter& filter, const std::function<std::vector<std::string>(std::string_view)>& values_of) {
  for (const auto& flag : kFlags) {
    for (const auto& v : values_of(flag.name)) {
      if (auto e = add_filter_flag(filter, flag.name, v))
        return e;
    }
  }
  return std::nullopt;
}

Result<Timeline> apply_filter(const Timeline& tl, const Filter& f) {
  std::unordered_set<std::string_view> chain_events;
  if (!f.chain.empty()) {
    const std::string_view prefix = "chain-";
    bool found = false;
    if (f.chain.starts_with(prefix)) {
      size_t n = 0;
      auto r = std::from_chars(f.chain.data() + prefix.size(), f.chain.data() + f.chain.size(), n);
      if (r.ec == std::errc{} && r.ptr == f.chain.data() + f.chain.size() && n >= 1 &&
          n <= tl.chains.size()) {
        for (const auto& id : tl.chains[n - 1]) chain_events.insert(id);
        found = true;
      }
    }
    if (!found) {
      for (const auto& chain : tl.chains) {
        if (std::find(chain.begin(), chain.end(), f.chain) == chain.end())
          continue;
        for (const auto& id : chain) chain_events.insert(id);
        found = true;
      }
    }
    if (!found) {
      return Error{"--chain " + f.chain + ": no such chain (chain-1 .. chain-" +
                   std::to_string(tl.chains.size()) +
                   ") and no chain through an event with that id"};
    }
  }

  auto keep = [&](const Event& e) {
    if (f.from || f.to) {
      if (!e.when.anchored())
        return false;
      // Bounds implied by value and modifier: "before 2025" ends in 2024.
      const WhenInfo w = describe(e.when, Detail::display);
      if (f.from && w.latest_day && *w.latest_day < *f.from)
        return false;
      if (f.to && w.earliest_day && *w.earliest_day > *f.to)
        return false;
    }
    if (e.confidence < f.min_confidence)
      return false;
    if (!f.types.empty() && !contains_folded(f.types, e.type))
      return false;
    if (!f.participants.empty() &&
        std::none_of(e.participants.begin(), e.participants.end(),
                     [&](const std::string& p) { return contains_folded(f.participants, p); })) {
      return false;
    }
    if (!f.langs.empty() && std::none_of(e.sources.begin(), e.sources.end(), [&](const Source& s) {
          return contains_folded(f.langs, s.lang);
        })) {
      return false;
    }
    if (!f.chain.empty() && !chain_events.count(e.id))
      return false;
    return true;
  };

  Timeline out;
  std::unordered_set<std::string_view> kept, docs;
  for (const auto& e : tl.events) {
    if (!keep(e))
      continue;
    out.events.push_back(e);
    kept.insert(e.id);
    for (const auto& s : e.sources) docs.insert(s.doc);
  }
  for (const auto& d : tl.documents) {
    if (docs.count(d.id))
      out.documents.push_back(d);
  }
  for (const auto& l : tl.links) {
    if (kept.count(l.from) && kept.count(l.to) && l.confidence >= f.min_confidence) {
      out.links.push_back(l);
    }
  }
  for (const auto& chain : tl.chains) {
    if (std::all_of(chain.begin(), chain.end(),
                    [&](const std::string& id) { return kept.count(id) > 0; })) {
      out.chains.push_back(chain);
    }
  }
  out.warnings = tl.warnings;
  return out;
}

}  // namespace causeline::exporters
