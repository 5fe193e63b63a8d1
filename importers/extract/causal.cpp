// Causal and temporal links from cues: each cue introduces one argument (the clause or noun phrase
// after it) and finds the other one before it, after it (sentence-initial cues), or in the previous
// sentence (sentence-initial adverbs and anaphoric subjects).
#include <optional>

#include "importers/extract/analysis.hpp"

namespace causeline::extract {
namespace {

bool eventful(const Segment& s) { return s.trigger >= 0 && !s.paren; }

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
      if (p.entry && p.entry->state)
        via_state = true;
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
      if (seg.marker == MarkerRole::when && eventful(seg) && g > 0) {
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
      if (!eventful(seg))
        continue;
      // Coordinated arguments share the cue: clauses for clause cues ("because X and Y"), noun
      // phrases for prepositions ("thanks to X and Y"). Noun phrases inside a clause are skipped.
      std::vector<SegRef> intro{{s, g}};
      const bool clause_cue = cue.kind != CueKind::prep;
      for (size_t k = g + 1; k < segs.size(); ++k) {
        const Segment& f = segs[k];
        const Cue* fc = f.cue >= 0 ? sa.cues[static_cast<size_t>(f.cue)].cue : nullptr;
        const bool inner_np = fc && (fc->kind == CueKind::prep ||
                                     (fc->type == LinkType::preceded && f.entry && !f.entry->verb));
        if (clause_cue && inner_np)
          continue;
        if (f.marker != MarkerRole::coord || f.cue >= 0)
          break;
        if (eventful(f) && (f.entry->verb || f.entry->adj) == clause_cue)
          intro.push_back({s, k});
      }
      std::optional<Resolved> other;
      double other_discount = 1.0;
      const bool first = initial(da, s, g);
      switch (cue.kind) {
        case CueKind::conj:
        case CueKind::prep:
          other = first ? next_event(da, s, intro.back().segment) : previous_event(da, s, g);
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
          if (anaphoric || first) {
            // "This led to ...", "The rule led to ...": the subject points back.
            if (s > 0)
              other = last_event_of(da, s - 1);
            if (other && !anaphoric)
              other_discount = 0.6;
          } else if (seg.marker == MarkerRole::relative ||
                     (g > 0 && segs[g - 1].marker == MarkerRole::relative &&
                      segs[g - 1].trigger < 0 && segs[g - 1].last == seg.open)) {
            // "..., which led to ...": the relative pronoun stands for the event before it.
            other = previous_event(da, s, seg.marker == MarkerRole::relative ? g : g - 1);
          } else if (g > 0 && !segs[g - 1].paren && segs[g - 1].trigger >= 0 &&
                     segs[g - 1].last == seg.open && !segs[g - 1].entry->verb &&
                     !segs[g - 1].entry->adj) {
            // "The ban led to ...": the cause is the event noun heading the subject, in the same
            // clause (a person or company as subject is no cause).
            other = Resolved{{s, g - 1}, false};
          }
          break;
        }
      }
      if (!other)
        continue;
      const std::string cue_text(da.text(hit.tok, hit.tok + hit.len));
      for (const SegRef& in : intro) {
        SegRef cause = cue.cause_is_introduced ? in : other->ref;
        SegRef effect = cue.cause_is_introduced ? other->ref : in;
        LinkType type = cue.type;
        double conf = cue.confidence * other_discount;
        if (type == LinkType::preceded) {
          // "X after Y": causal when X is a change or Y an intervention (a ban, a repeal ...),
          // enabling when X is a state that holds since Y.
          const Segment& later = da.seg(effect);
          const Segment& earlier = da.seg(cause);
          if (other->via_state && effect == other->ref) {
            type = LinkType::enabled;
            conf = 0.4;
          } else if (later.entry && later.entry->change) {
            type = LinkType::caused;
            conf = 0.4;
          } else if (earlier.entry && earlier.entry->cls == TypeClass::intervention) {
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
