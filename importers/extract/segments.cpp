#include "importers/extract/segments.hpp"

#include <algorithm>

namespace causeline::extract {
namespace {

bool is_hard_punct(const Token& t) {
  if (t.kind != TokenKind::punct)
    return false;
  const std::string& n = t.norm;
  return n == ";" || n == ":" || n == "–" || n == "—" || n == "•" || n == "!" || n == "?";
}

bool is_soft_punct(const Token& t) { return t.kind == TokenKind::punct && t.norm == ","; }

bool is_open_paren(const Token& t) {
  return t.kind == TokenKind::punct && (t.norm == "(" || t.norm == "[");
}
bool is_close_paren(const Token& t) {
  return t.kind == TokenKind::punct && (t.norm == ")" || t.norm == "]");
}

bool is_quote(const Token& t) {
  return t.kind == TokenKind::punct && (t.norm == "\"" || t.norm == "“" || t.norm == "”" ||
                                        t.norm == "«" || t.norm == "»" || t.norm == "„");
}

}  // namespace

SentenceAnalysis analyse_sentence(const std::vector<Token>& tokens, const Sentence& sentence,
                                  const LangPack& pack, const std::vector<timex::Timex>& timexes,
                                  SentenceScratch& scratch) {
  SentenceAnalysis sa;
  sa.sentence = sentence;
  const size_t a = sentence.first, b = sentence.last;
  const size_t n = b - a;
  // Timex coverage and the timexes of this sentence.
  std::vector<int>& timex_at = scratch.timex_at;
  timex_at.assign(n, -1);
  std::vector<size_t>& sentence_timexes = scratch.sentence_timexes;
  sentence_timexes.clear();
  for (size_t k = 0; k < timexes.size(); ++k) {
    const auto& tx = timexes[k];
    if (tx.end <= sentence.begin || tx.begin >= sentence.end)
      continue;
    sentence_timexes.push_back(k);
    for (size_t i = a; i < b; ++i) {
      if (tokens[i].begin < tx.end && tx.begin < tokens[i].end)
        timex_at[i - a] = static_cast<int>(k);
    }
  }
  // Cues and markers, left to right, longest first; they never overlap timexes.
  std::vector<int>& cue_at = scratch.cue_at;
  cue_at.assign(n, -1);
  std::vector<std::optional<MarkerRole>>& marker_at = scratch.marker_at;
  marker_at.assign(n, std::nullopt);
  std::vector<bool>& covered = scratch.covered;
  covered.assign(n, false);
  size_t limit = a;  // the next timex token at or after i, or b
  for (size_t i = a; i < b;) {
    if (timex_at[i - a] >= 0) {
      ++i;
      continue;
    }
    if (limit <= i) {
      limit = i;
      while (limit < b && timex_at[limit - a] < 0) ++limit;
    }
    auto c = pack.cues.match_at(tokens, i, limit);
    if (c && c->value->kind == CueKind::verb && i > a &&
        pack.determiners.count(tokens[i - 1].norm)) {
      c.reset();  // "the forces", "its help": a noun, not a causative verb
    }
    if (c && c->value->kind == CueKind::verb && !c->value->cause_is_introduced && i > a &&
        pack.copulas.count(tokens[i - 1].norm)) {
      c.reset();  // "were hurt by ...": a passive; the agent cue after it decides
    }
    if (c && c->value->kind == CueKind::verb && !c->value->cause_is_introduced) {
      // "companies hurt badly by price declines": a participle before an agent cue is a
      // passive too.
      size_t j = i + c->length;
      while (j < limit && pack.adverbs.match_at(tokens, j, j + 1)) ++j;
      if (j < limit) {
        if (auto next = pack.cues.match_at(tokens, j, limit); next && next->value->adjacent)
          c.reset();
      }
    }
    int event_word = -1;
    if (c && c->value->adjacent) {
      // "hurt by", "gain from": only right after an event word.
      // The event word must read as a verb or adjective: after a noun ("an offer by DPC",
      // "statements by executives") the phrase names the agent, not a cause.
      // Adverbs may stand between ("were hurt badly by"). Where the language lists its effect
      // verbs, the event word must be one: "funded by contributions", "called by the
      // opposition" name an agent, "hurt by the drop" a cause.
      size_t w = i;
      while (w > a + 1 && tokens[w - 1].kind == TokenKind::word &&
             pack.adverbs.match_at(tokens, w - 1, w) && !covered[w - 1 - a])
        --w;
      const TriggerEntry* prev = nullptr;
      if (w > a) {
        if (auto m = pack.triggers.match_at(tokens, w - 1, w)) {
          prev = m->value;
        } else if (auto vc = pack.cues.match_at(tokens, w - 1, w);
                   (vc && vc->value->kind == CueKind::verb) ||
                   (w > a + 1 && pack.copulas.count(tokens[w - 2].norm))) {
          // A causal verb's participle ("companies hurt badly by price declines") reads as well.
          // A plain verb in the passive ("were hit by the increase") reads as well; the agent
          // filter on the noun phrase's head still applies.
          if (auto g = pack.generic.match_at(tokens, w - 1, w))
            prev = g->value;
        }
      }
      const bool ok =
          w > a && tokens[w - 1].kind == TokenKind::word &&
          !pack.stopwords.count(tokens[w - 1].norm) &&
          !pack.nontriggers.match_at(tokens, w - 1, w) && prev && (prev->verb || prev->adj) &&
          !covered[w - 1 - a] &&
          (pack.effect_verbs.size() == 0 || pack.effect_verbs.match_at(tokens, w - 1, w));
      if (!ok)
        c.reset();
      else
        event_word = static_cast<int>(w) - 1;
    }
    if (c && c->value->initial && i > a && tokens[i - 1].kind != TokenKind::punct) {
      c.reset();  // "have since moved": not a clause-initial "since"
    }
    auto m = pack.markers.match_at(tokens, i, limit);
    if (m && m->length == 1 && tokens[i].non_ascii && pack.plain_markers.count(tokens[i].norm))
      m.reset();  // 'è' (is) is not the marker 'e' (and)
    if (c && (!m || c->length >= m->length)) {
      CueHit hit{i, c->length, c->value, false, event_word};
      if (hit.cue->kind == CueKind::prep || hit.cue->kind == CueKind::conj) {
        // "after April 2025", "since January": the object is a date, not an event.
        // A date that modifies the noun after it ("due to its third-quarter loss", "after the
        // March elections") leaves the noun as the object: the cue's object is an event there.
        // A causal conjunction is dating only when the date follows it at once ("since
        // January"): "because Columbia now must sell" has a clause as its object.
        size_t j = i + c->length;
        const bool causal_conj =
            c->value->kind == CueKind::conj && c->value->type != LinkType::preceded;
        for (size_t k = j; k < b && k < j + (causal_conj ? 1 : 3); ++k) {
          if (timex_at[k - a] < 0)
            continue;
          size_t e = k;
          while (e < b && timex_at[e - a] == timex_at[k - a]) ++e;
          bool determined = false;
          for (size_t d = j; d < k; ++d) determined |= pack.determiners.count(tokens[d].norm) > 0;
          const bool modifier = (determined || c->value->type != LinkType::preceded) && e < b &&
                                tokens[e].kind == TokenKind::word && !tokens[e].capitalized &&
                                !pack.stopwords.count(tokens[e].norm);
          hit.dating = !modifier;
          break;
        }
      }
      cue_at[i - a] = static_cast<int>(sa.cues.size());
      sa.cues.push_back(hit);
      for (size_t k = i; k < i + c->length; ++k) covered[k - a] = true;
      i += c->length;
    } else if (m) {
      marker_at[i - a] = *m->value;
      for (size_t k = i; k < i + m->length; ++k) covered[k - a] = true;
      i += m->length;
    } else {
      ++i;
    }
  }
  // Reporting words ("said", "according to", "ha detto") frame an event; they are not one.
  std::vector<bool>& reporting = scratch.reporting;
  reporting.assign(n, false);
  for (size_t i = a, next_hit = a; i < b; ++i) {
    const auto m = pack.modality.match_at(tokens, i, b);
    if (!m)
      continue;
    if (*m->value == "reported") {
      for (size_t k = i; k < i + m->length; ++k) covered[k - a] = reporting[k - a] = true;
    }
    if (i >= next_hit) {
      sa.modality.push_back({i, m->value});
      next_hit = i + m->length;
    }
  }
  // Triggers on the remaining words.
  // Filled in place: the analysis keeps it.
  std::vector<const TriggerEntry*>& trig = sa.trig;
  trig.assign(n, nullptr);
  for (size_t i = a; i < b; ++i) {
    const Token& t = tokens[i];
    if (covered[i - a] || timex_at[i - a] >= 0 || t.kind != TokenKind::word)
      continue;
    // A phrase listed as a non-trigger ("fecha límite", a deadline) holds no event word.
    const auto nt = pack.nontriggers.match_at(tokens, i, b);
    if (nt && nt->length > 1) {
      i += nt->length - 1;
      continue;
    }
    auto m = pack.triggers.match_at(tokens, i, b);
    if (!m)
      m = pack.generic.match_at(tokens, i, b);
    if (!m || (m->length == 1 && pack.stopwords.count(t.norm)))
      continue;
    // A single-word non-trigger: the longest non-trigger here, found above, is one word long
    // whenever any is.
    if (m->length == 1 && nt)
      continue;
    if (pack.adverbs.match_at(tokens, i, i + 1))  // adverbs are never triggers ("increasingly")
      continue;
    if (i + 1 < b && (tokens[i + 1].norm == "'t" || tokens[i + 1].norm == "n't"))
      continue;  // won't
    {
      // A phrase may start with a function word ("les cuesta"): the trigger is its first content
      // word.
      size_t at = i;
      while (at + 1 < i + m->length && pack.stopwords.count(tokens[at].norm)) ++at;
      const TriggerEntry* e = m->value;
      const bool after_determiner = i > a && pack.determiners.count(tokens[i - 1].norm) &&
                                    tokens[i - 1].kind == TokenKind::word;
      if (e->verb && m->length == 1 && after_determiner) {
        // "its exports", "la vendita": a verb form right after a determiner is a noun.
        if (auto twin = pack.noun_twin.find(e); twin != pack.noun_twin.end())
          e = &twin->second;
      } else if (e->verb && m->length == 1) {
        // A verb stem with a nominal ending is the nominalization: "addestramento", "training".
        for (const auto& x : pack.noun_suffixes) {
          if (t.norm.size() >= x.size() + 3 &&
              t.norm.compare(t.norm.size() - x.size(), x.size(), x) == 0) {
            auto twin = pack.noun_twin.find(e);
            if (twin != pack.noun_twin.end())
              e = &twin->second;
            break;
          }
        }
      }
      if (!trig[at - a])
        trig[at - a] = e;
    }
  }
  // Predicates after a copula ("is higher", "were flawed") are stative events.
  static const TriggerEntry kPredicate = [] {
    TriggerEntry e;
    e.type = "occurrence";
    e.verb = false;
    e.adj = true;
    e.state = true;
    e.weak = true;
    return e;
  }();
  for (size_t i = a; i + 1 < b; ++i) {
    if (!pack.copulas.count(tokens[i].norm) || covered[i - a])
      continue;
    size_t j = i + 1;
    while (j < b && j < i + 4 && tokens[j].kind == TokenKind::word &&
           (pack.stopwords.count(tokens[j].norm) || pack.adverbs.match_at(tokens, j, j + 1)) &&
           !pack.determiners.count(tokens[j].norm)) {
      ++j;
    }
    if (j < b && tokens[j].kind == TokenKind::word && !covered[j - a] && timex_at[j - a] < 0 &&
        !trig[j - a] && !pack.determiners.count(tokens[j].norm) &&
        !pack.stopwords.count(tokens[j].norm) && !tokens[j].capitalized) {
      trig[j - a] = &kPredicate;
    }
  }
  // The content word after an auxiliary or modal is a verb ("will respond", "didn't meet").
  static const TriggerEntry kVerb = [] {
    TriggerEntry e;
    e.type = "occurrence";
    e.weak = true;
    e.generic = true;
    return e;
  }();
  for (size_t i = a; i + 1 < b; ++i) {
    if (!pack.auxiliaries.count(tokens[i].norm) || covered[i - a])
      continue;
    size_t j = i + 1;
    while (j < b && j < i + 5 && tokens[j].kind == TokenKind::word &&
           (pack.auxiliaries.count(tokens[j].norm) || pack.copulas.count(tokens[j].norm) ||
            pack.adverbs.match_at(tokens, j, j + 1) ||
            (pack.stopwords.count(tokens[j].norm) && !pack.determiners.count(tokens[j].norm)))) {
      if (pack.copulas.count(tokens[j].norm))
        j = b;  // "has been": the copula pass reads the predicate
      else
        ++j;
    }
    if (j < b && tokens[j].kind == TokenKind::word && !covered[j - a] && timex_at[j - a] < 0 &&
        !trig[j - a] && !pack.determiners.count(tokens[j].norm) &&
        !pack.stopwords.count(tokens[j].norm) && !tokens[j].capitalized &&
        !pack.nontriggers.match_at(tokens, j, j + 1)) {
      trig[j - a] = &kVerb;
    }
  }
  auto has_trigger = [&](size_t from, size_t to) {
    for (size_t k = from; k < to; ++k) {
      if (trig[k - a] && !trig[k - a]->weak)
        return true;
    }
    return false;
  };
  // A plain verb (verbs.tsv) after a content word that is no determiner: the predicate of a
  // clause with its own subject ("its oil comes").
  auto has_clause_verb = [&](size_t from, size_t to) {
    for (size_t k = from + 1; k < to; ++k) {
      const TriggerEntry* e = trig[k - a];
      const Token& before = tokens[k - 1];
      if (e && e->verb && e->generic && before.kind == TokenKind::word &&
          !pack.stopwords.count(before.norm))
        return true;
    }
    return false;
  };
  // Boundaries.
  std::vector<Segment>& raw = scratch.raw;
  raw.clear();
  Segment cur;
  cur.open = cur.first = a;
  cur.hard_start = true;
  bool in_paren = false;
  // An opener followed directly by a comma ("As a result, ...", "Tuttavia, ...") carries over
  // to the next segment.
  int pending_cue = -1;
  std::optional<MarkerRole> pending_marker;
  size_t pending_open = 0;
  auto close = [&](size_t end) {
    cur.last = end;
    if (cur.last > cur.first) {
      raw.push_back(std::move(cur));  // start() makes the next one
    } else if (pack.verb_final && cur.cue >= 0 &&
               sa.cues[static_cast<size_t>(cur.cue)].cue->kind == CueKind::verb) {
      raw.push_back(std::move(cur));  // a clause-final causal verb ("Überschwemmungen verursacht.")
    } else if (cur.cue >= 0 || cur.marker) {
      pending_cue = cur.cue;
      pending_marker = cur.marker;
      pending_open = cur.open;
    }
  };
  auto start = [&](size_t at, bool hard) {
    cur = Segment{};
    cur.open = cur.first = at;
    cur.hard_start = hard;
    cur.paren = in_paren;
    if (pending_cue >= 0 || pending_marker) {
      cur.cue = pending_cue;
      cur.marker = pending_marker;
      cur.open = pending_open;
      pending_cue = -1;
      pending_marker.reset();
    }
  };
  for (size_t i = a; i < b; ++i) {
    const Token& t = tokens[i];
    if (is_open_paren(t)) {
      close(i);
      in_paren = true;
      start(i + 1, false);
      continue;
    }
    if (is_close_paren(t)) {
      close(i);
      in_paren = false;
      start(i + 1, false);
      continue;
    }
    if (is_hard_punct(t) || is_soft_punct(t) || (t.kind == TokenKind::punct && t.norm == ".")) {
      close(i);
      start(i + 1, is_hard_punct(t));
      continue;
    }
    if (int c = cue_at[i - a]; c >= 0 && !sa.cues[static_cast<size_t>(c)].dating) {
      if (sa.cues[static_cast<size_t>(c)].cue->adjacent)
        cur.forced = sa.cues[static_cast<size_t>(c)].event_word;
      if (i == cur.first && cur.cue >= 0 &&
          sa.cues[static_cast<size_t>(cur.cue)].cue->kind == CueKind::conj &&
          sa.cues[static_cast<size_t>(c)].cue->kind == CueKind::prep) {
        // "perché prima del divieto aveva accumulato ...": a phrase opening a subordinate
        // clause belongs to it; the conjunction keeps the clause.
        i += sa.cues[static_cast<size_t>(c)].len - 1;
        continue;
      }
      if (i > cur.first) {
        close(i);
        start(i, false);
      }
      cur.cue = c;
      cur.first = i + sa.cues[static_cast<size_t>(c)].len;
      continue;
    }
    if (auto m = marker_at[i - a]) {
      size_t mlen = 1;
      while (i + mlen < b && covered[i + mlen - a] && cue_at[i + mlen - a] < 0 &&
             !marker_at[i + mlen - a]) {
        ++mlen;
      }
      bool split = true;
      if (*m == MarkerRole::subject) {
        // Anaphoric subjects only matter where a clause starts ("This led to ...").
        split = i == cur.first;
      } else if (*m == MarkerRole::coord) {
        size_t next = i + mlen;
        while (next < b && !is_soft_punct(tokens[next]) && !is_hard_punct(tokens[next]) &&
               cue_at[next - a] < 0) {
          ++next;
        }
        // Clauses on both sides ("because exports go to Iraq and oil comes from there"): a plain
        // verb after a noun on the right side, with an event on the left, also splits.
        split = (has_trigger(cur.first, i) && has_trigger(i + mlen, next)) ||
                (cur.cue >= 0 && has_clause_verb(cur.first, i) && has_clause_verb(i + mlen, next));
      }
      if (split) {
        if (i > cur.first) {
          close(i);
          start(i, false);
        }
        cur.marker = m;
        cur.first = i + mlen;
        i += mlen - 1;
      }
      continue;
    }
  }
  close(b);
  if (pending_cue >= 0 && sa.cues[static_cast<size_t>(pending_cue)].cue->kind == CueKind::adv) {
    // A sentence-final adverb ("... as a result."): an empty segment keeps the cue for the
    // causal pass, which links the clause it ends to the sentence before.
    Segment tail;
    tail.open = pending_open;
    tail.first = tail.last = b;
    tail.cue = pending_cue;
    raw.push_back(tail);
  }
  // A subordinate clause interrupted by a prepositional phrase before its final verb ("weil
  // Käufer vor Ablauf der Frist Vorräte anlegten"): the phrase opened no clause of its own, so
  // the clause runs on through it.
  for (size_t si = 1; si < raw.size(); ++si) {
    Segment& prev = raw[si - 1];
    const Segment& np = raw[si];
    if (np.cue < 0 || np.paren != prev.paren || prev.last != np.open || prev.paren)
      continue;
    const Cue* c = sa.cues[static_cast<size_t>(np.cue)].cue;
    const bool subordinate =
        (prev.cue >= 0 && sa.cues[static_cast<size_t>(prev.cue)].cue->kind == CueKind::conj) ||
        prev.marker == MarkerRole::relative || prev.marker == MarkerRole::when;
    if (c->kind != CueKind::prep || !subordinate)
      continue;
    bool prev_has_event = false;
    for (size_t k = prev.first; k < prev.last; ++k) prev_has_event |= trig[k - a] != nullptr;
    bool verb_after_np = false;  // or a typed event word
    for (size_t k = np.first + 1; k < np.last; ++k) {
      const TriggerEntry* e = trig[k - a];
      verb_after_np |= e && ((e->verb && !e->adj) || !e->weak);
    }
    if (prev_has_event || !verb_after_np)
      continue;
    prev.last = np.last;
    raw.erase(raw.begin() + static_cast<std::ptrdiff_t>(si));
    --si;
  }
  // Choose triggers and attach timexes.
  for (size_t si = 0; si < raw.size(); ++si) {
    Segment& s = raw[si];
    // Left of a clause or noun-phrase cue, the predicate nearest to the cue is the event.
    bool left_of_cue = false;
    if (si + 1 < raw.size() && raw[si + 1].cue >= 0) {
      const CueHit& h = sa.cues[static_cast<size_t>(raw[si + 1].cue)];
      left_of_cue = !h.dating && h.cue->kind != CueKind::verb;
    }
    const bool nominal =
        s.cue >= 0 && sa.cues[static_cast<size_t>(s.cue)].cue->kind == CueKind::prep;
    size_t scan_end = s.last;
    int np_head = -1;  // the head of a head-final noun phrase
    if (nominal) {
      // A noun phrase is an event only through its head: the first run of content words
      // ("restrictions on exports" yes, "requirements for training" no).
      size_t k = s.first;
      while (k < s.last && pack.stopwords.count(tokens[k].norm)) ++k;
      if (pack.np_head_last) {
        // Amounts and dates before the nouns ("a $ 24 million one-time charge").
        while (k < s.last && (tokens[k].kind != TokenKind::word || timex_at[k - a] >= 0 ||
                              pack.stopwords.count(tokens[k].norm))) {
          ++k;
        }
      }
      const size_t run_begin = k;
      // A possessive ending ("the chief executive's departure") does not end the phrase.
      auto possessive_s = [&](size_t i) {
        return pack.np_head_last && k > run_begin && tokens[i].norm == "'s" && i + 1 < s.last &&
               tokens[i + 1].kind == TokenKind::word && !pack.stopwords.count(tokens[i + 1].norm);
      };
      while (k < s.last && (!pack.stopwords.count(tokens[k].norm) || possessive_s(k))) {
        if (tokens[k].kind == TokenKind::punct) {
          // A possessive inside the phrase ("the miners' strike") does not end it.
          const bool possessive =
              pack.np_head_last && (tokens[k].norm == "'" || tokens[k].norm == "’") &&
              k > run_begin && k + 1 < s.last && tokens[k + 1].kind == TokenKind::word;
          // Quotes around a modifier ('"intense" discounting') do not end it either.
          const bool quoted = is_quote(tokens[k]) && k > run_begin && k + 1 < s.last &&
                              tokens[k + 1].kind == TokenKind::word &&
                              !pack.stopwords.count(tokens[k + 1].norm);
          if (!possessive && !quoted)
            break;
        } else if (pack.np_head_last && k > run_begin) {
          // A participle after the head starts a modifier ("a charge associated with").
          const TriggerEntry* e = trig[k - a];
          const bool closes = k + 1 >= s.last || tokens[k + 1].kind == TokenKind::punct ||
                              pack.stopwords.count(tokens[k + 1].norm);
          if (e && e->verb && !e->adj && closes && trig[k - 1 - a] != nullptr)
            break;
        }
        ++k;
      }
      scan_end = k;
      if (pack.np_head_last && k > s.first) {
        // The head ends the run ("the planned sale", "current market conditions"); a head the
        // lexicons do not know is still the event the cue names.
        static const TriggerEntry kNoun = [] {
          TriggerEntry e;
          e.type = "occurrence";
          e.verb = false;
          e.weak = true;
          return e;
        }();
        const size_t h = k - 1;
        const Token& t = tokens[h];
        const TriggerEntry* e = trig[h - a];
        if (t.kind == TokenKind::word && !t.capitalized && timex_at[h - a] < 0 && !covered[h - a] &&
            !pack.nontriggers.match_at(tokens, h, h + 1)) {
          // Not after an ambiguous cue ("by" also introduces agents): there, only known event
          // words count.
          const bool ambiguous = sa.cues[static_cast<size_t>(s.cue)].cue->adjacent;
          if (!e && !ambiguous) {
            trig[h - a] = &kNoun;
          } else if (e && e->verb && !e->adj) {
            if (auto twin = pack.noun_twin.find(e); twin != pack.noun_twin.end())
              trig[h - a] = &twin->second;
            else if (!ambiguous && e->weak &&
                     (h == run_begin || pack.determiners.count(tokens[h - 1].norm)))
              trig[h - a] = &kNoun;  // a plain verb heading the phrase: "guarantees that"
          }
          const TriggerEntry* he = trig[h - a];
          if (he && !he->state && !(he->weak && he->verb))
            np_head = static_cast<int>(h);
        }
      }
    }
    int best = -1, best_rank = 99;
    if (s.forced >= 0 && trig[static_cast<size_t>(s.forced) - a]) {
      best = s.forced;
      best_rank = 0;
      scan_end = s.first;  // nothing else competes
    }
    for (size_t k = s.first; k < scan_end; ++k) {
      const TriggerEntry* e = trig[k - a];
      if (!e)
        continue;
      if (e->verb && !nominal && k + 1 < scan_end && trig[k + 1 - a] && trig[k + 1 - a]->verb &&
          !trig[k + 1 - a]->weak) {
        // Two verb readings in a row ("Exports fell"): the first is the subject noun.
        continue;
      }
      if (e->verb && !nominal && k + 1 < s.last && reporting[k + 1 - a])
        continue;  // a verb reading before "said" is its subject ("other products said it cut")
      // Predicates (verbs, adjectives) head clauses, nouns head noun phrases; stative predicates
      // come after eventive ones, weak entries last.
      const bool predicate = e->verb || e->adj;
      // Strong predicate 2, plain verb (verbs.tsv) 4, strong noun 6, suffix guesses 7-8; nouns and
      // predicates swap places inside noun phrases.
      int rank = predicate != nominal ? (!e->weak ? 2 : e->generic ? 7 : 8) : (e->weak ? 9 : 6);
      if (e->state && !e->weak)
        rank += 1;
      // Left of a cue, a plain predicate nearer to the cue wins ties; a typed one keeps its place
      // ("il leur est interdit de transférer": the ban, not the transfer).
      if (rank < best_rank || (left_of_cue && rank == best_rank && predicate && e->weak)) {
        best_rank = rank;
        best = static_cast<int>(k);
      }
    }
    if (best >= 0 && nominal) {
      // The head of a noun phrase must name a happening, not a state ("requirements").
      // Nor a proper name ("by a group led by Blackstone", "the Thermo Electron bid").
      const TriggerEntry* e = trig[static_cast<size_t>(best) - a];
      const Token& head = tokens[static_cast<size_t>(best)];
      if (e->state || (e->weak && e->verb) || (pack.proper_nouns && head.capitalized))
        best = -1;
    }
    // After an ambiguous cue ("by" also introduces agents and means) only the head counts.
    const bool ambiguous_cue = s.cue >= 0 && sa.cues[static_cast<size_t>(s.cue)].cue->adjacent;
    if (best < 0 && nominal && !ambiguous_cue) {
      // Else a participle or reduced relative inside it: "the chips it stockpiled".
      for (size_t k = s.first; k < s.last; ++k) {
        const TriggerEntry* e = trig[k - a];
        if (e && e->verb && !e->weak && !e->state) {
          best = static_cast<int>(k);
          break;
        }
      }
    }
    // A clause cue followed by a subject alone ("because spending fueled much of the growth"):
    // the noun or guessed verb before the causal verb is its subject.
    const bool clause_cue =
        s.cue >= 0 && sa.cues[static_cast<size_t>(s.cue)].cue->kind == CueKind::conj;
    const bool subject_only = best >= 0 && best_rank >= 6 && clause_cue;
    if ((best < 0 || subject_only) && si + 1 < raw.size() && raw[si + 1].cue >= 0 && !nominal) {
      // "because they will allow X to Y": the causative verb is this clause's predicate.
      const CueHit& h = sa.cues[static_cast<size_t>(raw[si + 1].cue)];
      if (h.cue->kind == CueKind::verb && raw[si + 1].open == h.tok && h.tok == s.last) {
        auto m = pack.triggers.match_at(tokens, h.tok, h.tok + 1);
        if (!m)
          m = pack.generic.match_at(tokens, h.tok, h.tok + 1);
        // After a clause cue, a causal verb no trigger list knows is still a plain verb.
        if (m || clause_cue) {
          best = static_cast<int>(h.tok);
          s.entry = m ? m->value : &kVerb;
        }
      }
    }
    if (np_head >= 0)
      best = np_head;
    if (best >= 0 && !s.entry)
      s.entry = trig[static_cast<size_t>(best) - a];
    if (best >= 0) {
      s.trigger = best;
    }
    for (size_t k : sentence_timexes) {
      const auto& tx = timexes[k];
      if (s.first < s.last && tx.begin >= tokens[s.open].begin &&
          tx.begin < tokens[s.last - 1].end) {
        s.timexes.push_back(k);
      }
    }
  }
  // Verb-final clauses ("die Rechenzentren sind wegen der Nachfrage stark gewachsen"): a noun
  // phrase cue swallows the verb of the clause it sits in. When the clause before the cue has no
  // predicate and the cue's segment has one after its noun phrase, the predicate goes back.
  for (size_t k = 1; pack.verb_final && k < raw.size(); ++k) {
    Segment& s = raw[k];
    Segment& p = raw[k - 1];
    if (s.cue < 0 || sa.cues[static_cast<size_t>(s.cue)].cue->kind != CueKind::prep)
      continue;
    if (p.paren || s.paren || (p.trigger >= 0 && !p.entry->weak))
      continue;
    const size_t head = static_cast<size_t>(s.trigger >= 0 ? s.trigger : static_cast<int>(s.first));
    for (size_t j = s.last; j-- > head + 1;) {
      const TriggerEntry* e = trig[j - a];
      if (!e || !(e->verb || e->adj) || e->weak)
        continue;
      p.trigger = static_cast<int>(j);
      p.entry = e;
      p.last = s.last;
      s.last = j;
      break;
    }
  }
  // Verb-final clauses interrupted by a relative clause ("als die Regierung den Verkauf des Chips,
  // der für China entwickelt worden war, einschränkte"): the lone verb after the relative clause
  // is the predicate of the clause before it. The three pieces become one clause headed by it.
  auto opens_relative = [&](const Segment& r) {
    return r.open < r.last &&
           (r.marker == MarkerRole::relative ||
            (r.cue < 0 && !r.marker && pack.determiners.count(tokens[r.open].norm)));
  };
  for (size_t k = raw.size(); pack.verb_final && k-- > 2;) {
    const Segment& s = raw[k];
    const bool lone_verb = !s.paren && s.cue < 0 && !s.marker && s.trigger >= 0 && s.entry &&
                           s.entry->verb && static_cast<size_t>(s.trigger) == s.first &&
                           s.last - s.first <= 3;
    if (!lone_verb)
      continue;
    // The relative clause may itself be cut by cues ("das vor allem nach Asien geliefert wurde").
    size_t r = k;
    while (--r >= 1 && r + 3 >= k) {
      if (raw[r].paren || raw[r].hard_start)
        break;
      if (opens_relative(raw[r]))
        break;
    }
    if (r == 0 || r + 3 < k || raw[r].paren || raw[r].hard_start || !opens_relative(raw[r]))
      continue;
    Segment& p = raw[r - 1];
    if (p.paren || (p.trigger >= 0 && p.entry && p.entry->verb))
      continue;
    p.trigger = s.trigger;
    p.entry = s.entry;
    p.last = s.last;
    for (size_t j = r; j <= k; ++j) {
      p.timexes.insert(p.timexes.end(), raw[j].timexes.begin(), raw[j].timexes.end());
    }
    raw.erase(raw.begin() + static_cast<std::ptrdiff_t>(r),
              raw.begin() + static_cast<std::ptrdiff_t>(k + 1));
    k = r;
  }
  // Glue comma-separated pieces that hold nothing of their own to the previous segment.
  sa.segments.reserve(raw.size());
  for (auto& s : raw) {
    const bool empty = s.trigger < 0 && s.cue < 0 && !s.marker && s.timexes.empty();
    if (empty && !s.hard_start && !s.paren && !sa.segments.empty() && !sa.segments.back().paren) {
      Segment& prev = sa.segments.back();
      prev.last = s.last;
      continue;
    }
    sa.segments.push_back(std::move(s));
  }
  for (const auto& s : sa.segments) {
    if (s.trigger >= 0)
      sa.trig[static_cast<size_t>(s.trigger) - a] = s.entry;
  }
  return sa;
}

}  // namespace causeline::extract
