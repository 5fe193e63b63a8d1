#pragma once
// WordSet: a set of folded words (stopwords, copulas, abbreviations ...) asked about nearly every
// token, several times each. Most tokens are in none of them, so a bit per (length, first byte,
// last byte) signature answers "no" before any hashing; the rest are found without a copy.
#include <bitset>
#include <cstddef>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_set>

namespace causeline::extract {

/// A cheap signature of a word in [0, buckets) (a power of two) from its length and its first and
/// last bytes: a bit per signature rules out most words before any hashing.
inline size_t word_signature(std::string_view s, size_t buckets) noexcept {
  if (s.empty())
    return 0;
  return (s.size() * 131 + static_cast<unsigned char>(s.front()) * 31 +
          static_cast<unsigned char>(s.back())) &
         (buckets - 1);
}

class WordSet {
 public:
  WordSet() = default;
  WordSet(std::initializer_list<std::string> words) {
    for (const auto& w : words) insert(w);
  }

  void insert(std::string word) {
    seen_.set(signature(word));
    words_.insert(std::move(word));
  }

  /// 1 when `word` is in the set, else 0 (as std::unordered_set::count).
  size_t count(std::string_view word) const noexcept {
    if (!seen_.test(signature(word)))
      return 0;
    return words_.find(word) != words_.end() ? 1 : 0;
  }

  bool empty() const noexcept { return words_.empty(); }
  size_t size() const noexcept { return words_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept {
      return std::hash<std::string_view>{}(s);
    }
  };
  static size_t signature(std::string_view s) noexcept { return word_signature(s, kSignatures); }
  static constexpr size_t kSignatures = 1u << 12;

  std::unordered_set<std::string, Hash, std::equal_to<>> words_;
  std::bitset<kSignatures> seen_;
};

}  // namespace causeline::extract
