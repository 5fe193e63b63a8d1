#include "importers/extract/event_builder.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "core/taxonomy.hpp"

namespace causeline::extract {
namespace {

/// `v` sorted, each value once: what a std::set gave, in one allocation instead of a node each.
std::vector<std::string> sorted_unique(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

/// Gazetteer names plus runs of capitalised words that are not sentence-initial.
std::vector<std::string> participants_of(const DocAnalysis& da, const Segment& seg,
                                         size_t sentence_first,
                                         const PhraseSet<ParticipantEntry>& gazetteer) {
  std::vector<std::string> names;
  std::vector<Token> part;  // a hyphenated compound's first part, looked up as a token of its own
  const auto& toks = da.tokens;
  auto in_timex = [&](size_t i) { return da.in_timex[i]; };
  for (size_t i = seg.open; i < seg.last;) {
    if (in_timex(i)) {
      ++i;
      continue;
    }
    if (auto m = gazetteer.match_at(toks, i, seg.last)) {
      names.push_back(m->value->name);
      i += m->length;
      continue;
    }
    const Token& t = toks[i];
    if (auto dash = t.norm.find('-'); dash != std::string::npos && dash > 0) {
      // Hyphenated compounds name their first part: "Nvidia-Chips", "H20-Chips".
      part.resize(1);
      part[0].norm.assign(t.norm, 0, dash);  // match_at reads no other field
      if (auto m = gazetteer.match_at(part, 0, 1)) {
        names.push_back(m->value->name);
        ++i;
        continue;
      }
    }
    const bool proper = t.kind == TokenKind::word && t.capitalized && i != sentence_first &&
                        (da.pack->proper_nouns || t.all_caps) &&
                        !da.pack->stopwords.count(t.norm) && t.end - t.begin > 1 &&
                        !da.pack->aliases.match_at(toks, i, seg.last);
    if (!proper) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < seg.last && j < i + 4 && toks[j].kind == TokenKind::word && toks[j].capitalized &&
           !gazetteer.match_at(toks, j, seg.last) && !in_timex(j)) {
      ++j;
    }
    names.emplace_back(da.text(i, j));
    i = j;
  }
  return sorted_unique(std::move(names));
}

std::vector<std::string> concepts_of(const DocAnalysis& da, const Segment& seg) {
  std::vector<std::string> out;
  for (size_t i = seg.first; i < seg.last; ++i) {
    if (auto m = da.pack->aliases.match_at(da.tokens, i, seg.last)) {
      if (*m->value != seg.entry->type)
        out.push_back(*m->value);
      i += m->length - 1;
    }
  }
  return sorted_unique(std::move(out));
}

std::string modality_of(const SentenceAnalysis& sa, const Segment& seg) {
  std::string reported;
  for (const auto& hit : sa.modality) {
    const std::string& value = *hit.value;
    const size_t i = hit.tok;
    const bool inside = i >= seg.open && i < seg.last &&
                        (seg.trigger < 0 || i < static_cast<size_t>(seg.trigger) + 1);
    if (value == "reported") {
      reported = value;
    } else if (inside) {
      return value;
    }
  }
  return reported.empty() ? "asserted" : reported;
}

/// The title of an event of a generic type ("occurrence"): its own words, the clause from its
/// first content word, on one line and cut after about ten words. A label such as "occurrence —
/// export, rule" tells the reader nothing, and generic events are never merged by title.
std::string clause_title(const DocAnalysis& da, const Segment& seg) {
  constexpr size_t kWords = 10;
  const size_t first = seg.first < seg.last ? seg.first : seg.open;
  const size_t last = std::min(seg.last, first + kWords);
  std::string t;
  for (size_t i = first; i < last; ++i) {
    const Token& tok = da.tokens[i];
    if (!t.empty() && i > first && da.tokens[i - 1].end < tok.begin)
      t += ' ';
    t.append(da.doc->text, tok.begin, tok.end - tok.begin);
  }
  if (last < seg.last)
    t += "\xe2\x80\xa6";
  return t;
}

std::string make_title(const std::string& type, const std::vector<std::string>& who,
                       const std::vector<std::string>& concepts) {
  std::string t = type;
  if (!who.empty()) {
    t += ":";
    for (size_t i = 0; i < who.size(); ++i) t += (i ? ", " : " ") + who[i];
  }
  if (!concepts.empty()) {
    t += " —";
    for (size_t i = 0; i < concepts.size(); ++i) t += (i ? ", " : " ") + concepts[i];
  }
  return t;
}

}  // namespace

std::string event_id_prefix(const std::string& doc_id) {
  std::string id;
  id.reserve(doc_id.size() + 1);
  for (char c : doc_id) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      id += c;
    } else if (c >= 'A' && c <= 'Z') {
      id += static_cast<char>(c - 'A' + 'a');
    } else if (!id.empty() && id.back() != '-') {
      id += '-';
    }
  }
  while (!id.empty() && id.back() == '-') id.pop_back();
  if (id.empty())
    id = "doc";
  id += '-';
  return id;
}

Extraction build_events(const DocAnalysis& da, const std::vector<ProtoLink>& links,
                        const PhraseSet<ParticipantEntry>& participants) {
  std::set<SegRef> chosen;
  for (const auto& l : links) {
    if (l.type == LinkType::preceded)
      continue;
    chosen.insert(l.cause);
    chosen.insert(l.effect);
  }
  for (size_t s = 0; s < da.sentences.size(); ++s) {
    for (size_t g = 0; g < da.sentences[s].segments.size(); ++g) {
      const Segment& seg = da.sentences[s].segments[g];
      if (seg.trigger < 0 || seg.paren)
        continue;
      // A clause is an event when it is dated, or when its trigger is a full verb of action:
      // states, light verbs and bare nouns count only through a date or a causal link.
      const TriggerEntry* en = da.entry_of({s, g});
      if (da.dates[s][g].when.ok() || (en && en->verb && !en->adj && !en->state && !en->weak))
        chosen.insert({s, g});
    }
  }
  // A noun phrase naming an event of the same type as one just reported ("the ban", "grazie
  // alla revoca") refers back to it: within this sentence or the two before.
  std::map<SegRef, SegRef> refers_to;
  for (const SegRef& r : chosen) {
    const Segment& seg = da.seg(r);
    if (r.tok >= 0)
      continue;
    const bool nominal =
        seg.entry && !seg.entry->verb && !seg.entry->adj && seg.cue >= 0 &&
        da.sentences[r.sentence].cues[static_cast<size_t>(seg.cue)].cue->kind == CueKind::prep;
    if (!nominal || da.dates[r.sentence][r.segment].when.ok())
      continue;
    for (auto it = chosen.rbegin(); it != chosen.rend(); ++it) {
      const SegRef& q = *it;
      if (!(q < r) || q.sentence + 2 < r.sentence)
        continue;
      const TriggerEntry* prev = da.entry_of(q);
      // Generic events ("occurrence") share no type worth matching.
      if (prev && prev->type == seg.entry->type && seg.entry->type != "occurrence" &&
          !refers_to.count(q)) {
        refers_to[r] = q;
        break;
      }
    }
  }
  for (const auto& [from, to] : refers_to) chosen.erase(from);
  auto resolve = [&](SegRef r) {
    auto it = refers_to.find(r);
    return it == refers_to.end() ? r : it->second;
  };

  Extraction ex;
  std::map<SegRef, std::string> ids;
  const std::string id_prefix = event_id_prefix(da.doc->id);
  ex.events.reserve(chosen.size());
  for (const SegRef& r : chosen) {
    const SentenceAnalysis& sa = da.sentences[r.sentence];
    const Segment& seg = sa.segments[r.segment];
    const Token& trig = da.tokens[da.trigger_of(r)];
    // A word no lexicon knows, made an event by a causal link (the subject of "led to"), is an
    // untyped occurrence.
    static const TriggerEntry kOccurrence = [] {
      TriggerEntry t;
      t.type = "occurrence";
      t.verb = false;
      t.weak = true;
      return t;
    }();
    const TriggerEntry* entry = da.entry_of(r) ? da.entry_of(r) : &kOccurrence;
    Event e;
    e.id = id_prefix + std::to_string(trig.begin);
    e.type = entry->type;
    const SegDate& d = da.dates[r.sentence][r.segment];
    e.when = d.when;
    e.dating = d.when.ok() ? d.how : Dating::undated;
    e.modality = modality_of(sa, seg);
    e.participants = participants_of(da, seg, sa.sentence.first, participants);
    const EventType* kind = find_event_type(e.type);
    e.title = kind && kind->cls == TypeClass::generic
                  ? clause_title(da, seg)
                  : make_title(e.type, e.participants, concepts_of(da, seg));
    e.confidence = entry->weak ? 0.5 : 0.8;
    Source src;
    src.doc = da.doc->id;
    src.lang = da.pack->code;
    src.trigger_begin = trig.begin;
    src.trigger_end = trig.end;
    size_t first = seg.first < seg.last ? seg.first : seg.open;
    src.evidence_begin = da.tokens[first].begin;
    // The evidence holds the trigger, also where a clause's predicate is the causal verb right
    // after it ("because spending | fueled the growth").
    src.evidence_end = std::max(da.tokens[seg.last - 1].end, trig.end);
    src.evidence = da.doc->text.substr(src.evidence_begin, src.evidence_end - src.evidence_begin);
    e.sources.push_back(std::move(src));
    ids[r] = e.id;
    ex.events.push_back(std::move(e));
  }
  std::set<std::tuple<std::string, std::string, LinkType>> seen;
  for (const auto& l : links) {
    auto c = ids.find(resolve(l.cause)), f = ids.find(resolve(l.effect));
    if (c == ids.end() || f == ids.end() || c->second == f->second)
      continue;
    if (!seen.insert({c->second, f->second, l.type}).second)
      continue;
    Link link;
    link.from = c->second;
    link.to = f->second;
    link.type = l.type;
    link.cue = l.cue;
    link.doc = da.doc->id;
    link.confidence = l.confidence;
    const auto& sc = da.sentences[l.cause.sentence].sentence;
    const auto& se = da.sentences[l.effect.sentence].sentence;
    size_t b = std::min(sc.begin, se.begin), e = std::max(sc.end, se.end);
    link.evidence = da.doc->text.substr(b, e - b);
    ex.links.push_back(std::move(link));
  }
  std::sort(ex.links.begin(), ex.links.end(), [](const Link& x, const Link& y) {
    return std::tie(x.from, x.to, x.type) < std::tie(y.from, y.to, y.type);
  });
  return ex;
}

}  // namespace causeline::extract
