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

/// Folded word -> id; -1 when absent. A bitmap (8 KiB, stays in L1) rejects most unknown words
/// before the table is probed. A slot holds the word's first eight bytes and its length, so a word
/// of up to eight bytes (nearly all of them) is compared with one integer compare, without a
/// second memory access.
class WordTable {
 public:
  void build(const std::vector<std::pair<std::string, std::int32_t>>& words) {
    size_t cap = 16;
    shift_ = 60;
    while (cap < words.size() * 2 + 1) {
      cap *= 2;
      --shift_;
    }
    slots_.assign(cap, Slot{});
    offs_.assign(cap, 0);
    bloom_.fill(0);
    mask_ = cap - 1;
    pool_.clear();
    for (const auto& [w, id] : words) {
      const std::uint64_t h = word_hash(w);
      bloom_[bloom_word(h)] |= bloom_bit(h);
      size_t i = slot_of(h);
      while (slots_[i].id >= 0) i = (i + 1) & mask_;
      slots_[i] = Slot{head(w.data(), w.size()), static_cast<std::uint32_t>(w.size()), id};
      offs_[i] = static_cast<std::uint32_t>(pool_.size());
      pool_ += w;
    }
    pool_.append(8, '\0');
  }
  std::int32_t find(std::string_view w) const noexcept { return find(w, word_hash(w)); }
  /// Lookup with the word's word_hash already computed (the tokenizer does it while scanning).
  std::int32_t find(std::string_view w, std::uint64_t h) const noexcept {
    if (!maybe(h))
      return -1;
    return probe(w.data(), w.size(), head(w.data(), w.size()), h);
  }
  /// The same for a word at p that has eight readable bytes past its end (the tokenizer's buffer).
  std::int32_t find_padded(const char* p, size_t n, std::uint64_t h) const noexcept {
    if (!maybe(h))
      return -1;
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    if (n < 8)
      v &= detail::kLowBytes[n];
    return probe(p, n, v, h);
  }

 private:
  // The first eight bytes of p[0, n), zero-padded.
  static std::uint64_t head(const char* p, size_t n) noexcept {
    std::uint64_t v = 0;
    std::memcpy(&v, p, n < 8 ? n : 8);
    return v;
  }
  // Slots and filter bits come from the high bits of the hash, the best mixed ones.
  static size_t bloom_word(std::uint64_t h) noexcept { return h >> (64 - kBloomWordBits); }
  static std::uint64_t bloom_bit(std::uint64_t h) noexcept {
    return std::uint64_t{1} << ((h >> (58 - kBloomWordBits)) & 63);
  }
  size_t slot_of(std::uint64_t h) const noexcept { return h >> shift_; }
  bool maybe(std::uint64_t h) const noexcept { return (bloom_[bloom_word(h)] & bloom_bit(h)) != 0; }
  std::int32_t probe(const char* p, size_t n, std::uint64_t v, std::uint64_t h) const noexcept {
    for (size_t i = slot_of(h);; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.id < 0)
        return -1;
      if (s.head == v && s.len == n && (n <= 8 || same(pool_.data() + offs_[i] + 8, p + 8, n - 8)))
        return s.id;
    }
  }
  // Inline: lexicon words are short, and a memcmp call costs more than the loop.
  static bool same(const char* a, const char* b, size_t n) noexcept {
    for (size_t i = 0; i < n; ++i) {
      if (a[i] != b[i])
        return false;
    }
    return true;
  }
  static constexpr size_t kBloomBits = 1 << 16;
  static constexpr unsigned kBloomWordBits = 10;  // log2(kBloomBits / 64)
  struct Slot {
    std::uint64_t head = 0;  // first eight bytes, zero-padded
    std::uint32_t len = 0;
    std::int32_t id = -1;
  };
  std::vector<Slot> slots_;          // only probed after the bloom said yes: never while empty
  std::vector<std::uint32_t> offs_;  // slot -> its word in pool_ (read for words over 8 bytes)
  std::array<std::uint64_t, kBloomBits / 64> bloom_{};
  std::string pool_;
  size_t mask_ = 0;
  unsigned shift_ = 60;  // 64 - log2(slot count)
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
