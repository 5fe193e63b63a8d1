#pragma once
// A compiled temporal language pack: vocabulary, lexicon trie, rules and the rule trie the matcher
// walks. Built by load_pack() from importers/lang/<code>/timex/; immutable afterwards.
#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/result.hpp"
#include "core/time_value.hpp"
#include "importers/timex/flat_table.hpp"
#include "importers/timex/value_template.hpp"

namespace causeline::timex {

/// Built-in numeric token classes, shared by every language (digits are universal).
enum class Builtin : std::int32_t { int_, year, yy, month, day, hour, minute, caps, count };
inline constexpr std::int32_t kBuiltinCount = static_cast<std::int32_t>(Builtin::count);
/// Names used in rules: #int (any digit run), #year (1000-2199), #yy (two digits, as a year),
/// #month (1-12), #day (1-31), #hour (0-24), #min (00-59), #caps (an all-capitals word: RTX, GPU).
inline constexpr std::array<std::string_view, kBuiltinCount> kBuiltinNames = {
    "int", "year", "yy", "month", "day", "hour", "min", "caps"};

/// Folded word -> id. Heterogeneous lookup so tagging does not allocate.
struct Vocabulary {
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept {
      return std::hash<std::string_view>{}(s);
    }
  };
  std::unordered_map<std::string, std::int32_t, Hash, std::equal_to<>> ids;

  std::int32_t find(std::string_view w) const noexcept {
    auto it = ids.find(w);
    return it == ids.end() ? -1 : it->second;
  }
  std::int32_t intern(std::string_view w) {
    auto it = ids.find(w);
    if (it != ids.end())
      return it->second;
    auto id = static_cast<std::int32_t>(ids.size());
    ids.emplace(std::string(w), id);
    return id;
  }
};

/// Trie over word ids holding every lexicon key of every class.
struct LexNode {
  struct Accept {
    std::int32_t cls;
    std::int32_t value;  // index into Pack::values
    bool capital;        // entry written with a leading '=': first letter must be upper case
  };
  std::unordered_map<std::int32_t, std::int32_t> next;
  std::vector<Accept> accept;
};

/// One pattern element after expansion: a literal word or a token class (built-in or lexicon).
struct Element {
  enum class Kind : std::uint8_t { literal, cls };
  Kind kind = Kind::literal;
  std::int32_t id = -1;   // word id or class id
  std::int8_t slot = -1;  // capture slot of the rule, -1 when not captured
};

/// A linear expansion of a rule pattern (alternatives and optionals are expanded at load time).
struct Sequence {
  std::int32_t rule = 0;
  std::vector<Element> elems;
  std::uint8_t span_begin = 0;  // elements before span_begin are context, not part of the mention
  std::uint8_t span_end = 0;
  std::vector<Element> neg_before;  // the token before the match must be none of these
  std::vector<Element> neg_after;   // the token after the match must be none of these
};

/// A rule as written in rules/*.rules.
struct Rule {
  std::string id;
  std::string type;  // DATE, TIME, DURATION, SET
  ValueTemplate value;
  ValueTemplate mod;  // a TIMEX3 mod name, or a capture such as {premod}
  std::vector<std::string> slots;
  std::string where;  // "file:line" for diagnostics
};

/// Trie over sequences: literal edges by word id, class edges by class id.
struct RuleNode {
  std::unordered_map<std::int32_t, std::int32_t> lit;
  std::vector<std::pair<std::int32_t, std::int32_t>> cls;  // sorted by class id
  std::vector<std::int32_t> cls_dense;  // class id -> child (-1), for nodes with many class edges
  std::vector<std::int32_t> accept;     // sequence indexes

  std::int32_t child_for_class(std::int32_t c) const noexcept {
    if (!cls_dense.empty())
      return cls_dense[static_cast<size_t>(c)];
    for (const auto& [k, child] : cls) {
      if (k == c)
        return child;
      if (k > c)
        break;
    }
    return -1;
  }
};

struct Pack {
  std::string lang;
  Vocabulary vocab;
  std::vector<std::string> class_names;  // builtins first ("#year"), then lexicon classes
  std::vector<std::string> values;       // lexicon values
  std::vector<LexNode> lex{1};
  size_t max_lex_len = 1;  // longest lexicon key in tokens
  std::vector<Rule> rules;
  std::vector<Sequence> seqs;
  std::vector<RuleNode> trie{1};
  std::int32_t signal_class = -1;       // lexicon "signal": words before a mention that set its mod
  std::int32_t signal_post_class = -1;  // lexicon "signal_post": the same, after the mention
  std::int32_t tense_class = -1;        // lexicon "tense": cue words giving past/present/future
  std::int32_t tense_prep_class = -1;   // lexicon "tense_prep": the same, only just before a date
  /// "tense" entries written "*ed": lower-case words ending so are cues too (value past/...).
  std::vector<std::pair<std::string, std::string>> tense_suffixes;

  // Frozen lookups the matcher uses (built by freeze() from the maps above).
  WordTable words;            // folded word -> id
  size_t max_word_bytes = 0;  // longest folded word of the vocabulary
  EdgeTable lex_edges;        // (lexicon node, word id) -> lexicon node
  EdgeTable rule_edges;       // (rule node, word id) -> rule node
  /// The rule trie as the matcher walks it: one small record per node, with its accepts and class
  /// edges in shared arrays, so a step reads contiguous memory instead of a node's own containers.
  struct FlatRuleNode {
    std::uint32_t accept_begin = 0, accept_end = 0;  // rule_accepts[begin, end)
    std::uint32_t cls_begin = 0, cls_end = 0;        // rule_cls[begin, end), sorted by class
    std::int32_t dense = -1;  // rule_cls_dense[dense + class] for nodes with many class edges
    bool lit = false;         // has literal edges (in rule_edges)
  };
  std::vector<FlatRuleNode> rule_nodes;
  std::vector<std::int32_t> rule_accepts;                       // sequence indexes
  std::vector<std::pair<std::int32_t, std::int32_t>> rule_cls;  // (class, child)
  std::vector<std::int32_t> rule_cls_dense;                     // class -> child (-1)
  std::int32_t rule_child_for_class(const FlatRuleNode& n, std::int32_t c) const noexcept {
    if (n.dense >= 0)
      return rule_cls_dense[static_cast<size_t>(n.dense + c)];
    for (std::uint32_t k = n.cls_begin; k < n.cls_end; ++k) {
      if (rule_cls[k].first == c)
        return rule_cls[k].second;
      if (rule_cls[k].first > c)
        break;
    }
    return -1;
  }
  std::array<std::int32_t, 128> ascii_punct_id{};  // id of each one-byte punctuation token
  std::vector<std::int32_t> lex_root;              // word id -> lexicon node under the root, or -1
  std::vector<std::uint8_t> lex_more;  // lexicon node -> 1 when longer keys continue from it
  struct FlatAccept {
    std::uint32_t value_off;  // the value is accept_values.substr(value_off, value_len)
    std::uint32_t value_len;
    std::int32_t cls;
    bool capital;
  };
  std::vector<FlatAccept> lex_accepts;          // every node's accepts, node after node
  std::vector<std::uint32_t> lex_accept_start;  // lexicon node -> first index in lex_accepts
  std::string accept_values;                    // the values of lex_accepts, end to end
  std::vector<std::int32_t> rule_root;          // word id -> rule node under the root, or -1
  std::vector<std::uint8_t> can_start;  // word id -> 1 when some rule may start at this word
  /// Every match ends with the last word of its rule's last element, at most start_reach tokens
  /// after the match's first word: a start with no such "final" word in reach needs no walk.
  std::vector<std::uint8_t> is_final;     // word id -> 1 when it can end a last element
  std::vector<std::uint8_t> start_reach;  // word id -> reach of the rules starting with it
  std::uint8_t number_reach = 0;          // the same for a digit run
  bool number_final = false;              // a digit run can end a last element
  bool caps_final = false;                // an all-capitals word can end a last element

  std::int32_t class_id(std::string_view name) const noexcept;
  /// Builds the flat tables and sorts class edges; called once loading is complete.
  void freeze();

 private:
  void freeze_finals();
};

/// Loads lang_root/<lang>/timex/: lexicon/*.tsv and rules/*.rules. Errors read "file:line: what".
Result<Pack> load_pack(const std::filesystem::path& lang_root, std::string_view lang);

}  // namespace causeline::timex
