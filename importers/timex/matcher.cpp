#include "importers/timex/matcher.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <optional>
#include <span>

#include "importers/timex/tokenizer.hpp"

namespace causeline::timex {
namespace {

constexpr size_t kMaxSlots = 8;
constexpr int kTenseWindow = 6;
constexpr std::uint32_t kFarTenseWindow = 12;

constexpr std::uint32_t kNoHit = 0xFFFFFFFFu;

struct Token {
  RawToken raw;
  std::int32_t id = -1;
  // The token's hits, hits_[hit_first, hit_end), computed on first use (kNoHit: not yet).
  mutable std::uint32_t hit_first = kNoHit;
  mutable std::uint32_t hit_end = 0;
};

struct Hit {
  std::int32_t cls;
  std::uint32_t len;  // tokens
  std::string_view value;
};

struct Candidate {
  std::uint32_t tb = 0;  // span tokens [tb, te)
  std::uint32_t te = 0;
  std::uint32_t bytes = 0;
  std::uint32_t matched = 0;  // tokens matched including context: more evidence wins ties
  std::int32_t seq = -1;
  std::int32_t rule = -1;
  std::array<std::uint32_t, kMaxSlots> caps;  // hit index per capture slot, kNoHit when absent
};

// "00".."99" and "1900".."2099" as static text, so numeric captures never allocate.
struct NumberText {
  std::array<char, 200> pad2{};
  std::array<char, 800> years{};
  NumberText() {
    for (int i = 0; i < 100; ++i) {
      pad2[2 * i] = static_cast<char>('0' + i / 10);
      pad2[2 * i + 1] = static_cast<char>('0' + i % 10);
      int y = i < 30 ? 2000 + i : 1900 + i;
      for (int k = 3; k >= 0; --k, y /= 10) years[4 * i + k] = static_cast<char>('0' + y % 10);
    }
  }
  std::string_view two(int i) const { return {pad2.data() + 2 * i, 2}; }
  std::string_view year_of(int yy) const { return {years.data() + 4 * yy, 4}; }
};
const NumberText kNumbers;

// Only weekdays ("wd") and dates without a year ("XXXX-") are resolved with the tense. One pass
// over the short value instead of two searches.
bool resolved_with_tense(std::string_view v) {
  for (size_t i = 0; i + 1 < v.size(); ++i) {
    if ((v[i] == 'w' && v[i + 1] == 'd') || (v[i] == 'X' && v.substr(i, 5) == "XXXX-"))
      return true;
  }
  return false;
}

bool alnum(const Token& t) {
  return t.raw.kind == TokenKind::word || t.raw.kind == TokenKind::number;
}

// Buffers reused from one text to the next on the same thread, so tagging does not allocate.
struct Scratch {
  std::vector<Token> tokens;  // storage: one slot per byte of the longest text so far
  std::vector<Hit> hits;
  std::vector<std::uint32_t> starts;
  std::vector<std::uint32_t> finals;
  std::vector<Candidate> candidates;
  std::vector<const Candidate*> order;
  std::vector<std::uint8_t> taken;
};

class Matcher {
 public:
  Matcher(const Pack& pack, const MatchIndex& index, std::string_view text, Scratch& scratch)
      : pack_(pack),
        index_(index),
        text_(text),
        token_store_(scratch.tokens),
        hits_(scratch.hits),
        starts_(scratch.starts),
        finals_(scratch.finals),
        candidates_(scratch.candidates),
        order_(scratch.order),
        taken_(scratch.taken) {
    hits_.clear();
    starts_.clear();
    finals_.clear();
    candidates_.clear();
    order_.clear();
  }

  std::vector<Mention> run() {
    tokenize();
    // Hits are computed on first use: most tokens are never looked at by any rule.
    hits_.reserve(tokens_.size() + 16);
    // A start (one the token after it can continue) is walked only when some final token lies
    // within reach of it.
    size_t f = 0;
    for (std::uint32_t i : starts_) {
      while (f < finals_.size() && finals_[f] < i) ++f;
      if (f == finals_.size())
        break;
      const Token& t = tokens_[i];
      const std::uint32_t reach = t.raw.kind == TokenKind::number
                                      ? pack_.number_reach
                                      : pack_.start_reach[static_cast<size_t>(t.id)];
      if (finals_[f] - i > reach)
        continue;
      match_at(i);
    }
    return select();
  }

 private:
  // Flattened: with the tokenizer and the lookups inlined here, its state stays in registers.
  [[gnu::flatten]] void tokenize() {
    // A token takes at least one byte, so the store needs no check per token.
    if (token_store_.size() < text_.size() + 1)
      token_store_.resize(text_.size() + 1);
    Token* const first = token_store_.data();
    Token* out = first;  // the next token's slot
    // A start is kept only when the token after it can continue one of its rules, which the next
    // token tells: the last token is that start, pending until then.
    bool pending = false;
    auto confirm = [&](std::int32_t next_id, bool next_number, bool next_capital) {
      const Token& start = out[-1];
      bool may = true;  // a number the vocabulary knows is always walked
      if (start.raw.kind != TokenKind::number) {
        may = index_.may_continue(start.id, next_id, next_number, next_capital);
      } else if (start.id < 0) {
        const std::string_view digits =
            text_.substr(start.raw.begin, start.raw.end - start.raw.begin);
        may = index_.number_may_continue(digits, next_id, next_number, next_capital);
      }
      if (may)
        starts_.push_back(static_cast<std::uint32_t>(out - first - 1));
    };
    const WordTable& words = pack_.words;
    const MatchIndex& index = index_;
    for_each_token(
        text_,
        [&](const RawToken& t, std::string_view folded, std::uint64_t hash, bool padded) {
          std::int32_t id = -1;
          if (padded) {
            id = words.find_padded(folded.data(), folded.size(), hash);
          } else if (t.kind == TokenKind::punct && folded.size() == 1 &&
                     static_cast<unsigned char>(folded[0]) < 0x80) {
            id = pack_.ascii_punct_id[static_cast<unsigned char>(folded[0])];
          } else if (!folded.empty()) {
            id = words.find(folded, hash);
          }
          // Only numbers and words some rule can start with are worth a walk.
          const std::uint8_t role =
              t.kind == TokenKind::number ? index.number_role() : index.role(id);
          if (pending)
            confirm(id, t.kind == TokenKind::number, t.capital);
          pending = (role & MatchIndex::kStart) != 0;
          if ((role & MatchIndex::kFinal) || ((role & MatchIndex::kFinalIfCapital) && t.capital))
            finals_.push_back(static_cast<std::uint32_t>(out - first));
          // Field by field: copying the token whole would pack its four flag bytes first.
          Token& tok = *out++;
          tok.raw.begin = t.begin;
          tok.raw.end = t.end;
          tok.raw.kind = t.kind;
          tok.raw.glued = t.glued;
          tok.raw.capital = t.capital;
          tok.raw.newline = t.newline;
          tok.id = id;
          tok.hit_first = kNoHit;
        },
        pack_.max_word_bytes);
    if (pending)
      confirm(-1, false, false);
    tokens_ = std::span<const Token>(first, static_cast<size_t>(out - first));
  }

  void add_builtins(std::uint32_t i) const {
    const Token& t = tokens_[i];
    std::string_view d = text_.substr(t.raw.begin, t.raw.end - t.raw.begin);
    auto add = [&](Builtin b, std::string_view v) {
      hits_.push_back(Hit{static_cast<std::int32_t>(b), 1, v});
    };
    if (d.size() <= 9) {
      size_t z = 0;
      while (z + 1 < d.size() && d[z] == '0') ++z;
      add(Builtin::int_, d.substr(z));
    }
    if (d.size() > 4)
      return;
    int v = 0;
    for (char c : d) v = v * 10 + (c - '0');
    if (d.size() == 4 && v >= 1000 && v <= 2199)
      add(Builtin::year, d);
    if (d.size() == 2)
      add(Builtin::yy, kNumbers.year_of(v));
    if (d.size() <= 2) {
      if (v >= 1 && v <= 12)
        add(Builtin::month, kNumbers.two(v));
      if (v >= 1 && v <= 31)
        add(Builtin::day, kNumbers.two(v));
      if (v <= 24)
        add(Builtin::hour, kNumbers.two(v));
      if (d.size() == 2 && v <= 59)
        add(Builtin::minute, d);
    }
  }

  /// The lexicon and built-in hits starting at token i, as a range of hits_ (computed once).
  std::pair<std::uint32_t, std::uint32_t> hits_at(std::uint32_t i) const {
    if (i >= tokens_.size())
      return {0, 0};
    const Token& t = tokens_[i];
    if (t.hit_first != kNoHit)
      return {t.hit_first, t.hit_end};
    return add_hits(i);
  }

  // The first look at token i: the cached case above stays small enough to inline.
  [[gnu::noinline]] std::pair<std::uint32_t, std::uint32_t> add_hits(std::uint32_t i) const {
    const Token& t = tokens_[i];
    t.hit_first = static_cast<std::uint32_t>(hits_.size());
    if (t.raw.kind == TokenKind::number)
      add_builtins(i);
    if (t.raw.kind == TokenKind::word && all_caps(i))
      hits_.push_back(Hit{static_cast<std::int32_t>(Builtin::caps), 1, {}});
    std::int32_t node = t.id < 0 ? -1 : pack_.lex_root[static_cast<size_t>(t.id)];
    for (std::uint32_t k = i; node >= 0;) {
      for (std::uint32_t a = pack_.lex_accept_start[static_cast<size_t>(node)];
           a < pack_.lex_accept_start[static_cast<size_t>(node) + 1]; ++a) {
        const Pack::FlatAccept& acc = pack_.lex_accepts[a];
        if (acc.capital && !t.raw.capital)
          continue;
        hits_.push_back(
            Hit{acc.cls, k - i + 1,
                std::string_view(pack_.accept_values).substr(acc.value_off, acc.value_len)});
      }
      if (!pack_.lex_more[static_cast<size_t>(node)] || ++k >= tokens_.size() ||
          tokens_[k].id < 0) {
        break;
      }
      node = pack_.lex_edges.find(node, tokens_[k].id);
    }
    t.hit_end = static_cast<std::uint32_t>(hits_.size());
    return {t.hit_first, t.hit_end};
  }

  bool all_caps(std::uint32_t i) const {
    const Token& t = tokens_[i];
    if (!t.raw.capital || t.raw.end - t.raw.begin < 2)
      return false;
    for (std::uint32_t k = t.raw.begin; k < t.raw.end; ++k) {
      char c = text_[k];
      if (c >= 'a' && c <= 'z')
        return false;
    }
    return true;
  }

  // True when e matches text ending exactly at token `end` (for negative context before a match).
  bool element_before(const Element& e, std::uint32_t end) const {
    if (end == 0)
      return false;
    if (e.kind == Element::Kind::literal)
      return tokens_[end - 1].id == e.id;
    std::uint32_t from =
        end > pack_.max_lex_len ? end - static_cast<std::uint32_t>(pack_.max_lex_len) : 0;
    for (std::uint32_t j = from; j < end; ++j) {
      if (!index_.may_begin(tokens_[j].id, e.id))
        continue;
      for (auto [h, h_end] = hits_at(j); h < h_end; ++h) {
        if (hits_[h].cls == e.id && j + hits_[h].len == end)
          return true;
      }
    }
    return false;
  }

  bool element_at(const Element& e, std::uint32_t pos) const {
    if (pos >= tokens_.size())
      return false;
    if (e.kind == Element::Kind::literal)
      return tokens_[pos].id == e.id;
    if (!index_.may_begin(tokens_[pos].id, e.id))
      return false;
    for (auto [h, h_end] = hits_at(pos); h < h_end; ++h) {
      if (hits_[h].cls == e.id)
        return true;
    }
    return false;
  }

  // The match [b, e) must not cut a word or number in two (CJK text has no such boundaries).
  bool on_boundaries(std::uint32_t b, std::uint32_t e) const {
    if (b > 0 && tokens_[b].raw.glued && alnum(tokens_[b]) && alnum(tokens_[b - 1]))
      return false;
    if (e < tokens_.size() && tokens_[e].raw.glued && alnum(tokens_[e]) && alnum(tokens_[e - 1])) {
      return false;
    }
    return true;
  }

  struct Step {
    std::uint32_t b, e;
    std::uint32_t hit;  // kNoHit for a literal
  };

  void accept(std::int32_t seq_index, std::uint32_t start, std::uint32_t pos) {
    const Sequence& s = pack_.seqs[static_cast<size_t>(seq_index)];
    if (!on_boundaries(start, pos))
      return;
    for (const Element& e : s.neg_before) {
      if (element_before(e, start))
        return;
    }
    for (const Element& e : s.neg_after) {
      if (element_at(e, pos))
        return;
    }
    Candidate c;
    c.caps.fill(kNoHit);
    c.tb = steps_[s.span_begin].b;
    c.te = steps_[s.span_end - 1].e;
    c.bytes = tokens_[c.te - 1].raw.end - tokens_[c.tb].raw.begin;
    c.matched = pos - start;
    c.seq = seq_index;
    c.rule = s.rule;
    for (size_t k = 0; k < s.elems.size(); ++k) {
      if (s.elems[k].slot >= 0)
        c.caps[static_cast<size_t>(s.elems[k].slot)] = steps_[k].hit;
    }
    // The best match for each span begin: a rule whose span starts after leading context ("May 3
    // to [5, 2025]") can add a mention beside the one starting at the first word.
    for (size_t k = 0; k < n_best_; ++k) {
      if (best_[k].tb == c.tb) {
        if (better(c, best_[k]))
          best_[k] = c;
        return;
      }
    }
    if (n_best_ < best_.size())
      best_[n_best_++] = c;
  }

  static bool better(const Candidate& a, const Candidate& b) {
    if (a.bytes != b.bytes)
      return a.bytes > b.bytes;
    if (a.matched != b.matched)
      return a.matched > b.matched;
    if (a.rule != b.rule)
      return a.rule < b.rule;
    return a.seq < b.seq;
  }

  void walk(std::int32_t node, std::uint32_t start, std::uint32_t pos, size_t depth) {
    const Pack::FlatRuleNode& n = pack_.rule_nodes[static_cast<size_t>(node)];
    for (std::uint32_t a = n.accept_begin; a < n.accept_end; ++a)
      accept(pack_.rule_accepts[a], start, pos);
    if (pos >= tokens_.size() || depth >= steps_.size())
      return;
    if (n.lit && tokens_[pos].id >= 0) {
      std::int32_t child = node == 0 ? pack_.rule_root[static_cast<size_t>(tokens_[pos].id)]
                                     : pack_.rule_edges.find(node, tokens_[pos].id);
      if (child >= 0) {
        steps_[depth] = Step{pos, pos + 1, kNoHit};
        walk(child, start, pos + 1, depth + 1);
      }
    }
    if (n.cls_begin == n.cls_end || !index_.node_may_take(node, tokens_[pos].id))
      return;
    for (auto [h, h_end] = hits_at(pos); h < h_end; ++h) {
      const Hit& hit = hits_[h];
      const std::int32_t child = pack_.rule_child_for_class(n, hit.cls);
      if (child < 0)
        continue;
      steps_[depth] = Step{pos, pos + hit.len, h};
      walk(child, start, pos + hit.len, depth + 1);
    }
  }

  void match_at(std::uint32_t i) {
    n_best_ = 0;
    walk(0, i, i, 0);
    for (size_t k = 0; k < n_best_; ++k) candidates_.push_back(best_[k]);
  }

  Tense tense_near(std::uint32_t tb, std::uint32_t te) const {
    if (pack_.tense_class < 0)
      return Tense::unknown;
    auto tense_of = [](std::string_view v) {
      if (v == "past")
        return Tense::past;
      if (v == "future")
        return Tense::future;
      if (v == "present")
        return Tense::present;
      return Tense::unknown;
    };
    auto cue_at = [&](std::uint32_t pos) -> Tense {
      if (!index_.may_begin(tokens_[pos].id, pack_.tense_class))
        return Tense::unknown;
      const Hit* cue = nullptr;  // the longest cue wins: "is to" (future) over "is"
      for (auto [h, h_end] = hits_at(pos); h < h_end; ++h) {
        if (hits_[h].cls == pack_.tense_class && (!cue || hits_[h].len > cue->len))
          cue = &hits_[h];
      }
      return cue ? tense_of(cue->value) : Tense::unknown;
    };
    // Word endings ("*ed") are weaker evidence than cue words: "will succeed ... Feb. 1".
    auto suffix_at = [&](std::uint32_t pos) -> Tense {
      const Token& t = tokens_[pos];
      if (t.raw.kind != TokenKind::word || t.raw.capital || pack_.tense_suffixes.empty()) {
        return Tense::unknown;
      }
      std::string_view word = text_.substr(t.raw.begin, t.raw.end - t.raw.begin);
      for (const auto& [suffix, tense] : pack_.tense_suffixes) {
        if (word.size() >= suffix.size() + 2 &&
            word.compare(word.size() - suffix.size(), suffix.size(), suffix) == 0) {
          return tense_of(tense);
        }
      }
      return Tense::unknown;
    };
    auto stops = [&](std::uint32_t pos) {
      const Token& t = tokens_[pos];
      if (t.raw.kind != TokenKind::punct)
        return false;
      char c = text_[t.raw.begin];
      if (c == '.' && pos > 0 && pos + 1 < tokens_.size()) {
        // "P. Davison", "U.S. officials", "Feb. 1": an abbreviation, not a sentence end
        const Token& prev = tokens_[pos - 1];
        const Token& next = tokens_[pos + 1];
        if (prev.raw.kind == TokenKind::word &&
            (prev.raw.end - prev.raw.begin == 1 ||
             (next.raw.kind == TokenKind::word && !next.raw.capital) ||
             next.raw.kind == TokenKind::number)) {
          return false;
        }
      }
      return c == '.' || c == '!' || c == '?' || c == ';';
    };
    if (pack_.tense_prep_class >= 0) {  // "by August", "until Tuesday": the preposition decides
      const std::uint32_t from =
          tb > pack_.max_lex_len ? tb - static_cast<std::uint32_t>(pack_.max_lex_len) : 0;
      for (std::uint32_t j = from; j < tb; ++j) {
        if (!index_.may_begin(tokens_[j].id, pack_.tense_prep_class))
          continue;
        for (auto [h, h_end] = hits_at(j); h < h_end; ++h) {
          if (hits_[h].cls == pack_.tense_prep_class && j + hits_[h].len == tb)
            return tense_of(hits_[h].value);
        }
      }
    }
    for (int pass = 0; pass < 2; ++pass) {
      // an ending right next to the date is as good as a cue word: "announced Friday"
      auto tense_at = [&](std::uint32_t pos, int d) {
        if (pass == 1)
          return suffix_at(pos);
        const Tense t = cue_at(pos);
        return t == Tense::unknown && d == 1 ? suffix_at(pos) : t;
      };
      bool left_open = true;
      bool right_open = true;
      for (int d = 1; d <= kTenseWindow && (left_open || right_open); ++d) {
        if (left_open) {
          if (tb < static_cast<std::uint32_t>(d) || stops(tb - static_cast<std::uint32_t>(d))) {
            left_open = false;
          } else if (Tense t = tense_at(tb - static_cast<std::uint32_t>(d), d);
                     t != Tense::unknown) {
            return t;
          }
        }
        if (right_open) {
          std::uint32_t p = te + static_cast<std::uint32_t>(d) - 1;
          if (p >= tokens_.size() || stops(p)) {
            right_open = false;
          } else if (Tense t = tense_at(p, d); t != Tense::unknown) {
            return t;
          }
        }
      }
    }
    // Nothing near: a future cue further back in the same sentence ("planned a large rally in
    // the city on Saturday").
    for (std::uint32_t d = 1; d <= kFarTenseWindow && d <= tb; ++d) {
      if (stops(tb - d))
        break;
      if (d > kTenseWindow && cue_at(tb - d) == Tense::future)
        return Tense::future;
    }
    return Tense::unknown;
  }

  TimeMod signal_before(std::uint32_t tb) const {
    if (pack_.signal_class < 0)
      return TimeMod::none;
    std::uint32_t from =
        tb > pack_.max_lex_len ? tb - static_cast<std::uint32_t>(pack_.max_lex_len) : 0;
    for (std::uint32_t j = from; j < tb; ++j) {
      if (!index_.may_begin(tokens_[j].id, pack_.signal_class))
        continue;
      for (auto [h, h_end] = hits_at(j); h < h_end; ++h) {
        if (hits_[h].cls == pack_.signal_class && j + hits_[h].len == tb) {
          return mod_from_string(hits_[h].value);
        }
      }
    }
    return TimeMod::none;
  }

  TimeMod signal_after(std::uint32_t te) const {
    if (pack_.signal_post_class < 0 || te >= tokens_.size() ||
        !index_.may_begin(tokens_[te].id, pack_.signal_post_class)) {
      return TimeMod::none;
    }
    for (auto [h, h_end] = hits_at(te); h < h_end; ++h) {
      if (hits_[h].cls == pack_.signal_post_class)
        return mod_from_string(hits_[h].value);
    }
    return TimeMod::none;
  }

  std::vector<Mention> select() {
    // Candidates compete only with those they overlap: in text order, each run of overlapping
    // candidates is settled on its own, longest first; the chosen ones do not overlap, so they are
    // then put back in text order before their mentions are built.
    std::vector<const Candidate*>& order = order_;
    for (const Candidate& c : candidates_) order.push_back(&c);
    // Nearly in text order already (one candidate per start): insertion sort is linear then.
    for (size_t k = 1; k < order.size(); ++k) {
      const Candidate* c = order[k];
      size_t j = k;
      for (; j > 0 && order[j - 1]->tb > c->tb; --j) order[j] = order[j - 1];
      order[j] = c;
    }
    auto longer = [](const Candidate* a, const Candidate* b) {
      if (a->bytes != b->bytes)
        return a->bytes > b->bytes;
      if (a->matched != b->matched)
        return a->matched > b->matched;
      if (a->rule != b->rule)
        return a->rule < b->rule;
      return a->tb < b->tb;
    };
    auto by_start = [](const Candidate* a, const Candidate* b) { return a->tb < b->tb; };
    std::vector<std::uint8_t>& taken = taken_;
    taken.assign(tokens_.size(), 0);
    size_t chosen = 0;
    for (size_t run = 0; run < order.size();) {
      size_t run_end = run + 1;
      for (std::uint32_t te = order[run]->te; run_end < order.size() && order[run_end]->tb < te;
           ++run_end) {
        te = std::max(te, order[run_end]->te);
      }
      if (run_end - run > 1)
        std::sort(order.begin() + static_cast<std::ptrdiff_t>(run),
                  order.begin() + static_cast<std::ptrdiff_t>(run_end), longer);
      const size_t first_chosen = chosen;
      for (size_t k = run; k < run_end; ++k) {
        const Candidate* c = order[k];
        bool free = true;
        for (std::uint32_t t = c->tb; t < c->te && free; ++t) free = !taken[t];
        if (!free)
          continue;
        for (std::uint32_t t = c->tb; t < c->te; ++t) taken[t] = 1;
        order[chosen++] = c;
      }
      if (chosen - first_chosen > 1)
        std::sort(order.begin() + static_cast<std::ptrdiff_t>(first_chosen),
                  order.begin() + static_cast<std::ptrdiff_t>(chosen), by_start);
      run = run_end;
    }
    order.resize(chosen);
    std::vector<Mention> out;
    out.reserve(order.size());
    std::string buf;
    for (const Candidate* c : order) {
      const Rule& rule = pack_.rules[static_cast<size_t>(c->rule)];
      Mention& m = out.emplace_back();  // built in place: its strings are not moved again
      m.begin = tokens_[c->tb].raw.begin;
      m.end = tokens_[c->te - 1].raw.end;
      m.rule = c->rule;
      m.draft.type = rule.type;
      std::array<std::string_view, kMaxSlots> caps{};
      for (size_t k = 0; k < kMaxSlots; ++k) {
        if (c->caps[k] != kNoHit)
          caps[k] = hits_[c->caps[k]].value;
      }
      rule.value.expand(caps.data(), m.draft.value);
      if (!rule.mod.empty()) {
        rule.mod.expand(caps.data(), buf);
        m.draft.mod = mod_from_string(buf);
      }
      if (m.draft.mod == TimeMod::none && (rule.type == "DATE" || rule.type == "TIME")) {
        m.draft.mod = signal_before(c->tb);
        if (m.draft.mod == TimeMod::none)
          m.draft.mod = signal_after(c->te);
      }
      if (resolved_with_tense(m.draft.value))
        m.draft.tense = tense_near(c->tb, c->te);
    }
    return out;
  }

  const Pack& pack_;
  const MatchIndex& index_;
  std::string_view text_;
  std::vector<Token>& token_store_;
  std::span<const Token> tokens_;  // the text's tokens, in token_store_
  std::vector<Hit>& hits_;
  std::vector<std::uint32_t>& starts_;
  std::vector<std::uint32_t>& finals_;
  std::vector<Candidate>& candidates_;
  std::vector<const Candidate*>& order_;
  std::vector<std::uint8_t>& taken_;
  std::array<Step, 48> steps_{};
  std::array<Candidate, 4> best_{};
  size_t n_best_ = 0;
};

// Long texts are tagged in pieces of about kChunk bytes cut at a line break (else a space), which
// keeps the working set in cache: time stays linear in the text length.
constexpr size_t kChunk = 1 << 16;
constexpr size_t kCutWindow = 1 << 12;

size_t cut_point(std::string_view text, size_t from) {
  if (text.size() - from <= kChunk + kCutWindow)
    return text.size();
  const size_t target = from + kChunk;
  size_t nl = text.find('\n', target);
  if (nl != std::string_view::npos && nl < target + kCutWindow)
    return nl + 1;
  size_t sp = text.rfind(' ', target);
  if (sp != std::string_view::npos && sp > target - kCutWindow)
    return sp + 1;
  size_t cut = target;
  while (cut > from && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return cut;
}

}  // namespace

MatchIndex::MatchIndex(const Pack& pack) {
  const size_t words = pack.vocab.ids.size();
  roles_.assign(words + 1, 0);
  roles_[0] = pack.caps_final ? kFinalIfCapital : 0;
  for (size_t w = 0; w < words; ++w) {
    roles_[w + 1] = static_cast<std::uint8_t>((pack.can_start[w] ? kStart : 0) |
                                              (pack.is_final[w]  ? kFinal
                                               : pack.caps_final ? kFinalIfCapital
                                                                 : 0));
  }
  number_role_ = static_cast<std::uint8_t>(kStart | (pack.number_final ? kFinal : 0));
  follow_.assign(words, Follow{});
  begins_.assign(words, 0);
  wide_ = pack.class_names.size() > 64;
  if (wide_)
    return;  // one bit per class does not fit: every start is walked
  auto bit = [](std::int32_t cls) { return std::uint64_t{1} << static_cast<unsigned>(cls); };
  node_classes_.assign(pack.trie.size(), NodeClasses{});
  for (size_t n = 0; n < pack.trie.size(); ++n) {
    for (auto [cls, child] : pack.trie[n].cls) {
      if (cls < kBuiltinCount) {
        node_classes_[n].builtin = true;
      } else {
        node_classes_[n].lexicon |= bit(cls);
      }
    }
  }
  std::vector<std::int32_t> stack;
  for (auto [w, first] : pack.lex[0].next) {
    stack.assign(1, first);
    while (!stack.empty()) {
      const LexNode& n = pack.lex[static_cast<size_t>(stack.back())];
      stack.pop_back();
      for (const auto& a : n.accept) begins_[static_cast<size_t>(w)] |= bit(a.cls);
      for (auto [w2, c2] : n.next) stack.push_back(c2);
    }
  }
  // The rule nodes a walk can reach by taking the start word as one token (a literal, a one-word
  // lexicon entry, an all-capitals word); longer lexicon entries continue with their second word.
  std::vector<EdgeTable::Edge> pairs;
  const RuleNode& root = pack.trie[0];
  const std::int32_t caps_child = root.child_for_class(static_cast<std::int32_t>(Builtin::caps));
  std::vector<std::int32_t> nodes;
  for (size_t w = 0; w < words; ++w) {
    const auto wid = static_cast<std::int32_t>(w);
    Follow f;
    f.always = false;
    nodes.clear();
    if (pack.rule_root[w] >= 0)
      nodes.push_back(pack.rule_root[w]);
    if (caps_child >= 0)
      nodes.push_back(caps_child);
    if (const std::int32_t ln = pack.lex_root[w]; ln >= 0) {
      for (const auto& a : pack.lex[static_cast<size_t>(ln)].accept) {
        if (const std::int32_t c = root.child_for_class(a.cls); c >= 0)
          nodes.push_back(c);
      }
      for (auto [w2, c2] : pack.lex[static_cast<size_t>(ln)].next) pairs.push_back({wid, w2, 0});
    }
    add_follow(pack, nodes, wid, f, pairs);
    follow_[w] = f;
  }
  // Digit runs: the built-in classes of every run of one to four digits, and longer ones.
  std::array<bool, kNumberMasks> seen{};
  std::string digits;
  for (size_t len = 1; len <= 10; ++len) {
    constexpr int kTop[] = {1, 10, 100, 1000, 10000};
    const int top = len <= 4 ? kTop[len] : 1;  // past four digits only the length counts
    for (int v = 0; v < top; ++v) {
      digits = std::to_string(v);
      digits.insert(0, len - std::min(len, digits.size()), '0');
      seen[builtin_mask(digits)] = true;
    }
  }
  for (std::uint32_t mask = 0; mask < kNumberMasks; ++mask) {
    if (!seen[mask])
      continue;  // stays "always"
    Follow f;
    f.always = false;
    nodes.clear();
    for (std::int32_t b = 0; b < kBuiltinCount; ++b) {
      if ((mask >> b) & 1) {
        if (const std::int32_t c = root.child_for_class(b); c >= 0)
          nodes.push_back(c);
      }
    }
    add_follow(pack, nodes, -2 - static_cast<std::int32_t>(mask), f, pairs);
    number_follow_[mask] = f;
  }
  std::sort(pairs.begin(), pairs.end(), [](const EdgeTable::Edge& a, const EdgeTable::Edge& b) {
    return a.node != b.node ? a.node < b.node : a.word < b.word;
  });
  pairs.erase(std::unique(pairs.begin(), pairs.end(),
                          [](const EdgeTable::Edge& a, const EdgeTable::Edge& b) {
                            return a.node == b.node && a.word == b.word;
                          }),
              pairs.end());
  pairs_.build(pairs);
  follows_some_.assign(words, 0);
  for (const EdgeTable::Edge& e : pairs) follows_some_[static_cast<size_t>(e.word)] = 1;
}

void MatchIndex::add_follow(const Pack& pack, const std::vector<std::int32_t>& nodes,
                            std::int32_t key, Follow& f,
                            std::vector<EdgeTable::Edge>& pairs) const {
  for (const std::int32_t n : nodes) {
    const RuleNode& node = pack.trie[static_cast<size_t>(n)];
    if (!node.accept.empty())
      f.always = true;
    for (auto [w2, c2] : node.lit) pairs.push_back({key, w2, 0});
    for (auto [cls, c2] : node.cls) {
      if (cls == static_cast<std::int32_t>(Builtin::caps)) {
        f.capital = true;
      } else if (cls < kBuiltinCount) {
        f.number = true;
      } else {
        f.classes |= std::uint64_t{1} << static_cast<unsigned>(cls);
      }
    }
  }
}

std::uint32_t MatchIndex::builtin_mask(std::string_view d) noexcept {
  auto bit = [](Builtin b) { return 1u << static_cast<unsigned>(b); };
  std::uint32_t m = 0;
  if (d.size() <= 9)
    m |= bit(Builtin::int_);
  if (d.size() > 4)
    return m;
  int v = 0;
  for (char c : d) v = v * 10 + (c - '0');
  if (d.size() == 4 && v >= 1000 && v <= 2199)
    m |= bit(Builtin::year);
  if (d.size() == 2)
    m |= bit(Builtin::yy);
  if (d.size() <= 2) {
    if (v >= 1 && v <= 12)
      m |= bit(Builtin::month);
    if (v >= 1 && v <= 31)
      m |= bit(Builtin::day);
    if (v <= 24)
      m |= bit(Builtin::hour);
    if (d.size() == 2 && v <= 59)
      m |= bit(Builtin::minute);
  }
  return m;
}

std::vector<Mention> find_mentions(const Pack& pack, std::string_view text) {
  return find_mentions(pack, MatchIndex(pack), text);
}

std::vector<Mention> find_mentions(const Pack& pack, const MatchIndex& index,
                                   std::string_view text) {
  thread_local Scratch scratch;
  if (cut_point(text, 0) == text.size())
    return Matcher(pack, index, text, scratch).run();
  std::vector<Mention> out;
  for (size_t from = 0; from < text.size();) {
    const size_t to = cut_point(text, from);
    for (Mention& m : Matcher(pack, index, text.substr(from, to - from), scratch).run()) {
      m.begin += from;
      m.end += from;
      out.push_back(std::move(m));
    }
    from = to;
  }
  return out;
}

}  // namespace causeline::timex
