#pragma once
// Clause segmentation of one sentence: cue and marker matching, boundaries at punctuation and
// connectives, and the choice of each segment's event trigger.
#include <optional>
#include <vector>

#include "importers/extract/lexicon.hpp"
#include "importers/extract/sentences.hpp"
#include "importers/extract/tokenizer.hpp"
#include "importers/timex/tagger.hpp"

namespace causeline::extract {

/// A cue found in a sentence.
struct CueHit {
  size_t tok = 0, len = 0;  // token range of the cue
  const Cue* cue = nullptr;
  bool dating = false;  // a temporal preposition whose object is a date ("after April 2025")
  int event_word = -1;  // adjacent cues: the event word before the cue, past any adverbs
};

/// A clause-like stretch of a sentence that can hold one event.
struct Segment {
  size_t open = 0;   // first token, including the opening cue or marker
  size_t first = 0;  // first content token (after the opener)
  size_t last = 0;   // one past the last token (trailing punctuation excluded)
  int cue = -1;      // index into SentenceAnalysis::cues of the cue opening the segment
  std::optional<MarkerRole> marker;  // marker opening the segment
  bool paren = false;                // inside parentheses
  bool hard_start = false;           // preceded by ; : – — or sentence start
  int trigger = -1;                  // token index of the chosen trigger, -1 when none
  int forced = -1;  // token that must be the trigger (the event word before an adjacent cue)
  const TriggerEntry* entry = nullptr;
  std::vector<size_t> timexes;  // indices into the document's timex list
};

struct SentenceAnalysis {
  Sentence sentence;
  std::vector<CueHit> cues;
  std::vector<Segment> segments;
  /// Trigger reading of every token of the sentence (index: token - sentence.first), or null.
  std::vector<const TriggerEntry*> trig;
  /// The modality phrases ("said", "plans to") read left to right, each starting after the one
  /// before ends: every event of the sentence looks through these for its modality.
  struct ModalityHit {
    size_t tok = 0;  // first token
    const std::string* value = nullptr;
  };
  std::vector<ModalityHit> modality;
};

/// The working arrays of analyse_sentence, one entry per token of the sentence. A caller keeps one
/// across the sentences of a document, so they are allocated a few times per document instead of
/// once each per sentence; what they hold between calls means nothing.
struct SentenceScratch {
  std::vector<int> timex_at, cue_at;
  std::vector<size_t> sentence_timexes;
  std::vector<std::optional<MarkerRole>> marker_at;
  std::vector<bool> covered, reporting;
  std::vector<Segment> raw;
};

/// Segments one sentence. `timexes` are the document's timexes (byte offsets), sorted by begin.
SentenceAnalysis analyse_sentence(const std::vector<Token>& tokens, const Sentence& sentence,
                                  const LangPack& pack, const std::vector<timex::Timex>& timexes,
                                  SentenceScratch& scratch);

}  // namespace causeline::extract
