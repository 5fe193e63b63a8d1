#pragma once
// Phase one: finds rule matches over the token stream of a text and keeps the best
// non-overlapping ones (longest span first, then earlier rule). Linear in the text length:
// every pattern matches a bounded number of tokens and tokens unknown to the pack end the walk.
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "importers/timex/draft.hpp"
#include "importers/timex/flat_table.hpp"
#include "importers/timex/pack.hpp"

namespace causeline::timex {

/// Lookups derived once from a pack that let the matcher skip most rule starts with a look at the
/// next token: after a start word, only some words (or digit runs, or capitals) can continue any
/// rule, unless a rule may already end with the start word itself.
class MatchIndex {
 public:
  explicit MatchIndex(const Pack& pack);

  /// False when no rule can match from the start word `start` (a word id) given the token after
  /// it (next_id: its word id or -1; next_number: a digit run; next_capital: upper-case first).
  bool may_continue(std::int32_t start, std::int32_t next_id, bool next_number,
                    bool next_capital) const noexcept {
    return check(follow_[static_cast<size_t>(start)], start, next_id, next_number, next_capital);
  }
  /// The same for a start that is a digit run unknown to the vocabulary.
  bool number_may_continue(std::string_view digits, std::int32_t next_id, bool next_number,
                           bool next_capital) const noexcept {
    const std::uint32_t mask = builtin_mask(digits);
    return check(number_follow_[mask], -2 - static_cast<std::int32_t>(mask), next_id, next_number,
                 next_capital);
  }
  /// What a token is to the matcher, from its word id (-1: unknown) or from its being a digit run:
  /// a possible rule start, a possible end of a match, or such an end when it is capitalized.
  static constexpr std::uint8_t kStart = 1, kFinal = 2, kFinalIfCapital = 4;
  std::uint8_t role(std::int32_t id) const noexcept { return roles_[static_cast<size_t>(id + 1)]; }
  std::uint8_t number_role() const noexcept { return number_role_; }

  /// Bit per built-in numeric class (#int ... #min) the digit run belongs to.
  static std::uint32_t builtin_mask(std::string_view digits) noexcept;

  /// False when the token can give no hit that rule node `node` has a class edge for: a word
  /// (id, -1 when unknown) none of whose lexicon classes the node takes, while the node takes no
  /// built-in class (digit runs, all-capitals words). The walk then skips the token's hits.
  bool node_may_take(std::int32_t node, std::int32_t id) const noexcept {
    if (wide_)
      return true;
    const NodeClasses& c = node_classes_[static_cast<size_t>(node)];
    if (c.builtin)
      return true;
    return id >= 0 && (begins_[static_cast<size_t>(id)] & c.lexicon) != 0;
  }

  /// False when no lexicon entry of class cls (>= 0) begins with the word `id` (-1: no word), so
  /// the token holds no hit of that class. Always true for the built-in classes.
  bool may_begin(std::int32_t id, std::int32_t cls) const noexcept {
    if (cls < kBuiltinCount || wide_)
      return true;
    return id >= 0 && (begins_[static_cast<size_t>(id)] >> static_cast<unsigned>(cls)) & 1;
  }

 private:
  struct Follow {
    std::uint64_t classes = 0;  // lexicon classes (bit per class id) the next token may begin
    bool always = true;         // a match may end at the start word, or the index cannot tell
    bool number = false;        // a digit run may follow
    bool capital = false;       // an all-capitals word may follow
  };
  bool check(const Follow& f, std::int32_t key, std::int32_t next_id, bool next_number,
             bool next_capital) const noexcept {
    if (f.always || (next_number && f.number) || (f.capital && next_capital))
      return true;
    if (next_id < 0)
      return false;
    return (f.classes & begins_[static_cast<size_t>(next_id)]) != 0 ||
           (follows_some_[static_cast<size_t>(next_id)] && pairs_.find(key, next_id) >= 0);
  }
  void add_follow(const Pack& pack, const std::vector<std::int32_t>& nodes, std::int32_t key,
                  Follow& f, std::vector<EdgeTable::Edge>& pairs) const;
  static constexpr std::uint32_t kNumberMasks = 1u << 7;  // #int .. #min
  struct NodeClasses {
    std::uint64_t lexicon = 0;  // lexicon classes (bit per class id) of the node's class edges
    bool builtin = false;       // the node has a class edge for a built-in class
  };
  std::vector<NodeClasses> node_classes_;           // rule node -> its class edges
  std::vector<Follow> follow_;                      // start word id -> what may follow it
  std::array<Follow, kNumberMasks> number_follow_;  // builtin_mask -> what may follow
  std::vector<std::uint64_t> begins_;  // word id -> classes having an entry that begins with it
  EdgeTable pairs_;                    // (start word id, next word id) -> 0 when allowed
  std::vector<std::uint8_t> follows_some_;  // word id -> 1 when it is the next word of some pair
  std::vector<std::uint8_t> roles_;         // word id + 1 -> role bits (0: unknown words)
  std::uint8_t number_role_ = kStart;
  bool wide_ = false;  // more than 64 classes: begins_ is not filled
};

/// Tags text with pack; mentions are sorted by begin and do not overlap. index is built from pack.
std::vector<Mention> find_mentions(const Pack& pack, const MatchIndex& index,
                                   std::string_view text);

/// The same, building the index on the spot (for one-off use).
std::vector<Mention> find_mentions(const Pack& pack, std::string_view text);

}  // namespace causeline::timex
