#pragma once
// Phase one of tagging: a mention with its unresolved value (a draft), before anchoring.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/time_value.hpp"

namespace causeline::timex {

/// Grammatical tense near a mention, from the pack's "tense" cue lexicon.
enum class Tense : std::uint8_t { unknown, past, present, future };

/// An unresolved TIMEX3 value. `value` is either a TIMEX3 value (possibly with an XXXX year to
/// fill from the anchor), a duration draft (P3M, P5TH) or a relative form starting with '@':
///   @+1D @-2W @+0M @-1Q @+0Y @-1E @+0C @-3TH   anchor shifted by N units (D W M Q Y E C TH TM)
///   @wd-3 @wd+3 @wd~3                          weekday 1-7 before / after / by tense
///   @dom15                                     day 15 of the anchor's month
///   XXXX-05-02~4                               May 2 of the year near the anchor where it is a
///   Thursday
///   XXXX-11-22>4 XXXX-11-22<3                  first Thursday on or after / last Wednesday on
///                                              or before Nov 22, in the year near the anchor
///   XXXX-EA XXXX-EA+49                         Easter Sunday (plus N days) near the anchor
///   @-XXXX-04 @+XXXX-04                        the last April before / the next after the anchor
///   @we                                        the weekend (the coming one from Friday on)
///   @-1Y:=                                     a year back, as the quarter or half last mentioned
///   @^...                                      any of these against the last mentioned date
///   ...:X                                      suffix: "@-1Y:SU" is last year's summer, "@+0D:TMO"
struct TimexDraft {
  std::string type;  // DATE, TIME, DURATION, SET
  std::string value;
  TimeMod mod = TimeMod::none;
  Tense tense = Tense::unknown;
};

/// A tagged span (UTF-8 byte offsets, end exclusive) with the rule that produced it.
struct Mention {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::int32_t rule = -1;
  TimexDraft draft;
};

}  // namespace causeline::timex
