// Loads a temporal language pack from lang/<code>/timex/:
//   lexicon/<class>.tsv   "key<TAB>value" lines; a key is a word or phrase, '=' in front of it
//                         means its first letter must be upper case in the text (=May); in
//                         tense.tsv, "*ed<TAB>past" makes every lower-case word ending in -ed a
//                         cue. Reserved classes: signal / signal_post (mod set by the words just
//                         before / after a date), tense (cues for resolving XXXX dates),
//                         tense_prep (tense cues that count only right before a date: "by")
//   rules/*.rules         "id<TAB>TYPE<TAB>value<TAB>mod<TAB>pattern" lines (see pattern.hpp and
//                         value_template.hpp); files are read in name order, earlier rules win ties
// Lines starting with '#' and blank lines are ignored; every error names the file and line.
#include <algorithm>
#include <cctype>
#include <fstream>

#include "importers/timex/pack.hpp"
#include "importers/timex/pattern.hpp"
#include "importers/timex/tokenizer.hpp"

namespace causeline::timex {
namespace fs = std::filesystem;

void Pack::freeze() {
  std::vector<std::pair<std::string, std::int32_t>> all(vocab.ids.begin(), vocab.ids.end());
  words.build(all);
  for (int c = 0; c < 128; ++c) {
    const char ch = static_cast<char>(c);
    ascii_punct_id[static_cast<size_t>(c)] = words.find(std::string_view(&ch, 1));
  }
  max_word_bytes = 0;
  for (const auto& [w, id] : all) max_word_bytes = std::max(max_word_bytes, w.size());
  std::vector<EdgeTable::Edge> edges;
  for (size_t n = 0; n < lex.size(); ++n) {
    for (auto [w, c] : lex[n].next) edges.push_back({static_cast<std::int32_t>(n), w, c});
  }
  lex_edges.build(edges);
  lex_more.assign(lex.size(), 0);
  for (size_t n = 0; n < lex.size(); ++n) lex_more[n] = lex[n].next.empty() ? 0 : 1;
  lex_accepts.clear();
  accept_values.clear();
  lex_accept_start.assign(lex.size() + 1, 0);
  for (size_t n = 0; n < lex.size(); ++n) {
    lex_accept_start[n] = static_cast<std::uint32_t>(lex_accepts.size());
    for (const auto& a : lex[n].accept) {
      const std::string& v = values[static_cast<size_t>(a.value)];
      lex_accepts.push_back({static_cast<std::uint32_t>(accept_values.size()),
                             static_cast<std::uint32_t>(v.size()), a.cls, a.capital});
      accept_values += v;
    }
  }
  lex_accept_start[lex.size()] = static_cast<std::uint32_t>(lex_accepts.size());
  lex_root.assign(vocab.ids.size(), -1);
  for (auto [w, c] : lex[0].next) lex_root[static_cast<size_t>(w)] = c;
  edges.clear();
  for (size_t n = 0; n < trie.size(); ++n) {
    for (auto [w, c] : trie[n].lit) edges.push_back({static_cast<std::int32_t>(n), w, c});
    std::sort(trie[n].cls.begin(), trie[n].cls.end());
    if (trie[n].cls.size() > 4) {
      trie[n].cls_dense.assign(class_names.size(), -1);
      for (auto [c, child] : trie[n].cls) trie[n].cls_dense[static_cast<size_t>(c)] = child;
    }
  }
  rule_edges.build(edges);
  rule_nodes.assign(trie.size(), FlatRuleNode{});
  rule_accepts.clear();
  rule_cls.clear();
  rule_cls_dense.clear();
  for (size_t n = 0; n < trie.size(); ++n) {
    FlatRuleNode& f = rule_nodes[n];
    f.accept_begin = static_cast<std::uint32_t>(rule_accepts.size());
    rule_accepts.insert(rule_accepts.end(), trie[n].accept.begin(), trie[n].accept.end());
    f.accept_end = static_cast<std::uint32_t>(rule_accepts.size());
    f.cls_begin = static_cast<std::uint32_t>(rule_cls.size());
    rule_cls.insert(rule_cls.end(), trie[n].cls.begin(), trie[n].cls.end());
    f.cls_end = static_cast<std::uint32_t>(rule_cls.size());
    if (!trie[n].cls_dense.empty()) {
      f.dense = static_cast<std::int32_t>(rule_cls_dense.size());
      rule_cls_dense.insert(rule_cls_dense.end(), trie[n].cls_dense.begin(),
                            trie[n].cls_dense.end());
    }
    f.lit = !trie[n].lit.empty();
  }
  rule_root.assign(vocab.ids.size(), -1);
  for (auto [w, c] : trie[0].lit) rule_root[static_cast<size_t>(w)] = c;
  // A word can start a match when a rule starts with it, or with a class one of its lexicon
  // entries (whose first word it is) belongs to.
  can_start.assign(vocab.ids.size(), 0);
  for (auto [w, c] : trie[0].lit) can_start[static_cast<size_t>(w)] = 1;
  std::vector<std::int32_t> stack;
  for (auto [w, first] : lex[0].next) {
    stack.assign(1, first);
    while (!stack.empty() && !can_start[static_cast<size_t>(w)]) {
      const LexNode& n = lex[static_cast<size_t>(stack.back())];
      stack.pop_back();
      for (const auto& a : n.accept) {
        if (trie[0].child_for_class(a.cls) >= 0)
          can_start[static_cast<size_t>(w)] = 1;
      }
      for (auto [w2, c2] : n.next) stack.push_back(c2);
    }
  }
  freeze_finals();
}

void Pack::freeze_finals() {
  // Longest key (in tokens) of each lexicon class, the classes each word can begin, and the classes
  // each word can end (the last word that is not punctuation: "jan ." ends at "jan", since "." is
  // everywhere; it is still within the reach below, which runs to the element's last token).
  std::vector<std::uint32_t> class_len(class_names.size(), 1);
  std::vector<std::vector<std::int32_t>> begins(vocab.ids.size());
  std::vector<std::vector<std::int32_t>> ends(vocab.ids.size());
  struct Visit {
    std::int32_t node;
    std::uint32_t depth;
    std::int32_t word;  // the last word up to node that is not punctuation
  };
  std::vector<std::uint8_t> is_punct(vocab.ids.size(), 0);
  for (const auto& [text, id] : vocab.ids) {
    is_punct[static_cast<size_t>(id)] =
        text.size() == 1 && !std::isalnum(static_cast<unsigned char>(text[0]));
  }
  auto punct = [&](std::int32_t w) { return is_punct[static_cast<size_t>(w)] != 0; };
  std::vector<Visit> stack;
  for (auto [w, first] : lex[0].next) {
    stack.assign(1, {first, 1, w});
    while (!stack.empty()) {
      const Visit v = stack.back();
      stack.pop_back();
      const LexNode& n = lex[static_cast<size_t>(v.node)];
      for (const auto& a : n.accept) {
        class_len[static_cast<size_t>(a.cls)] =
            std::max(class_len[static_cast<size_t>(a.cls)], v.depth);
        begins[static_cast<size_t>(w)].push_back(a.cls);
        ends[static_cast<size_t>(v.word)].push_back(a.cls);
      }
      for (auto [w2, c2] : n.next) stack.push_back({c2, v.depth + 1, punct(w2) ? v.word : w2});
    }
  }
  std::vector<std::uint8_t> final_class(class_names.size(), 0);
  std::vector<std::uint32_t> class_reach(class_names.size(), 0);
  is_final.assign(vocab.ids.size(), 0);
  start_reach.assign(vocab.ids.size(), 0);
  number_reach = 0;
  number_final = false;
  caps_final = false;
  auto widen = [](std::uint8_t& r, std::uint32_t reach) {
    r = static_cast<std::uint8_t>(std::max<std::uint32_t>(r, std::min<std::uint32_t>(reach, 255)));
  };
  for (const Sequence& seq : seqs) {
    if (seq.elems.empty())
      continue;
    // Tokens from the first word to the last word of the longest match.
    std::uint32_t reach = 0;
    for (size_t k = 0; k < seq.elems.size(); ++k) {
      const Element& e = seq.elems[k];
      reach += e.kind == Element::Kind::literal || e.id < kBuiltinCount
                   ? 1
                   : class_len[static_cast<size_t>(e.id)];
    }
    reach -= 1;
    const Element& first = seq.elems.front();
    if (first.kind == Element::Kind::literal) {
      widen(start_reach[static_cast<size_t>(first.id)], reach);
    } else if (first.id < kBuiltinCount) {
      widen(number_reach, reach);
    } else {
      class_reach[static_cast<size_t>(first.id)] =
          std::max(class_reach[static_cast<size_t>(first.id)], reach);
    }
    const Element& last = seq.elems.back();
    if (last.kind == Element::Kind::literal) {
      is_final[static_cast<size_t>(last.id)] = 1;
    } else if (last.id == static_cast<std::int32_t>(Builtin::caps)) {
      caps_final = true;
    } else if (last.id < kBuiltinCount) {
      number_final = true;
    } else {
      final_class[static_cast<size_t>(last.id)] = 1;
    }
  }
  for (size_t w = 0; w < begins.size(); ++w) {
    for (std::int32_t c : begins[w]) widen(start_reach[w], class_reach[static_cast<size_t>(c)]);
    for (std::int32_t c : ends[w]) {
      if (final_class[static_cast<size_t>(c)])
        is_final[w] = 1;
    }
  }
}

std::int32_t Pack::class_id(std::string_view name) const noexcept {
  for (size_t i = 0; i < class_names.size(); ++i) {
    if (class_names[i] == name)
      return static_cast<std::int32_t>(i);
  }
  return -1;
}

namespace {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < line.size()) {
    size_t j = line.find('\t', i);
    if (j == std::string_view::npos)
      j = line.size();
    out.push_back(line.substr(i, j - i));
    while (j < line.size() && line[j] == '\t') ++j;
    i = j;
  }
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  return s;
}

Result<std::vector<fs::path>> files_in(const fs::path& dir, std::string_view ext) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    return Error{dir.string() + ": missing directory"};
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.is_regular_file() && e.path().extension() == ext)
      out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  if (out.empty())
    return Error{dir.string() + ": no *" + std::string(ext) + " file"};
  return out;
}

// Reads a file line by line; calls f(line, number) and stops at the first error.
template <class F>
Result<bool> each_line(const fs::path& p, F&& f) {
  std::ifstream in(p, std::ios::binary);
  if (!in)
    return Error{p.string() + ": cannot read"};
  std::string line;
  size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    std::string_view l = trim(line);
    if (l.empty() || l[0] == '#')
      continue;
    if (auto err = f(l, n); !err.empty()) {
      return Error{p.string() + ":" + std::to_string(n) + ": " + err};
    }
  }
  return true;
}

std::string add_lexicon_entry(Pack& pack, std::int32_t cls, std::string_view line) {
  auto cols = split_tabs(line);
  if (cols.size() > 2)
    return "expected 'key<TAB>value'";
  std::string_view key = trim(cols[0]);
  if (!key.empty() && key[0] == '*' && pack.class_names[static_cast<size_t>(cls)] == "tense") {
    if (cols.size() < 2 || key.size() < 2)
      return "expected '*suffix<TAB>tense'";
    pack.tense_suffixes.emplace_back(std::string(key.substr(1)), std::string(trim(cols[1])));
    return {};
  }
  bool capital = !key.empty() && key[0] == '=';
  if (capital)
    key.remove_prefix(1);
  auto words = folded_tokens(key);
  if (words.empty())
    return "empty key";
  pack.max_lex_len = std::max(pack.max_lex_len, words.size());
  std::int32_t node = 0;
  for (const std::string& w : words) {
    std::int32_t id = pack.vocab.intern(w);
    auto it = pack.lex[node].next.find(id);
    if (it == pack.lex[node].next.end()) {
      pack.lex.emplace_back();
      auto child = static_cast<std::int32_t>(pack.lex.size() - 1);
      pack.lex[node].next.emplace(id, child);
      node = child;
    } else {
      node = it->second;
    }
  }
  for (const auto& a : pack.lex[node].accept) {
    if (a.cls == cls)
      return "duplicate key '" + std::string(key) + "'";
  }
  pack.values.emplace_back(cols.size() > 1 ? trim(cols[1]) : std::string_view{});
  pack.lex[node].accept.push_back(
      {cls, static_cast<std::int32_t>(pack.values.size() - 1), capital});
  return {};
}

void insert_sequence(Pack& pack, std::int32_t seq_index) {
  const Sequence& s = pack.seqs[static_cast<size_t>(seq_index)];
  std::int32_t node = 0;
  for (const Element& e : s.elems) {
    std::int32_t child = -1;
    if (e.kind == Element::Kind::literal) {
      auto it = pack.trie[node].lit.find(e.id);
      if (it != pack.trie[node].lit.end())
        child = it->second;
    } else {
      for (auto [cls, c] : pack.trie[node].cls) {
        if (cls == e.id)
          child = c;
      }
    }
    if (child < 0) {
      pack.trie.emplace_back();
      child = static_cast<std::int32_t>(pack.trie.size() - 1);
      if (e.kind == Element::Kind::literal) {
        pack.trie[node].lit.emplace(e.id, child);
      } else {
        pack.trie[node].cls.emplace_back(e.id, child);
      }
    }
    node = child;
  }
  pack.trie[node].accept.push_back(seq_index);
}

std::string add_rule(Pack& pack, std::string_view line, std::string where) {
  auto cols = split_tabs(line);
  if (cols.size() != 5)
    return "expected 'id<TAB>TYPE<TAB>value<TAB>mod<TAB>pattern'";
  Rule rule;
  rule.id = std::string(trim(cols[0]));
  rule.type = std::string(trim(cols[1]));
  rule.where = std::move(where);
  if (rule.type != "DATE" && rule.type != "TIME" && rule.type != "DURATION" && rule.type != "SET") {
    return "unknown type '" + rule.type + "'";
  }
  auto index = static_cast<std::int32_t>(pack.rules.size());
  auto seqs = compile_pattern(trim(cols[4]), index, pack, rule.slots);
  if (!seqs)
    return "pattern: " + seqs.error().message;
  auto slot_of = [&](std::string_view name) {
    for (size_t i = 0; i < rule.slots.size(); ++i) {
      if (rule.slots[i] == name)
        return static_cast<int>(i);
    }
    return -1;
  };
  auto value = ValueTemplate::compile(trim(cols[2]), slot_of);
  if (!value)
    return "value: " + value.error().message;
  rule.value = std::move(*value);
  std::string_view mod = trim(cols[3]);
  if (mod != "-") {
    if (mod.find('{') == std::string_view::npos && mod_from_string(mod) == TimeMod::none) {
      return "unknown mod '" + std::string(mod) + "'";
    }
    auto m = ValueTemplate::compile(mod, slot_of);
    if (!m)
      return "mod: " + m.error().message;
    rule.mod = std::move(*m);
  }
  pack.rules.push_back(std::move(rule));
  for (Sequence& s : *seqs) {
    pack.seqs.push_back(std::move(s));
    insert_sequence(pack, static_cast<std::int32_t>(pack.seqs.size() - 1));
  }
  return {};
}

}  // namespace

Result<Pack> load_pack(const fs::path& lang_root, std::string_view lang) {
  Pack pack;
  pack.lang = std::string(lang);
  const fs::path dir = lang_root / std::string(lang) / "timex";
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    return Error{dir.string() + ": no temporal pack for '" + pack.lang + "'"};
  // Appended rather than '"#" + std::string(b)', which draws GCC 12's false -Wrestrict (PR 105329).
  for (std::string_view b : kBuiltinNames) pack.class_names.push_back(std::string("#").append(b));

  auto lexicons = files_in(dir / "lexicon", ".tsv");
  if (!lexicons)
    return Error{lexicons.error()};
  for (const fs::path& p : *lexicons) pack.class_names.push_back(p.stem().string());
  for (const fs::path& p : *lexicons) {
    std::int32_t cls = pack.class_id(p.stem().string());
    auto r =
        each_line(p, [&](std::string_view l, size_t) { return add_lexicon_entry(pack, cls, l); });
    if (!r)
      return Error{r.error()};
  }
  pack.signal_class = pack.class_id("signal");
  pack.signal_post_class = pack.class_id("signal_post");
  pack.tense_class = pack.class_id("tense");
  pack.tense_prep_class = pack.class_id("tense_prep");

  auto rule_files = files_in(dir / "rules", ".rules");
  if (!rule_files)
    return Error{rule_files.error()};
  for (const fs::path& p : *rule_files) {
    auto r = each_line(p, [&](std::string_view l, size_t n) {
      return add_rule(pack, l, p.filename().string() + ":" + std::to_string(n));
    });
    if (!r)
      return Error{r.error()};
  }
  pack.freeze();
  return pack;
}

}  // namespace causeline::timex
