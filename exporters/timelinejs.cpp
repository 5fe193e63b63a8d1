// TimelineJS3 JSON. Dates carry only the parts that are known (April 2025 = year + month), so
// TimelineJS itself shows "April 2025"; periods longer than one unit get an end_date, and modifiers
// a display_date ("c. June 2025"). Tracks become groups. TimelineJS has no links, so causes and
// effects are written into each slide's text. It also needs a start date: undated events are listed
// on the title slide instead of being dropped.
#include <vector>

#include "exporters/event_text.hpp"
#include "exporters/formats.hpp"
#include "exporters/json_writer.hpp"
#include "exporters/text_escape.hpp"
#include "exporters/timeline_index.hpp"
#include "exporters/when_info.hpp"

namespace causeline::exporters {
namespace {

// TimelineJS's own formatting is right for these grains without a modifier.
bool needs_display_date(const TimeValue& v) {
  if (v.mod() != TimeMod::none)
    return true;
  switch (v.grain()) {
    case Grain::year:
    case Grain::month:
    case Grain::day:
    case Grain::hour:
    case Grain::minute:
    case Grain::second:
      return false;
    default:
      return true;
  }
}

// {day, hour, minute, month, second, year} down to the unit; keys in sorted order.
void write_date(JsonWriter& j, sys_seconds t, DateUnit unit) {
  const sys_days d = date::floor<date::days>(t);
  const date::year_month_day ymd{d};
  const date::hh_mm_ss hms{t - d};
  j.begin_object();
  if (unit >= DateUnit::day)
    j.field("day", static_cast<int>(static_cast<unsigned>(ymd.day())));
  if (unit >= DateUnit::minute)
    j.field("hour", static_cast<int>(hms.hours().count()));
  if (unit >= DateUnit::minute)
    j.field("minute", static_cast<int>(hms.minutes().count()));
  if (unit >= DateUnit::month)
    j.field("month", static_cast<int>(static_cast<unsigned>(ymd.month())));
  if (unit >= DateUnit::second)
    j.field("second", static_cast<int>(hms.seconds().count()));
  j.field("year", static_cast<int>(ymd.year()));
  j.end_object();
}

sys_seconds last_unit_start(const WhenInfo& w) {
  switch (w.unit) {
    case DateUnit::second:
      return w.end_excl - std::chrono::seconds{1};
    case DateUnit::minute:
      return w.end_excl - std::chrono::minutes{1};
    default:
      return sys_seconds{w.last_day.time_since_epoch()};
  }
}

std::string title_slide_html(const TimelineIndex& ix, size_t dated) {
  const Timeline& tl = ix.timeline();
  std::string h = "<p>" + std::to_string(dated) + " dated events, " +
                  std::to_string(tl.events.size() - dated) + " undated, " +
                  std::to_string(tl.links.size()) + " links, " +
                  std::to_string(tl.documents.size()) + " documents.</p>";
  if (dated == tl.events.size())
    return h;
  h += "<p>Undated events (TimelineJS cannot place them on the time axis):</p><ul>";
  for (uint32_t i = 0; i < tl.events.size(); ++i) {
    const Event& e = tl.events[i];
    if (e.when.anchored())
      continue;
    h += "<li>";
    append_html_line(h, e.title);
    if (e.when.ok()) {
      h += " (";
      append_html(h, describe(e.when, Detail::display).display);
      h += ")";
    }
    for (const auto& s : e.sources) {
      h += " \xe2\x80\x94 <q>";
      append_html_line(h, s.evidence);
      h += "</q>";
      break;
    }
    h += "</li>";
  }
  h += "</ul>";
  return h;
}

}  // namespace

void write_timelinejs(std::ostream& out, const Timeline& tl, const ExportContext& ctx) {
  const TimelineIndex ix(tl);
  Sink sink(out);
  JsonWriter j(sink, 2);
  size_t dated = 0;
  std::string text;                 // slide text, reused
  std::vector<std::string> groups;  // escaped once per track, not once per event
  for (const auto& t : ix.tracks()) groups.push_back(html_line(t.label));
  j.begin_object();
  j.key("events").begin_array();
  for (uint32_t i = 0; i < tl.events.size(); ++i) {
    const Event& e = tl.events[i];
    if (!e.when.anchored())
      continue;
    ++dated;
    const WhenInfo w = describe(e.when, Detail::display);
    j.begin_object();
    if (needs_display_date(e.when))
      j.field("display_date", html(w.display));
    if (!w.end.empty()) {
      j.key("end_date");
      write_date(j, last_unit_start(w), w.unit);
    }
    j.field("group", groups[ix.track_of(i)]);
    j.key("start_date");
    write_date(j, w.begin, w.unit);
    j.key("text").begin_object();
    j.field("headline", ix.html_title(i));
    text.clear();
    append_event_html(text, ix, i, "event-");
    j.field("text", text);
    j.end_object();
    j.field("unique_id", e.id);
    j.end_object();
  }
  j.end_array();
  j.field("scale", "human");
  j.key("title").begin_object();
  j.key("text").begin_object();
  j.field("headline", html_line(ctx.title));
  j.field("text", title_slide_html(ix, dated));
  j.end_object();
  j.field("unique_id", "causeline-title");
  j.end_object();
  j.end_object();
  j.finish();
}

}  // namespace causeline::exporters
