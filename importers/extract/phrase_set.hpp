#pragma once
// PhraseSet: multiword lexicon entries matched over folded tokens, longest match first.
// A pattern token ending in '*' matches any token starting with it ("addestr*"); a token may list
// alternatives separated by '|' ("del|della|dei"), which is how articulated prepositions expand.
// A leading '*' matches by suffix ("*zione"): the morphological fallback for unlisted words.
#include <array>
#include <bitset>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "importers/extract/tokenizer.hpp"
#include "importers/extract/word_set.hpp"

namespace causeline::extract {

struct PhraseToken {
  std::vector<std::string> exact;     // any of these folded forms
  std::vector<std::string> prefixes;  // or a token starting with one of these ("addestr*")
  std::vector<std::string> suffixes;  // or a token ending with one of these ("*zione")
  bool matches(std::string_view norm) const noexcept;
};

/// Splits a pattern ("a causa di", "addestr*", "del|della") into tokens; words are fold()ed.
std::vector<PhraseToken> parse_phrase(std::string_view pattern);

/// Hash for maps keyed by std::string that are searched with a std::string_view (no allocation).
/// FNV-1a, inline: the keys are words of a few bytes, for which a call to the library's hash cost
/// more than the hashing.
struct StringViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const noexcept {
    uint64_t h = 0xcbf29ce484222325ULL;
    for (const char c : s) {
      h ^= static_cast<unsigned char>(c);
      h *= 0x100000001b3ULL;
    }
    return static_cast<size_t>(h);
  }
};

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
    for (const auto& x : pattern.front().suffixes) add_suffix(x, idx);
    for (const auto& e : pattern.front().exact) {
      exact_first_[e].push_back(idx);
      exact_seen_.set(signature(e));
    }
    for (const auto& p : pattern.front().prefixes) add_prefix(p, idx);
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
    // Most tokens start no pattern of a given lexicon: three table reads say so here, inline,
    // before the search and its call.
    const std::string_view first = tokens[i].norm;
    if (!exact_seen_.test(signature(first)) &&
        (first.empty() || (suffix_roots_[static_cast<unsigned char>(first.back())] == 0 &&
                           prefix_roots_[static_cast<unsigned char>(first.front())] == 0))) {
      return std::nullopt;
    }
    return search(tokens, i, limit);
  }

 private:
  std::optional<Match> search(const std::vector<Token>& tokens, size_t i, size_t limit) const {
    std::optional<Match> best;
    // `from`: the first pattern token still to check; an exact or prefix entry that led here
    // matched the first token already.
    auto consider = [&](size_t idx, size_t from) {
      const auto& pat = patterns_[idx].tokens;
      if (i + pat.size() > limit)
        return;
      for (size_t k = from; k < pat.size(); ++k) {
        if (!pat[k].matches(tokens[i + k].norm))
          return;
      }
      // Longer wins; among equal lengths, exact first tokens beat prefixes (earlier index wins).
      if (!best || pat.size() > best->length ||
          (pat.size() == best->length && prefer(idx, best->pattern))) {
        best = Match{pat.size(), &patterns_[idx].value, idx};
      }
    };
    const std::string_view first = tokens[i].norm;
    if (exact_seen_.test(signature(first))) {
      if (auto it = exact_first_.find(first); it != exact_first_.end()) {
        for (size_t idx : it->second) consider(idx, 1);
      }
    }
    // Suffix entries ("*zione"): one step down the reversed trie per byte from the token's end.
    uint32_t back = 0;
    for (auto it = first.rbegin(); it != first.rend(); ++it) {
      back = suffix_child(back, static_cast<unsigned char>(*it));
      if (back == 0)
        break;
      for (size_t idx : suffix_trie_[back].patterns) consider(idx, 0);  // stem length unchecked
    }
    // Prefix entries, shortest first: one step down the trie per byte of the token.
    uint32_t node = 0;
    for (const char ch : first) {
      node = child(node, static_cast<unsigned char>(ch));
      if (node == 0)
        break;
      for (size_t idx : trie_[node].patterns) consider(idx, 1);
    }
    return best;
  }

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
  using Index =
      std::unordered_map<std::string, std::vector<size_t>, StringViewHash, std::equal_to<>>;
  /// Byte trie of the first tokens' prefixes ("addestr*"): a lookup costs one step per byte of
  /// the token instead of one hashed substring per possible prefix length.
  struct TrieNode {
    std::vector<std::pair<unsigned char, uint32_t>> next;
    std::vector<size_t> patterns;
  };
  /// The child of `node` for byte `c` in `trie`, or 0 (the root is never a child). The root's
  /// children, tried for every token, are also in a direct table (node 0's entry of `Roots`).
  using Roots = std::array<uint32_t, 256>;
  static uint32_t child_in(const std::vector<TrieNode>& trie, uint32_t node,
                           unsigned char c) noexcept {
    for (const auto& [b, n] : trie[node].next) {
      if (b == c)
        return n;
    }
    return 0;
  }
  uint32_t child(uint32_t node, unsigned char c) const noexcept {
    return node == 0 ? prefix_roots_[c] : child_in(trie_, node, c);
  }
  uint32_t suffix_child(uint32_t node, unsigned char c) const noexcept {
    return node == 0 ? suffix_roots_[c] : child_in(suffix_trie_, node, c);
  }
  /// Adds `idx` under the path of `bytes` (in the order given) in `trie`.
  template <class It>
  static void add_path(std::vector<TrieNode>& trie, Roots& roots, It begin, It end, size_t idx) {
    uint32_t node = 0;
    for (It p = begin; p != end; ++p) {
      const auto c = static_cast<unsigned char>(*p);
      uint32_t n = child_in(trie, node, c);
      if (n == 0) {
        n = static_cast<uint32_t>(trie.size());
        trie.emplace_back();
        trie[node].next.emplace_back(c, n);
        if (node == 0)
          roots[c] = n;
      }
      node = n;
    }
    trie[node].patterns.push_back(idx);
  }
  void add_prefix(std::string_view prefix, size_t idx) {
    if (prefix.empty())
      return;  // an empty prefix never matched a first token
    add_path(trie_, prefix_roots_, prefix.begin(), prefix.end(), idx);
  }
  void add_suffix(std::string_view suffix, size_t idx) {
    if (suffix.empty())
      return;
    add_path(suffix_trie_, suffix_roots_, suffix.rbegin(), suffix.rend(), idx);
  }

  /// A cheap filter in front of exact_first_: most tokens start no entry of a given lexicon, and
  /// match_at runs several times per token, so hashing the whole token each time was the cost.
  static size_t signature(std::string_view s) noexcept { return word_signature(s, kSignatures); }
  static constexpr size_t kSignatures = 1u << 14;

  Index exact_first_;
  std::bitset<kSignatures> exact_seen_;
  std::vector<TrieNode> trie_ = std::vector<TrieNode>(1);
  /// Byte trie of the first tokens' suffixes ("*zione"), read from the last byte backwards: only
  /// the suffix entries a token ends with are tried, instead of every one at every token.
  std::vector<TrieNode> suffix_trie_ = std::vector<TrieNode>(1);
  Roots prefix_roots_{};
  Roots suffix_roots_{};
};

}  // namespace causeline::extract
