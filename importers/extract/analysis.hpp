#pragma once
// The per-document working state shared by the extraction passes (dating, causal links, events).
#include <string>
#include <vector>

#include "core/document.hpp"
#include "core/event.hpp"
#include "importers/extract/lexicon.hpp"
#include "importers/extract/segments.hpp"

namespace causeline::extract {

/// A segment of a sentence: analyses[sentence].segments[segment]; with tok >= 0, the event of
/// that trigger token inside the segment instead of the segment's own trigger (a clause can hold
/// several events: "the assassination touched off a rampage").
struct SegRef {
  size_t sentence = 0, segment = 0;
  int tok = -1;
  friend bool operator==(const SegRef&, const SegRef&) = default;
  friend auto operator<=>(const SegRef&, const SegRef&) = default;
};

struct SegDate {
  TimeValue when;  // !ok() when undated
  Dating how = Dating::undated;
};

/// A link between two segments, before events exist.
struct ProtoLink {
  SegRef cause, effect;
  LinkType type = LinkType::caused;
  std::string cue;  // the cue as written in the text
  double confidence = 0.5;
};

struct DocAnalysis {
  const Document* doc = nullptr;
  const LangPack* pack = nullptr;
  std::vector<Token> tokens;
  std::vector<timex::Timex> timexes;  // sorted by begin
  std::vector<bool> in_timex;         // per token: it overlaps a timex
  std::vector<SentenceAnalysis> sentences;
  std::vector<std::vector<SegDate>> dates;  // parallel to sentences[i].segments

  const Segment& seg(SegRef r) const { return sentences[r.sentence].segments[r.segment]; }
  /// The trigger token of r.
  size_t trigger_of(SegRef r) const {
    return static_cast<size_t>(r.tok >= 0 ? r.tok : seg(r).trigger);
  }
  /// The trigger entry of r.
  const TriggerEntry* entry_of(SegRef r) const {
    if (r.tok < 0)
      return seg(r).entry;
    const SentenceAnalysis& sa = sentences[r.sentence];
    return sa.trig[static_cast<size_t>(r.tok) - sa.sentence.first];
  }
  /// The text of tokens [first, last).
  std::string_view text(size_t first, size_t last) const;
};

/// Dates every segment (explicit, inherited from "when" and coordinated clauses).
void date_segments(DocAnalysis& da);
/// Reads causal and temporal links from the cues of every sentence.
std::vector<ProtoLink> find_links(const DocAnalysis& da);

}  // namespace causeline::extract
