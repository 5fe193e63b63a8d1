#pragma once
// PhraseSet: multiword lexicon entries matched over folded tokens, longest match first.
// A pattern token ending in '*' matches any token starting with it ("addestr*"); a token may list
// alternatives separated by '|' ("del|della|dei"), which is how articulated prepositions expand.
// A leading '*' matches by suffix ("*zione"): the morphological fallback for unlisted words.
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "importers/extract/tokenizer.hpp"

namespace causeline::extract {

struct PhraseToken {
  std::vector<std::string> exact;     // any of these folded forms
  std::vector<std::string> prefixes;  // or a token starting with one of these ("addestr*")
  std::vector<std::string> suffixes;  // or a token ending with one of these ("*zione")
  bool matches(std::string_view norm) const noexcept;
};

/// Splits a pattern ("a causa di", "addestr*", "del|della") into tokens; words are fold()ed.
std::vector<PhraseToken> parse_phrase(std::string_view pattern);

template <class T>
class PhraseSet {
 public:
  struct Match {
    size_t length = 0;  // tokens covered
    const T* value = nullptr;
    size_t pattern = 0;  // index of the pattern, for tie-breaking and debugging
  };

  void add(std::vector<PhraseToken> pattern, T value) {
    if (pattern.empty())
      return;
    for (const auto& t : pattern) {
      if (t.exact.empty() && t.prefixes.empty() && t.suffixes.empty())
        return;
    }
    const size_t idx = patterns_.size();
    if (!pattern.front().suffixes.empty())
      suffix_first_.push_back(idx);
    for (const auto& e : pattern.front().exact) exact_first_[e].push_back(idx);
    for (const auto& p : pattern.front().prefixes) {
      prefix_first_[p].push_back(idx);
      if (p.size() > max_prefix_)
        max_prefix_ = p.size();
    }
    patterns_.push_back({std::move(pattern), std::move(value)});
  }

  size_t size() const noexcept { return patterns_.size(); }

  /// Calls f(value) for every pattern's value; values keep their addresses once loading is over.
  template <class F>
  void for_each(F&& f) const {
    for (const auto& p : patterns_) f(p.value);
  }

  /// Longest pattern matching tokens[i ...] without crossing `limit` (exclusive).
  std::optional<Match> match_at(const std::vector<Token>& tokens, size_t i, size_t limit) const {
    if (i >= limit || i >= tokens.size())
      return std::nullopt;
    std::optional<Match> best;
    auto consider = [&](size_t idx) {
      const auto& pat = patterns_[idx].tokens;
      if (i + pat.size() > limit)
        return;
      for (size_t k = 0; k < pat.size(); ++k) {
        if (!pat[k].matches(tokens[i + k].norm))
          return;
      }
      // Longer wins; among equal lengths, exact first tokens beat prefixes (earlier index wins).
      if (!best || pat.size() > best->length ||
          (pat.size() == best->length && prefer(idx, best->pattern))) {
        best = Match{pat.size(), &patterns_[idx].value, idx};
      }
    };
    const std::string& first = tokens[i].norm;
    if (auto it = exact_first_.find(first); it != exact_first_.end()) {
      for (size_t idx : it->second) consider(idx);
    }
    for (size_t idx : suffix_first_) consider(idx);
    for (size_t len = 1; len <= first.size() && len <= max_prefix_; ++len) {
      if (auto it = prefix_first_.find(first.substr(0, len)); it != prefix_first_.end()) {
        for (size_t idx : it->second) consider(idx);
      }
    }
    return best;
  }

 private:
  struct Pattern {
    std::vector<PhraseToken> tokens;
    T value;
  };
  bool prefer(size_t a, size_t b) const {
    size_t sa = specificity(a), sb = specificity(b);
    return sa != sb ? sa > sb : a < b;
  }
  size_t specificity(size_t idx) const {
    size_t s = 0;
    for (const auto& t : patterns_[idx].tokens) {
      s += t.prefixes.empty() && t.suffixes.empty() ? 100 : 0;
      for (const auto& p : t.prefixes) s += p.size();
    }
    return s;
  }
  std::vector<Pattern> patterns_;
  std::unordered_map<std::string, std::vector<size_t>> exact_first_;
  std::unordered_map<std::string, std::vector<size_t>> prefix_first_;
  std::vector<size_t> suffix_first_;
  size_t max_prefix_ = 0;
};

}  // namespace causeline::extract
