// Dating of segments: a clause's own temporal expression, else the time of the clause it depends
// on.
#include "importers/extract/analysis.hpp"

namespace causeline::extract {

std::string_view DocAnalysis::text(size_t first, size_t last) const {
  if (first >= last)
    return {};
  return std::string_view(doc->text).substr(tokens[first].begin,
                                            tokens[last - 1].end - tokens[first].begin);
}

namespace {

bool usable(const timex::Timex& tx) {
  return (tx.type == "DATE" || tx.type == "TIME") && tx.value.anchored();
}

/// The modifier a dating cue ("after April 2025") puts on the date it governs.
TimeMod mod_from_cue(const SentenceAnalysis& sa, const std::vector<Token>& tokens,
                     const timex::Timex& tx) {
  for (const auto& c : sa.cues) {
    if (!c.dating || c.cue->type != LinkType::preceded)
      continue;
    const size_t cue_end = c.tok + c.len;
    if (tokens[cue_end - 1].end > tx.begin)
      continue;
    // The cue must sit right before the date (at most two tokens, e.g. an article, between).
    size_t between = 0;
    for (size_t k = cue_end; k < tokens.size() && tokens[k].end <= tx.begin; ++k) ++between;
    if (between <= 2)
      return c.cue->cause_is_introduced ? TimeMod::after : TimeMod::before;
  }
  return TimeMod::none;
}

}  // namespace

void date_segments(DocAnalysis& da) {
  da.dates.assign(da.sentences.size(), {});
  for (size_t s = 0; s < da.sentences.size(); ++s) {
    const auto& sa = da.sentences[s];
    auto& dates = da.dates[s];
    dates.assign(sa.segments.size(), SegDate{});
    for (size_t g = 0; g < sa.segments.size(); ++g) {
      const Segment& seg = sa.segments[g];
      for (size_t k : seg.timexes) {
        const auto& tx = da.timexes[k];
        if (!usable(tx))
          continue;
        TimeValue v = tx.value;
        if (v.mod() == TimeMod::none)
          v = v.with_mod(mod_from_cue(sa, da.tokens, tx));
        dates[g] = {v, Dating::explicit_};
        break;
      }
      if (dates[g].when.ok())
        continue;
      // A date standing alone between commas ("On 13 May 2025, X"; "X, on Tuesday") dates the
      // clause it is attached to: the next one at the start of a sentence, else the previous one.
      if (seg.trigger < 0 || seg.paren)
        continue;
      if (g > 0 && sa.segments[g - 1].trigger < 0 && !sa.segments[g - 1].paren &&
          sa.segments[g - 1].cue < 0 && dates[g - 1].when.ok() &&
          dates[g - 1].how == Dating::explicit_) {
        dates[g] = dates[g - 1];
        continue;
      }
      if (g + 1 < sa.segments.size() && sa.segments[g + 1].trigger < 0 &&
          !sa.segments[g + 1].paren && sa.segments[g + 1].cue < 0) {
        for (size_t k : sa.segments[g + 1].timexes) {
          if (usable(da.timexes[k])) {
            dates[g] = {da.timexes[k].value, Dating::explicit_};
            break;
          }
        }
        if (dates[g].when.ok())
          continue;
      }
      if (g == 0)
        continue;
      const SegDate& prev = dates[g - 1];
      if (!prev.when.ok() || sa.segments[g - 1].paren)
        continue;
      if (seg.marker == MarkerRole::when) {
        // "after April 2025, when X": X happened at that time, not after it.
        dates[g] = {prev.when.with_mod(TimeMod::none), Dating::inherited};
      } else if (seg.marker == MarkerRole::coord && seg.cue < 0) {
        dates[g] = {prev.when, Dating::inherited};
      }
    }
  }
}

}  // namespace causeline::extract
