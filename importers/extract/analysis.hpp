#pragma once
// The per-document working state shared by the extraction passes (dating, causal links, events).
#include <string>
#include <vector>

#include "core/document.hpp"
#include "core/event.hpp"
#include "importers/extract/lexicon.hpp"
#include "importers/extract/segments.hpp"

namespace causeline::extract {

/// A segment of a sentence: analyses[sentence].segments[segment].
struct SegRef {
  size_t sentence = 0, segment = 0;
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
  std::vector<SentenceAnalysis> sentences;
  std::vector<std::vector<SegDate>> dates;  // parallel to sentences[i].segments

  const Segment& seg(SegRef r) const { return sentences[r.sentence].segments[r.segment]; }
  /// The text of tokens [first, last).
  std::string_view text(size_t first, size_t last) const;
};

/// Dates every segment (explicit, inherited from "when" and coordinated clauses).
void date_segments(DocAnalysis& da);
/// Reads causal and temporal links from the cues of every sentence.
std::vector<ProtoLink> find_links(const DocAnalysis& da);

}  // namespace causeline::extract
