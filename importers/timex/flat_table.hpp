#pragma once
// Flat open-addressing hash tables for the matcher's hot lookups: word -> id and
// (trie node, word id) -> child. Built once when a pack is loaded, read-only afterwards.
#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "importers/timex/tokenizer.hpp"

namespace causeline::timex {

/// Folded word -> id; -1 when absent. Every word sits in its home slot or the one after it, so a
/// lookup reads two adjacent slots and picks with conditional moves: whether a token is a lexicon
/// word (about two tokens in five of running text) is data the branch predictor cannot learn. A
/// slot holds the word's first eight bytes and its length, so a word of up to eight bytes (nearly
/// all of them) is compared with one integer compare, without a second memory access.
class WordTable {
 public:
  void build(const std::vector<std::pair<std::string, std::int32_t>>& words) {
    // Half full at most; larger while some word finds both of its slots taken.
    size_t cap = 16;
    shift_ = 60;
    while (cap < words.size() * 2) {
      cap *= 2;
      --shift_;
    }
    while (!place(words, cap)) {
      cap *= 2;
      --shift_;
    }
  }
  std::int32_t find(std::string_view w) const noexcept { return find(w, word_hash(w)); }
  /// Lookup with the word's word_hash already computed (the tokenizer does it while scanning).
  std::int32_t find(std::string_view w, std::uint64_t h) const noexcept {
    return pick(w.data(), w.size(), head(w.data(), w.size()), h);
  }
  /// The same for a word at p that has eight readable bytes past its end (the tokenizer's buffer).
  std::int32_t find_padded(const char* p, size_t n, std::uint64_t h) const noexcept {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    if (n < 8)
      v &= detail::kLowBytes[n];
    return pick(p, n, v, h);
  }

 private:
  // The first eight bytes of p[0, n), zero-padded.
  static std::uint64_t head(const char* p, size_t n) noexcept {
    std::uint64_t v = 0;
    std::memcpy(&v, p, n < 8 ? n : 8);
    return v;
  }
  // The slot comes from the high bits of the hash, the best mixed ones.
  size_t slot_of(std::uint64_t h) const noexcept { return h >> shift_; }
  bool place(const std::vector<std::pair<std::string, std::int32_t>>& words, size_t cap) {
    slots_.assign(cap + 1, Slot{});  // the home slot's successor needs no wrap-around
    offs_.assign(cap + 1, 0);
    pool_.clear();
    for (const auto& [w, id] : words) {
      size_t i = slot_of(word_hash(w));
      if (slots_[i].id >= 0)
        ++i;
      if (slots_[i].id >= 0)
        return false;
      slots_[i] = Slot{head(w.data(), w.size()), static_cast<std::uint32_t>(w.size()), id};
      offs_[i] = static_cast<std::uint32_t>(pool_.size());
      pool_ += w;
    }
    pool_.append(8, '\0');
    return true;
  }
  std::int32_t pick(const char* p, size_t n, std::uint64_t v, std::uint64_t h) const noexcept {
    const size_t i = slot_of(h);
    const Slot& a = slots_[i];
    const Slot& b = slots_[i + 1];
    // Arithmetic, not branches, until the id is known: a slot that does not hold the word gives
    // -1 (all bits set), and a word is in at most one of the two.
    const bool in_a = (a.head == v) & (a.len == n);
    const bool in_b = (b.head == v) & (b.len == n);
    const std::int32_t id = (a.id | -std::int32_t{!in_a}) & (b.id | -std::int32_t{!in_b});
    if (n > 8 && id >= 0 && !same(pool_.data() + offs_[i + !in_a] + 8, p + 8, n - 8))
      return -1;
    return id;
  }
  // Inline: lexicon words are short, and a memcmp call costs more than the loop.
  static bool same(const char* a, const char* b, size_t n) noexcept {
    for (size_t i = 0; i < n; ++i) {
      if (a[i] != b[i])
        return false;
    }
    return true;
  }
  struct Slot {
    std::uint64_t head = 0;  // first eight bytes, zero-padded
    std::uint32_t len = 0;   // 0 in an empty slot, which no token matches
    std::int32_t id = -1;
  };
  std::vector<Slot> slots_ = std::vector<Slot>(3);  // empty table: -1 from slots 0 to 2
  std::vector<std::uint32_t> offs_;  // slot -> its word in pool_ (read for words over 8 bytes)
  std::string pool_;
  unsigned shift_ = 63;  // 64 - log2(slot count); slot_of is 0 or 1 in the empty table
};

/// (node, word id) -> child node; -1 when absent.
class EdgeTable {
 public:
  struct Edge {
    std::int32_t node;
    std::int32_t word;
    std::int32_t child;
  };
  void build(const std::vector<Edge>& edges) {
    size_t cap = 16;
    while (cap < edges.size() * 2 + 1) cap *= 2;
    slots_.assign(cap, Slot{});
    mask_ = cap - 1;
    for (const Edge& e : edges) {
      const std::uint64_t k = key(e.node, e.word);
      size_t i = mix(k) & mask_;
      while (slots_[i].child >= 0) i = (i + 1) & mask_;
      slots_[i] = Slot{k, e.child};
    }
  }
  std::int32_t find(std::int32_t node, std::int32_t word) const noexcept {
    if (slots_.empty())
      return -1;
    const std::uint64_t k = key(node, word);
    for (size_t i = mix(k) & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.child < 0)
        return -1;
      if (s.key == k)
        return s.child;
    }
  }

 private:
  static std::uint64_t key(std::int32_t node, std::int32_t word) noexcept {
    return (std::uint64_t(std::uint32_t(node)) << 32) | std::uint32_t(word);
  }
  static size_t mix(std::uint64_t k) noexcept {
    k ^= k >> 29;
    k *= 0x9E3779B97F4A7C15ull;
    return static_cast<size_t>(k >> 20);
  }
  struct Slot {
    std::uint64_t key = 0;
    std::int32_t child = -1;
  };
  std::vector<Slot> slots_;
  size_t mask_ = 0;
};

}  // namespace causeline::timex
