// Causal and temporal links from cues: each cue introduces one argument (the clause or noun phrase
// after it) and finds the other one before it, after it (sentence-initial cues), or in the previous
// sentence (sentence-initial adverbs and anaphoric subjects).
#include <optional>

#include "importers/extract/analysis.hpp"

namespace causeline::extract {
namespace {

bool eventful(const Segment& s) { return s.trigger >= 0 && !s.paren; }

/// Causal verbs at least this sure ("led to", "caused", "prompted") make events of their subject
/// and object whatever nouns head them.
constexpr double kStrongVerb = 0.75;

struct Resolved {
  SegRef ref;
  bool via_state = false;  // reached through a relative clause with a stative predicate
};

/// The nearest segment before g (same sentence) holding an event; relative clauses ("which is
/// legal ...") stand for the event they comment on.
std::optional<Resolved> previous_event(const DocAnalysis& da, size_t s, size_t g) {
  const auto& segs = da.sentences[s].segments;
  bool via_state = false;
  for (size_t k = g; k-- > 0;) {
    const Segment& p = segs[k];
    if (p.paren)
      continue;
    if (p.marker == MarkerRole::relative) {
      // A relative clause with an event of its own ("chips, which they find hard to obtain")
      // is that event; one with a state ("which is legal") comments on the event before it.
      if (p.entry && p.entry->state)
        via_state = true;
      else if (eventful(p) && p.entry && !p.entry->weak && !via_state)
        return Resolved{{s, k}, false};
      continue;
    }
    if (eventful(p))
      return Resolved{{s, k}, via_state};
  }
  return std::nullopt;
}

std::optional<Resolved> next_event(const DocAnalysis& da, size_t s, size_t g) {
  const auto& segs = da.sentences[s].segments;
  for (size_t k = g + 1; k < segs.size(); ++k) {
    if (segs[k].marker == MarkerRole::coord)
      continue;
    if (eventful(segs[k]))
      return Resolved{{s, k}, false};
  }
  return std::nullopt;
}

std::optional<Resolved> last_event_of(const DocAnalysis& da, size_t s) {
  const auto& segs = da.sentences[s].segments;
  for (size_t k = segs.size(); k-- > 0;) {
    if (segs[k].marker == MarkerRole::relative)
      continue;
    if (eventful(segs[k]))
      return Resolved{{s, k}, false};
  }
  return std::nullopt;
}

const TriggerEntry* trig_at(const DocAnalysis& da, size_t s, size_t tok) {
  const auto& sa = da.sentences[s];
  return sa.trig[tok - sa.sentence.first];
}

bool noun_like(const DocAnalysis& da, size_t s, size_t k, size_t first);

bool predicate(const TriggerEntry* e) { return e && (e->verb || e->adj); }
bool event_noun(const TriggerEntry* e) { return e && !e->verb && !e->adj && !e->state; }

/// A clause connective relates the clauses' predicates: where the segment's event is a noun
/// ("will respond to an attack because ..."), its first predicate stands for the clause instead,
/// on either side of the cue ("agreed to postpone the vote because of the storm": agreed, the
/// clause's main verb). Light and aspectual verbs (weak typed entries: "continue
/// l'entraînement") leave the event to their object noun.
SegRef clause_head(const DocAnalysis& da, SegRef r) {
  const Segment& seg = da.seg(r);
  if (r.tok >= 0 || seg.trigger < 0)
    return r;
  // A verb reading heading a noun phrase ("respond to an Iraqi attack on Jordan", "BellSouth's
  // revised proposal surprised") is a noun here.
  if (predicate(seg.entry) &&
      !noun_like(da, r.sentence, static_cast<size_t>(seg.trigger), seg.first))
    return r;
  for (size_t k = seg.first; k < seg.last; ++k) {
    const TriggerEntry* e = trig_at(da, r.sentence, k);
    // A modal verb ("expects to post a charge") frames the event; it is not the clause's own.
    if (da.pack->modality.match_at(da.tokens, k, seg.last))
      continue;
    if (static_cast<int>(k) == seg.trigger || noun_like(da, r.sentence, k, seg.first))
      continue;
    if (predicate(e) && !(e->weak && !e->generic && e->type != "occurrence")) {
      r.tok = static_cast<int>(k);
      break;
    }
  }
  return r;
}

/// A word that can stand in a noun phrase: no function word, auxiliary or adverb.
bool content_word(const DocAnalysis& da, size_t k) {
  const Token& t = da.tokens[k];
  const LangPack& pack = *da.pack;
  return t.kind == TokenKind::word && !pack.stopwords.count(t.norm) &&
         !pack.auxiliaries.count(t.norm) && !pack.adverbs.match_at(da.tokens, k, k + 1) &&
         !pack.modality.match_at(da.tokens, k, k + 1);  // 'said', 'expected'
}

/// A word the lexicons read as a verb ("proposed", "cost-cutting"), whatever it reads as here.
bool verb_form(const DocAnalysis& da, size_t k) {
  const LangPack& pack = *da.pack;
  if (auto m = pack.triggers.match_at(da.tokens, k, k + 1))
    return m->value->verb;
  return pack.generic.match_at(da.tokens, k, k + 1).has_value();
}

/// A lower-case word with no verb reading, outside any temporal expression.
bool plain_noun(const DocAnalysis& da, size_t s, size_t k) {
  const Token& t = da.tokens[k];
  if (!content_word(da, k) || t.capitalized || verb_form(da, k))
    return false;
  if (const TriggerEntry* e = trig_at(da, s, k); e && e->verb)
    return false;
  for (const auto& tx : da.timexes) {
    if (tx.begin < t.end && t.begin < tx.end)
      return false;
  }
  return true;
}

bool negation(const Token& t) { return t.norm == "'t" || t.norm == "n't"; }

/// The head of the first noun phrase in tokens [from, to) of sentence s, whatever word it is
/// ("the demand for workers", "oncoming rains", "Netanyahu's remarks"): the last word of the first
/// run of content words (the first in head-first languages). Names, agents listed as
/// non-triggers ("investors") and predicates are no head.
std::optional<size_t> np_head(const DocAnalysis& da, size_t s, size_t from, size_t to) {
  const auto& t = da.tokens;
  const LangPack& pack = *da.pack;
  // A negated auxiliary ("didn't") is no part of a noun phrase.
  auto content = [&](size_t k) {
    return content_word(da, k) && !negation(t[k]) && !(k + 1 < to && negation(t[k + 1]));
  };
  size_t k = from;
  while (k < to && !content(k)) {
    if (t[k].kind != TokenKind::word && t[k].norm != "'" && t[k].norm != "\"")
      return std::nullopt;  // a number or a sign: no plain noun phrase
    ++k;
  }
  const size_t run_begin = k;
  while (k < to && content(k)) {
    ++k;
    // Coordinated modifiers ("severe and lasting floods").
    if (auto m = pack.markers.match_at(t, k, k + 1);
        m && *m->value == MarkerRole::coord && k + 1 < to && content(k + 1))
      ++k;
    // A possessor ("Netanyahu's remarks") belongs to the phrase.
    if (k + 1 < to && (t[k].norm == "'s" || t[k].norm == "'" || t[k].norm == "’") && content(k + 1))
      ++k;
  }
  if (k == run_begin)
    return std::nullopt;
  size_t h = pack.np_head_last ? k - 1 : run_begin;
  // Head first, past the adjectives that stand before it ("les fortes pluies").
  while (!pack.np_head_last && h + 1 < k && pack.prenominal.count(t[h].norm)) ++h;
  const TriggerEntry* e = trig_at(da, s, h);
  if ((pack.proper_nouns && t[h].capitalized) || pack.nontriggers.match_at(t, h, h + 1) ||
      (e && (e->adj || e->state)))
    return std::nullopt;
  return h;
}

/// The object of a causal verb: its first event word, a noun or a verb ("led to the deaths",
/// "force Saddam to withdraw", "stems from Iraq's invasion"). `np_object`: the cue ends in a
/// preposition ("lead to", "result in"), so its object is a noun phrase.
SegRef object_head(const DocAnalysis& da, SegRef r, bool any_noun, bool np_object) {
  const Segment& seg = da.seg(r);

  // "allow shareholders to review", "forced Saddam to withdraw", "blocked the board from
  // recommending": the infinitive or the complement verb is the effect.
  for (size_t k = seg.first; k + 1 < seg.last && k < seg.first + 6; ++k) {
    const TriggerEntry* e = trig_at(da, r.sentence, k + 1);
    const std::string& w = da.tokens[k].norm;
    if ((da.pack->infinitive.count(w) || da.pack->complement.count(w)) && e && e->verb) {
      r.tok = static_cast<int>(k + 1);
      return r;
    }
  }
  // "the request triggers steps for the enforcement of sanctions": a strong causal verb's direct
  // object is the head of the noun phrase right after it, whatever noun it is.
  if (any_noun && !np_object) {
    if (auto h = np_head(da, r.sentence, seg.first, seg.last)) {
      // Only determiners and plain modifiers stand before it ("caused so far by": no object).
      bool plain = true;
      for (size_t k = seg.first; k < *h; ++k) {
        plain &= trig_at(da, r.sentence, k) == nullptr &&
                 (content_word(da, k) || da.pack->determiners.count(da.tokens[k].norm) > 0);
      }
      // "enabled the rebels to regroup": the verb after the object is the effect.
      if (*h + 1 < seg.last && (da.pack->infinitive.count(da.tokens[*h + 1].norm) ||
                                da.pack->complement.count(da.tokens[*h + 1].norm)))
        plain = false;
      if (plain) {
        r.tok = static_cast<int>(*h);
        return r;
      }
    }
  }
  for (size_t k = seg.first; k < seg.last; ++k) {
    const TriggerEntry* e = trig_at(da, r.sentence, k);
    // Suffix guesses ("unrestricted") are mostly modifiers here.
    const bool guess = e && e->verb && e->weak && !e->generic && e->type == "occurrence";
    if (!e || e->adj || e->state || guess)
      continue;
    // After a cue ending in a preposition the object is a noun phrase, and a verb form before
    // its noun modifies it ("lead to decreased demand"): the noun heads the object. After a bare
    // verb it is the event ("help determine future efforts").
    if (np_object && e->verb && da.pack->np_head_last && k + 1 < seg.last &&
        plain_noun(da, r.sentence, k + 1)) {
      if (auto h = np_head(da, r.sentence, k + 1, seg.last)) {
        r.tok = static_cast<int>(*h);
        return r;
      }
    }
    r.tok = static_cast<int>(k);
    return r;
  }
  // No event word: after a strong causal verb the head of the object's noun phrase is the event
  // ("will cause severe floods").
  if (any_noun && seg.trigger < 0) {
    if (auto h = np_head(da, r.sentence, seg.first, seg.last))
      r.tok = static_cast<int>(*h);
  }
  return r;
}

/// The event noun heading the subject of a causal verb: the first one after the last predicate
/// of the segment that ends where the verb starts ("the assassination touched off ...",
/// "Netanyahu said the remarks marked ...").
/// A verb reading that heads a noun phrase: right after a determiner ("the drop"), or after a
/// determiner and one plain modifier when a preposition follows ("the sharp drop in sales").
bool noun_like(const DocAnalysis& da, size_t s, size_t k, size_t first) {
  const auto& t = da.tokens;
  const LangPack& pack = *da.pack;
  if (k > first && pack.determiners.count(t[k - 1].norm))
    return true;
  // After a possessor ("the Pope's visit", "Iraq's invasion"), not a contraction ("it's").
  if (k > first + 1 && (t[k - 1].norm == "'s" || t[k - 1].norm == "'" || t[k - 1].norm == "’") &&
      t[k - 1].begin == t[k - 2].end && t[k - 2].kind == TokenKind::word &&
      !pack.stopwords.count(t[k - 2].norm))
    return true;
  return k > first + 1 && k + 1 < da.sentences[s].sentence.last &&
         pack.determiners.count(t[k - 2].norm) && t[k - 1].kind == TokenKind::word &&
         !t[k - 1].capitalized && !pack.stopwords.count(t[k - 1].norm) && !trig_at(da, s, k - 1) &&
         t[k + 1].kind == TokenKind::word && pack.stopwords.count(t[k + 1].norm) &&
         !pack.determiners.count(t[k + 1].norm);
}

/// The main predicate of r's clause: a verb standing before the segment's event ("executives are
/// talking about buying back": talking), else r. Names, nouns after a determiner, guessed
/// verbs opening the clause and verbs after a preposition or an infinitive marker ("los proyectos
/// para refinar") do not count.
SegRef main_predicate(const DocAnalysis& da, SegRef r) {
  const Segment& seg = da.seg(r);
  const LangPack& pack = *da.pack;
  if (r.tok >= 0 || seg.trigger < 0 || !predicate(seg.entry))
    return r;
  for (size_t k = seg.first; k < static_cast<size_t>(seg.trigger); ++k) {
    const TriggerEntry* e = trig_at(da, r.sentence, k);
    if (!e || !e->verb || e->adj || (e->weak && !e->generic && e->type != "occurrence") ||
        noun_like(da, r.sentence, k, seg.first) || (pack.proper_nouns && da.tokens[k].capitalized))
      continue;
    // A guessed verb opening the clause modifies its subject ("mining projects ... won").
    if (k == seg.first && e->weak && !e->generic)
      continue;
    // After a preposition or an infinitive marker the verb is a complement ("los proyectos
    // para refinar ... ganaron"), not the clause's own predicate.
    if (k > seg.first) {
      const std::string& before = da.tokens[k - 1].norm;
      if (pack.stopwords.count(before) && !pack.auxiliaries.count(before) &&
          !pack.copulas.count(before))
        continue;
    }
    r.tok = static_cast<int>(k);
    break;
  }
  return r;
}

/// True when segment p of sentence s is a plain noun phrase, as a sentence's opening subject is
/// ("Les fortes pluies", "Die Regenfälle"): it starts with a determiner or is one run of content
/// words, and holds no predicate ("On dit que les pluies": no).
bool plain_noun_phrase(const DocAnalysis& da, size_t s, const Segment& p) {
  if (p.first >= p.last || p.paren)
    return false;
  for (size_t k = p.first; k < p.last; ++k) {
    if (predicate(trig_at(da, s, k)) && !noun_like(da, s, k, p.first))
      return false;
  }
  if (da.pack->determiners.count(da.tokens[p.first].norm))
    return true;
  size_t k = p.first;
  while (k < p.last && !content_word(da, k)) ++k;
  while (k < p.last && content_word(da, k)) ++k;
  return k == p.last;
}

std::optional<SegRef> subject_head(const DocAnalysis& da, size_t s, size_t g, bool any_noun) {
  const auto& segs = da.sentences[s].segments;
  if (g == 0 || segs[g - 1].paren || segs[g - 1].last != segs[g].open)
    return std::nullopt;
  const Segment& p = segs[g - 1];
  // "the policies that led to the famine": a relative pronoun right before the verb stands for
  // the noun phrase before it.
  if (p.last >= p.first + 2) {
    const size_t pron = p.last - 1;
    auto m = da.pack->markers.match_at(da.tokens, pron, pron + 1);
    if (m && (*m->value == MarkerRole::relative || *m->value == MarkerRole::subject)) {
      size_t run = pron;
      while (run > p.first && content_word(da, run - 1)) --run;
      if (run < pron) {
        auto h = np_head(da, s, run, pron);
        if (h && (any_noun || event_noun(trig_at(da, s, *h))))
          return SegRef{s, g - 1, static_cast<int>(*h)};
        return std::nullopt;
      }
    }
  }
  // "The rejection of the offer to avoid a war enabled ...": a noun phrase opening the segment
  // with a determiner, or opening the sentence, with only prepositional and infinitive modifiers
  // up to the verb, is the subject; its head is the cause, not a noun inside a modifier.
  // Auxiliaries, copulas and adverbs right before the verb belong to it ("the growth was fueled
  // by", "program trading also causes").
  if ((da.pack->determiners.count(da.tokens[p.first].norm) || p.hard_start) &&
      !da.pack->infinitive.count(da.tokens[p.last - 1].norm)) {
    auto h = np_head(da, s, p.first, p.last);
    size_t end = p.last;
    while (h && end > *h + 1 &&
           (da.pack->auxiliaries.count(da.tokens[end - 1].norm) ||
            da.pack->copulas.count(da.tokens[end - 1].norm) || negation(da.tokens[end - 1]) ||
            da.pack->adverbs.match_at(da.tokens, end - 1, end)))
      --end;
    // A predicate heads the phrase only right before the verb ("program trading causes").
    bool modifiers_only = h.has_value() && (!predicate(trig_at(da, s, *h)) ||
                                            noun_like(da, s, *h, p.first) || *h + 1 == end);
    for (size_t k = h ? *h + 1 : end; k < end && modifiers_only; ++k) {
      // A reporting word or a clause marker ends the phrase ("the maker said the drop ...").
      if (da.pack->modality.match_at(da.tokens, k, k + 1) ||
          da.pack->markers.match_at(da.tokens, k, k + 1) ||
          da.pack->auxiliaries.count(da.tokens[k].norm) ||
          da.pack->copulas.count(da.tokens[k].norm) || negation(da.tokens[k])) {
        modifiers_only = false;
        break;
      }
      if (!predicate(trig_at(da, s, k)) || noun_like(da, s, k, p.first))
        continue;
      const std::string& before = da.tokens[k - 1].norm;
      if (before == "-" && da.tokens[k - 1].end == da.tokens[k].begin)
        continue;  // a compound modifier ("a Soviet-led effort")
      modifiers_only = (da.pack->stopwords.count(before) || da.pack->infinitive.count(before)) &&
                       !da.pack->auxiliaries.count(before) && !da.pack->copulas.count(before);
    }
    if (modifiers_only && (any_noun || event_noun(trig_at(da, s, *h))))
      return SegRef{s, g - 1, static_cast<int>(*h)};
  }
  size_t from = p.first;
  int last_predicate = -1;
  for (size_t k = p.first; k < p.last; ++k) {
    if (predicate(trig_at(da, s, k)) && !noun_like(da, s, k, p.first)) {
      from = k + 1;
      last_predicate = static_cast<int>(k);
    }
  }
  // "extended the offer to allow ...": an infinitive of purpose has the clause's event as its
  // subject. After a predicative adjective ("the weakness is likely to lead to") the infinitive
  // continues the clause: its subject is the cause.
  if (p.last > p.first && da.pack->infinitive.count(da.tokens[p.last - 1].norm)) {
    const TriggerEntry* lp = last_predicate >= 0 ? trig_at(da, s, size_t(last_predicate)) : nullptr;
    // "a move expected to result in", "a situation that is expected to lead to": a modal phrase
    // before the infinitive ends the subject's clause; the noun right before it is the cause.
    for (size_t i = p.first + 1; i + 1 < p.last; ++i) {
      auto m = da.pack->modality.match_at(da.tokens, i, p.last);
      if (!m || i + m->length != p.last || *m->value != "planned")
        continue;
      size_t k = i;
      while (k > p.first &&
             (da.pack->copulas.count(da.tokens[k - 1].norm) ||
              (da.pack->markers.match_at(da.tokens, k - 1, k) &&
               *da.pack->markers.match_at(da.tokens, k - 1, k)->value != MarkerRole::coord)))
        --k;
      if (k == p.first)
        return std::nullopt;
      auto h = np_head(da, s, k - 1, k);
      const TriggerEntry* he = h ? trig_at(da, s, *h) : nullptr;
      if (h && (any_noun || event_noun(he)))
        return SegRef{s, g - 1, static_cast<int>(*h)};
      return std::nullopt;
    }
    if (lp && lp->verb)
      return SegRef{s, g - 1, last_predicate};
    if (!lp && !any_noun)
      return std::nullopt;
    from = p.first;
    const size_t until = last_predicate >= 0 ? size_t(last_predicate) : p.first;
    for (size_t k = p.first; k < until; ++k) {
      const TriggerEntry* e = trig_at(da, s, k);
      if (e && e->verb)
        from = k + 1;
    }
  }
  for (size_t k = from; k < p.last; ++k) {
    const TriggerEntry* e = trig_at(da, s, k);
    if (event_noun(e) || (e && e->verb && !e->weak && noun_like(da, s, k, p.first))) {
      // "the proposed guidelines", "a cost-cutting move": a verb form or a noun before the noun
      // modifies it; the noun heads the phrase.
      size_t h = k;
      while (da.pack->np_head_last && h + 1 < p.last && verb_form(da, h) &&
             plain_noun(da, s, h + 1) && (h + 2 >= p.last || !negation(da.tokens[h + 2])))
        ++h;
      return SegRef{s, g - 1, static_cast<int>(h)};
    }
  }
  if (!any_noun)
    return std::nullopt;
  // A strong causal verb makes its subject an event whatever noun heads it ("oncoming rains will
  // cause ..."): the subject starts after the clause's last predicate or subordinating marker
  // ("warning residents that oncoming rains ...").
  for (size_t k = from; k < p.last; ++k) {
    auto m = da.pack->markers.match_at(da.tokens, k, k + 1);
    if (m && *m->value != MarkerRole::coord)
      from = k + 1;
    // "... and would have caused": a coordinated predicate without a subject of its own.
    if (m && *m->value == MarkerRole::coord && !np_head(da, s, k + 1, p.last))
      return std::nullopt;
  }
  if (auto h = np_head(da, s, from, p.last))
    return SegRef{s, g - 1, static_cast<int>(*h)};
  return std::nullopt;
}

/// The antecedent of a relative pronoun: an event noun right before it ("the assassination
/// attempt, which led to ..."), else the segment's event.
SegRef antecedent(const DocAnalysis& da, SegRef r) {
  const Segment& seg = da.seg(r);
  // A compound ends in its head ("the assassination attempt, which"): a verb reading there is a
  // noun after a determiner or another noun.
  if (seg.last > seg.first + 1 && da.pack->np_head_last) {
    const size_t k = seg.last - 1;
    const TriggerEntry* e = trig_at(da, r.sentence, k);
    const TriggerEntry* before = trig_at(da, r.sentence, k - 1);
    if (e && e->verb && !e->adj && content_word(da, k) &&
        (noun_like(da, r.sentence, k, seg.first) || event_noun(before) ||
         plain_noun(da, r.sentence, k - 1))) {
      r.tok = static_cast<int>(k);
      return r;
    }
  }
  for (size_t k = seg.last; k-- > seg.first && k + 3 > seg.last;) {
    if (event_noun(trig_at(da, r.sentence, k))) {
      r.tok = static_cast<int>(k);
      break;
    }
  }
  return r;
}

/// A clause cue after the object of a causal verb ("offered to help offset the costs because
/// ...", "stopped paying a dividend because of ..."): the clause the verb stands in is the effect,
/// through the predicate before the verb.
SegRef verb_complement_head(const DocAnalysis& da, SegRef r) {
  const auto& segs = da.sentences[r.sentence].segments;
  const Segment& seg = segs[r.segment];
  if (r.tok >= 0 || seg.cue < 0 || r.segment == 0 || seg.paren)
    return r;
  const CueHit& hit = da.sentences[r.sentence].cues[static_cast<size_t>(seg.cue)];
  if (hit.cue->kind != CueKind::verb || hit.cue->cause_is_introduced || hit.tok != seg.open)
    return r;
  const Segment& p = segs[r.segment - 1];
  if (p.paren || p.last != seg.open || !eventful(p) || !predicate(p.entry))
    return r;
  return SegRef{r.sentence, r.segment - 1};
}

/// True when segment seg of sentence s holds a predicate that is no noun ("its stock doesn't
/// meet", not "under the proposed rules").
bool clause_predicate(const DocAnalysis& da, size_t s, const Segment& seg) {
  for (size_t k = seg.first; k < seg.last; ++k) {
    const TriggerEntry* e = trig_at(da, s, k);
    if (predicate(e) && !noun_like(da, s, k, seg.first) &&
        !(k > seg.first && da.pack->stopwords.count(da.tokens[k - 1].norm) &&
          !da.pack->auxiliaries.count(da.tokens[k - 1].norm) &&
          !da.pack->copulas.count(da.tokens[k - 1].norm)))
      return true;
  }
  return false;
}

/// True when token k is a preposition opening a phrase ("under", "in"): a function word that is
/// no determiner, auxiliary or adverb.
bool opens_phrase(const DocAnalysis& da, size_t k) {
  const LangPack& pack = *da.pack;
  const std::string& w = da.tokens[k].norm;
  return pack.stopwords.count(w) && !pack.determiners.count(w) && !pack.auxiliaries.count(w) &&
         !pack.copulas.count(w) && !pack.adverbs.match_at(da.tokens, k, k + 1) &&
         !pack.markers.match_at(da.tokens, k, k + 1);
}

/// True when a function word stands between the event of noun-phrase segment p and its end: a
/// phrase coordinated after it belongs to that modifier ("an increase in loan and real estate
/// reserves"), not to the cue's argument.
bool inside_modifier(const DocAnalysis& da, const Segment& p) {
  if (p.trigger < 0)
    return false;
  for (size_t k = static_cast<size_t>(p.trigger) + 1; k < p.last; ++k) {
    if (da.pack->stopwords.count(da.tokens[k].norm))
      return true;
  }
  return false;
}

bool is_comma(const Token& t) { return t.kind == TokenKind::punct && t.norm == ","; }

/// True when no segment before g in the sentence holds an event.
bool initial(const DocAnalysis& da, size_t s, size_t g) {
  const auto& segs = da.sentences[s].segments;
  for (size_t k = 0; k < g; ++k) {
    if (eventful(segs[k]))
      return false;
  }
  return true;
}

}  // namespace

std::vector<ProtoLink> find_links(const DocAnalysis& da) {
  std::vector<ProtoLink> out;
  auto add = [&](SegRef cause, SegRef effect, LinkType type, std::string cue, double conf) {
    for (SegRef* r : {&cause, &effect}) {
      if (r->tok >= 0 && r->tok == da.seg(*r).trigger)
        r->tok = -1;  // the segment's own event
    }
    if (cause == effect)
      return;
    out.push_back({cause, effect, type, std::move(cue), conf});
  };
  for (size_t s = 0; s < da.sentences.size(); ++s) {
    const auto& sa = da.sentences[s];
    const auto& segs = sa.segments;
    for (size_t g = 0; g < segs.size(); ++g) {
      const Segment& seg = segs[g];
      // "X intensified after April 2025, when Y": Y explains the change in X.
      // Only where the change is dated right before ("after April 2025, when"): a plain "X
      // rose when Y" is mostly coincidence in time.
      if (seg.marker == MarkerRole::when && eventful(seg) && g > 0 &&
          !segs[g - 1].timexes.empty()) {
        if (auto p = previous_event(da, s, g); p && da.seg(p->ref).entry->change) {
          const Segment& when_seg = seg;
          add({s, g}, p->ref, LinkType::caused, std::string(da.text(when_seg.open, when_seg.first)),
              0.35);
        }
      }
      if (seg.cue < 0)
        continue;
      const CueHit& hit = sa.cues[static_cast<size_t>(seg.cue)];
      const Cue& cue = *hit.cue;
      if (cue.kind == CueKind::adv && g + 1 == segs.size() && seg.trigger < 0 &&
          seg.first == seg.last && s > 0 && cue.type != LinkType::preceded) {
        // A sentence-final adverb ("... invest more as a result.", "... en conséquence.") links
        // the clause it ends to the sentence before.
        auto here = previous_event(da, s, g);
        auto before = last_event_of(da, s - 1);
        if (here && before) {
          // Each clause's own event: no second event is made for a predicate beside it.
          const SegRef in = here->ref, other = before->ref;
          add(cue.cause_is_introduced ? in : other, cue.cause_is_introduced ? other : in, cue.type,
              std::string(da.text(hit.tok, hit.tok + hit.len)), cue.confidence * 0.8);
        }
        continue;
      }
      // "Die Regenfälle haben Überschwemmungen verursacht": a clause-final causal verb has its
      // subject and then its object before it, in the same segment.
      if (cue.kind == CueKind::verb && !cue.cause_is_introduced && da.pack->verb_final &&
          cue.confidence >= kStrongVerb && g > 0 && !seg.paren &&
          !np_head(da, s, seg.first, seg.last) && !segs[g - 1].paren &&
          segs[g - 1].last == seg.open) {
        const Segment& p = segs[g - 1];
        size_t run = p.last;
        while (run > p.first && content_word(da, run - 1)) --run;
        auto object = np_head(da, s, run, p.last);
        auto subject = np_head(da, s, p.first, run);
        if (object && subject) {
          add({s, g - 1, static_cast<int>(*subject)}, {s, g - 1, static_cast<int>(*object)},
              cue.type, std::string(da.text(hit.tok, hit.tok + hit.len)), cue.confidence);
        }
        continue;
      }
      // "because, under the new rules, its stock doesn't meet the criteria": a phrase between
      // commas opens the clause; the clause after it is the cue's argument.
      const bool phrase_first =
          cue.kind == CueKind::conj && g + 1 < segs.size() && !seg.paren &&
          (seg.first == seg.last || (opens_phrase(da, seg.first) && seg.last < segs[g + 1].open &&
                                     da.tokens[seg.last].norm == ",")) &&
          !clause_predicate(da, s, seg) && segs[g + 1].cue < 0 && !segs[g + 1].marker &&
          !segs[g + 1].paren && eventful(segs[g + 1]) && clause_predicate(da, s, segs[g + 1]);
      // "the plunge helped spark the sell-off", "the cut helped to trigger a rally": a causal
      // verb whose object is another causal verb brings about that verb's event (the segment
      // opens at the first verb and keeps the second one's cue).
      if (cue.kind == CueKind::verb && !cue.cause_is_introduced && hit.tok > seg.open) {
        for (const CueHit& ph : sa.cues) {
          if (ph.tok != seg.open || ph.cue->kind != CueKind::verb || ph.cue->cause_is_introduced)
            continue;
          bool bare = true;
          for (size_t k = ph.tok + ph.len; k < hit.tok; ++k)
            bare &= da.pack->infinitive.count(da.tokens[k].norm) > 0;
          if (!bare)
            break;
          if (auto subj = subject_head(da, s, g, ph.cue->confidence >= kStrongVerb))
            add(*subj, {s, g, static_cast<int>(hit.tok)}, ph.cue->type,
                std::string(da.text(ph.tok, ph.tok + ph.len)), ph.cue->confidence);
          break;
        }
      }
      if (!eventful(seg) && !phrase_first &&
          (cue.kind != CueKind::verb || cue.confidence < kStrongVerb || seg.paren ||
           !np_head(da, s, seg.first, seg.last)))
        continue;
      // Coordinated arguments share the cue: clauses for clause cues ("because X and Y"), noun
      // phrases for prepositions ("thanks to X and Y"). Noun phrases inside a clause are skipped.
      std::vector<SegRef> intro{{s, g}};
      const bool clause_cue = cue.kind != CueKind::prep;
      size_t next = g + 1;
      if (phrase_first) {
        intro[0] = {s, next++};
      }
      for (size_t k = next; k < segs.size(); ++k) {
        const Segment& f = segs[k];
        const Cue* fc = f.cue >= 0 ? sa.cues[static_cast<size_t>(f.cue)].cue : nullptr;
        const bool inner_np = fc && (fc->kind == CueKind::prep ||
                                     (fc->type == LinkType::preceded && f.entry && !f.entry->verb));
        if (clause_cue && inner_np)
          continue;
        if (f.marker != MarkerRole::coord || f.cue >= 0)
          break;
        if (!clause_cue && inside_modifier(da, segs[k - 1]) &&
            !(f.first < f.last && opens_phrase(da, f.first)))
          break;  // "an increase in loan and real estate reserves": the phrase of a modifier
        if (eventful(f) && (f.entry->verb || f.entry->adj) == clause_cue) {
          intro.push_back({s, k});
        } else if (!clause_cue && eventful(f)) {
          // "as a result of softer demand and lost orders": a participle before the noun of a
          // coordinated phrase modifies it; the noun heads the phrase.
          if (auto h = np_head(da, s, f.first, f.last); h && trig_at(da, s, *h))
            intro.push_back({s, k, static_cast<int>(*h)});
        }
      }
      std::optional<Resolved> other;
      double other_discount = 1.0;
      const bool first = initial(da, s, g);
      switch (cue.kind) {
        case CueKind::conj:
        case CueKind::prep:
          other = first ? next_event(da, s, intro.back().segment) : previous_event(da, s, g);
          if (other && !first)
            other->ref = verb_complement_head(da, other->ref);
          break;
        case CueKind::adv:
          if (first) {
            if (s > 0)
              other = last_event_of(da, s - 1);
          } else {
            other = previous_event(da, s, g);
          }
          break;
        case CueKind::verb: {
          const bool anaphoric =
              g > 0 && segs[g - 1].marker == MarkerRole::subject && segs[g - 1].trigger < 0;
          const bool strong = cue.confidence >= kStrongVerb;
          // "Les fortes pluies ont provoqué ...", "As chuvas provocaram ...": a strong causal verb
          // after a plain noun phrase opening the sentence has that phrase as its cause, whatever
          // word starts the verb (an auxiliary, a verb no lexicon knows).
          std::optional<SegRef> opening_subject;
          if (first && !anaphoric && strong && g > 0 && seg.marker != MarkerRole::relative &&
              plain_noun_phrase(da, s, segs[g - 1]))
            opening_subject = subject_head(da, s, g, true);
          if (opening_subject) {
            other = Resolved{*opening_subject, false};
          } else if (anaphoric || first) {
            // "This led to ...", "The rule led to ...": the subject points back. A noun phrase
            // before a weaker verb ("the new space will allow ...") is its own cause, not one
            // named before.
            if (s > 0 && (anaphoric || strong))
              other = last_event_of(da, s - 1);
            if (other && !anaphoric)
              other_discount = 0.6;
          } else if (seg.marker == MarkerRole::relative ||
                     (g > 0 && segs[g - 1].marker == MarkerRole::relative &&
                      segs[g - 1].trigger < 0 && segs[g - 1].last == seg.open)) {
            // "..., which led to ...": the relative pronoun stands for the event before it.
            other = previous_event(da, s, seg.marker == MarkerRole::relative ? g : g - 1);
            if (other)
              other->ref = antecedent(da, other->ref);
          } else if (auto subj = subject_head(da, s, g, cue.confidence >= kStrongVerb)) {
            other = Resolved{*subj, false};
          } else if (g > 0 && !segs[g - 1].paren && segs[g - 1].trigger >= 0 &&
                     segs[g - 1].last == seg.open && !segs[g - 1].entry->verb &&
                     !segs[g - 1].entry->adj) {
            // "The ban led to ...": the cause is the event noun heading the subject, in the same
            // clause (a person or company as subject is no cause).
            other = Resolved{{s, g - 1}, false};
          } else if (g > 0 && !seg.paren && !cue.cause_is_introduced &&
                     seg.marker == std::nullopt && segs[g - 1].last < seg.open &&
                     is_comma(da.tokens[seg.open - 1])) {
            // "The storm flooded the valley, forcing thousands to flee": a causal verb opening a
            // clause after a comma has the clause before it as its cause.
            // A noun phrase opening the sentence, with only a parenthesis after it, is the
            // subject instead ("The sale, at a higher price than expected, helps ...").
            if (plain_noun_phrase(da, s, segs[0]) && segs[0].trigger >= 0)
              other = Resolved{{s, 0}, false};
            else
              other = previous_event(da, s, g);
            if (other)
              other->ref = clause_head(da, other->ref);
          }
          break;
        }
      }
      if (!other)
        continue;
      const std::string cue_text(da.text(hit.tok, hit.tok + hit.len));
      if (cue.kind == CueKind::verb) {
        const bool np_object = da.pack->stopwords.count(da.tokens[hit.tok + hit.len - 1].norm) > 0;
        for (SegRef& in : intro) in = object_head(da, in, cue.confidence >= kStrongVerb, np_object);
      } else {
        // Clause connectives relate predicates; a noun phrase cue still has a clause on its
        // other side.
        if (cue.kind != CueKind::prep) {
          for (SegRef& in : intro) in = clause_head(da, in);
        }
        other->ref = clause_head(da, other->ref);
        if (cue.kind == CueKind::adv) {
          // "X. So its managers are talking about buying back shares": an adverb links the
          // sentences' main predicates.
          other->ref = main_predicate(da, other->ref);
          for (SegRef& in : intro) in = main_predicate(da, in);
        }
      }
      for (const SegRef& in : intro) {
        SegRef cause = cue.cause_is_introduced ? in : other->ref;
        SegRef effect = cue.cause_is_introduced ? other->ref : in;
        LinkType type = cue.type;
        double conf = cue.confidence * other_discount;
        if (type == LinkType::preceded) {
          // "X after Y" where Y is an intervention (a ban, a repeal ...): causal when X is a
          // change ("exports fell after the ban"), enabling when X is a state that holds since
          // Y ("legal after the repeal"), a response when X is a typed deliberate act. Other
          // events after an event are mere sequence.
          const TriggerEntry* later = da.entry_of(effect);
          const TriggerEntry* earlier = da.entry_of(cause);
          const bool after_intervention = earlier && earlier->cls == TypeClass::intervention;
          if ((other->via_state && effect == other->ref) ||
              (after_intervention && later && later->state)) {
            type = LinkType::enabled;
            conf = 0.4;
          } else if (after_intervention && later && later->change) {
            type = LinkType::caused;
            conf = 0.4;
          } else if (after_intervention && later && later->cls == TypeClass::action &&
                     !later->weak) {
            // "after the tightening, the labs moved their training abroad": a deliberate act
            // right after an intervention is read as the response to it.
            type = LinkType::caused;
            conf = 0.35;
          }
        }
        add(cause, effect, type, cue_text, conf);
      }
    }
  }
  return out;
}

}  // namespace causeline::extract
