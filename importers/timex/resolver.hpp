#pragma once
// Phase two: turns a draft into a TIMEX3 value against a reference. Pure: the same draft and
// context always give the same value. News anchors on the document creation time (DCT);
// narrative text anchors on the last date mentioned before (HeidelTime's two strategies).
#include <optional>

#include "core/time_value.hpp"
#include "importers/timex/draft.hpp"

namespace causeline::timex {

struct ResolveContext {
  TimeValue dct;           // !ok() when unknown
  bool narrative = false;  // prefer last_mentioned over the DCT
  TimeValue last_mentioned;
};

/// The resolved value with the draft's mod, or nullopt when the draft is malformed. Relative
/// drafts without any anchor come back underspecified (XXXX-XX-XX, XXXX-WXX, ...).
std::optional<TimeValue> resolve(const TimexDraft& draft, const ResolveContext& ctx);

/// True when v can serve as the anchor of later narrative mentions (an anchored day..year).
bool can_anchor(const TimeValue& v) noexcept;

}  // namespace causeline::timex
