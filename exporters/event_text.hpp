#pragma once
// The text shown for one event by the formats that have a free-text body: the evidence quotes with
// their sources, the participants, and the causal links written out ("Caused by: ...", "Led to:
// ..."), so formats without links still carry them.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/link.hpp"
#include "exporters/timeline_index.hpp"
#include "exporters/when_info.hpp"

namespace causeline::exporters {

/// "Caused by", "Enabled by", "Prevented by", "Preceded by": the effect's view of a link.
std::string_view cause_word(LinkType t) noexcept;
/// "Led to", "Enabled", "Prevented", "Followed by": the cause's view.
std::string_view effect_word(LinkType t) noexcept;

/// Plain text, lines separated by '\n' (iCalendar DESCRIPTION).
std::string event_plain_text(const TimelineIndex& ix, uint32_t event, const WhenInfo& when);
void append_event_plain_text(std::string& out, const TimelineIndex& ix, uint32_t event,
                             const WhenInfo& when);
/// HTML fragment (TimelineJS text.text, CSV Text). Links to other events use
/// `#<anchor_prefix><id>`.
std::string event_html(const TimelineIndex& ix, uint32_t event, std::string_view anchor_prefix);
/// The same, appended to `out` (writers reuse one buffer instead of allocating per event).
void append_event_html(std::string& out, const TimelineIndex& ix, uint32_t event,
                       std::string_view anchor_prefix);

}  // namespace causeline::exporters
