// vis-timeline JSON: {groups, items, arrows, undated, options}. Day and time events are points;
// coarser grains are ranges over the whole period with an exclusive end and a precision-<grain>
// class, so a month is drawn as a month. Causal links are arrows in the shape of npm
// timeline-arrows. Dates are local calendar values (no zone), which vis reads as local time, so a
// day stays that day.
#include <algorithm>
#include <optional>

#include "exporters/formats.hpp"
#include "exporters/json_writer.hpp"
#include "exporters/text_escape.hpp"
#include "exporters/timeline_index.hpp"
#include "exporters/when_info.hpp"

namespace causeline::exporters {
namespace {

std::string vis_time(sys_seconds t, bool timed) {
  const sys_days d = date::floor<date::days>(t);
  if (!timed)
    return iso_day(d);
  const date::hh_mm_ss hms{t - d};
  char buf[12];
  std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", static_cast<int>(hms.hours().count()),
                static_cast<int>(hms.minutes().count()), static_cast<int>(hms.seconds().count()));
  return iso_day(d) + buf;
}

// Into a reused buffer: this runs once per item.
const std::string& tooltip(const Event& e, const WhenInfo& w) {
  thread_local std::string t;
  t.clear();
  append_html(t, w.display);
  if (e.when.ok()) {
    t += " (";
    t += to_string(e.when.grain());
    t += " precision)";
  }
  t += "<br>";
  append_html_line(t, e.title);
  for (const auto& s : e.sources) {
    t += "<br>\xe2\x80\x9c";
    append_html_line_cut(t, s.evidence, 300);
    t += "\xe2\x80\x9d";
    break;
  }
  return t;
}

std::string class_name(const TimeValue& v) {
  std::string c = "precision-" + std::string(to_string(v.grain()));
  if (v.mod() != TimeMod::none) {
    std::string m(to_string(v.mod()));
    for (char& ch : m) ch = ch == '_' ? '-' : static_cast<char>(ch - 'A' + 'a');
    c += " mod-" + m;
  }
  return c;
}

}  // namespace

void write_vis(std::ostream& out, const Timeline& tl, const ExportContext&) {
  const TimelineIndex ix(tl);
  Sink sink(out);
  JsonWriter j(sink, 2);
  j.begin_object();
  j.key("arrows").begin_array();
  for (uint32_t l = 0; l < tl.links.size(); ++l) {
    if (!ix.link_resolved(l))
      continue;
    const Event& from = tl.events[ix.link_from(l)];
    const Event& to = tl.events[ix.link_to(l)];
    if (!from.when.anchored() || !to.when.anchored())
      continue;
    std::string title(to_string(tl.links[l].type));
    if (!tl.links[l].cue.empty())
      title += ": " + one_line(tl.links[l].cue);
    j.begin_object()
        .field("id", "link-" + std::to_string(l + 1))
        .field("id_item_1", from.id)
        .field("id_item_2", to.id)
        .field("title", html(title))
        .end_object();
  }
  j.end_array();
  // Only tracks with a dated item: an empty group would be an empty row.
  std::vector<bool> used(ix.tracks().size(), false);
  for (uint32_t i = 0; i < tl.events.size(); ++i) {
    if (tl.events[i].when.anchored())
      used[ix.track_of(i)] = true;
  }
  j.key("groups").begin_array();
  for (size_t t = 0; t < ix.tracks().size(); ++t) {
    if (!used[t])
      continue;
    const Track& tr = ix.tracks()[t];
    j.begin_object()
        .field("content", html_line(tr.label))
        .field("id", tr.id)
        .field("order", tr.order)
        .end_object();
  }
  j.end_array();
  j.key("items").begin_array();
  std::string content;
  std::optional<sys_days> first, last;  // the days the items cover, for the initial window
  for (uint32_t i = 0; i < tl.events.size(); ++i) {
    const Event& e = tl.events[i];
    if (!e.when.anchored())
      continue;
    const WhenInfo w = describe(e.when, Detail::display);
    first = first ? std::min(*first, w.first_day) : w.first_day;
    last = last ? std::max(*last, w.last_day) : w.last_day;
    const bool timed = w.unit == DateUnit::minute || w.unit == DateUnit::second;
    const bool point = e.when.grain() == Grain::day && w.first_day == w.last_day;
    j.begin_object();
    j.field("className", class_name(e.when));
    content.clear();
    append_html_line_cut(content, e.title, 80);
    j.field("content", content);
    if (!point && !timed) {
      j.field("end", vis_time(sys_seconds{(w.last_day + date::days{1}).time_since_epoch()}, false));
    } else if (timed && e.when.grain() != Grain::minute && e.when.grain() != Grain::second) {
      j.field("end", vis_time(w.end_excl, true));
    }
    j.field("group", ix.tracks()[ix.track_of(i)].id);
    j.field("id", e.id);
    j.field("start", vis_time(w.begin, timed));
    j.field("title", tooltip(e, w));
    const bool range =
        !point && !(timed && (e.when.grain() == Grain::minute || e.when.grain() == Grain::second));
    j.field("type", range ? "range" : "point");
    j.end_object();
  }
  j.end_array();
  j.key("options").begin_object();
  if (first) {
    // vis fits the window to the items' dates, so labels of the last items run off the right
    // edge: open the window a little before the first day and well after the last one.
    const date::days span{std::max<int64_t>(30, (*last - *first).count())};
    j.field("end", iso_day(*last + span / 3));
    j.field("groupOrder", "order").field("stack", true);
    j.field("start", iso_day(*first - span / 12));
  } else {
    j.field("groupOrder", "order").field("stack", true);
  }
  j.end_object();
  j.key("undated").begin_array();
  for (uint32_t i = 0; i < tl.events.size(); ++i) {
    const Event& e = tl.events[i];
    if (e.when.anchored())
      continue;
    const WhenInfo w = describe(e.when, Detail::display);
    j.begin_object()
        .field("content", html_line(e.title))
        .field("id", e.id)
        .field("title", tooltip(e, w))
        .end_object();
  }
  j.end_array();
  j.end_object();
  j.finish();
}

}  // namespace causeline::exporters
