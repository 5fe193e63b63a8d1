// CSV in the column layout of the TimelineJS Google Sheets template, so the file can be pasted
// into a TimelineJS sheet. RFC 4180 quoting with CRLF rows. Text cells that a spreadsheet would run
// as a formula (starting with = + - @, tab or CR) get a leading apostrophe (OWASP CSV injection
// advice). As in the TimelineJS JSON, undated events are listed in the title row.
#include <array>

#include "exporters/event_text.hpp"
#include "exporters/formats.hpp"
#include "exporters/sink.hpp"
#include "exporters/text_escape.hpp"
#include "exporters/timeline_index.hpp"
#include "exporters/when_info.hpp"

namespace causeline::exporters {
namespace {

constexpr std::array<std::string_view, 19> kColumns = {
    "Year",      "Month",   "Day",          "Time",          "End Year",
    "End Month", "End Day", "End Time",     "Display Date",  "Headline",
    "Text",      "Media",   "Media Credit", "Media Caption", "Media Thumbnail",
    "Alt Text",  "Type",    "Group",        "Background"};

void put_cell(Sink& out, std::string_view s, bool text) {
  const bool formula =
      text && !s.empty() && std::string_view("=+-@\t\r").find(s[0]) != std::string_view::npos;
  const bool quote = s.find_first_of(",\"\r\n") != std::string_view::npos;
  if (quote)
    out.put('"');
  if (formula)
    out.put('\'');
  if (!quote) {
    out.put(s);
    return;
  }
  size_t run = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '"') {
      out.put(s.substr(run, i + 1 - run));
      out.put('"');
      run = i + 1;
    }
  }
  out.put(s.substr(run));
  out.put('"');
}

struct Row {
  std::array<std::string, kColumns.size()> cells;
};

void put_row(Sink& out, const Row& r) {
  for (size_t c = 0; c < kColumns.size(); ++c) {
    if (c > 0)
      out.put(',');
    const bool numeric = c <= 7 && c != 3 && c != 7;  // Year, Month, Day, End Year/Month/Day
    put_cell(out, r.cells[c], !numeric);
  }
  out.put("\r\n");
}

void set_parts(Row& r, size_t first_col, sys_seconds t, DateUnit unit) {
  const sys_days d = date::floor<date::days>(t);
  const date::year_month_day ymd{d};
  r.cells[first_col] = std::to_string(static_cast<int>(ymd.year()));
  if (unit >= DateUnit::month) {
    r.cells[first_col + 1] = std::to_string(static_cast<unsigned>(ymd.month()));
  }
  if (unit >= DateUnit::day)
    r.cells[first_col + 2] = std::to_string(static_cast<unsigned>(ymd.day()));
  if (unit >= DateUnit::minute) {
    const date::hh_mm_ss hms{t - d};
    char buf[12];
    if (unit == DateUnit::second) {
      std::snprintf(buf, sizeof buf, "%02d:%02d:%02d", static_cast<int>(hms.hours().count()),
                    static_cast<int>(hms.minutes().count()),
                    static_cast<int>(hms.seconds().count()));
    } else {
      std::snprintf(buf, sizeof buf, "%02d:%02d", static_cast<int>(hms.hours().count()),
                    static_cast<int>(hms.minutes().count()));
    }
    r.cells[first_col + 3] = buf;
  }
}

}  // namespace

void write_csv(std::ostream& out, const Timeline& tl, const ExportContext& ctx) {
  const TimelineIndex ix(tl);
  Sink sink(out);
  Row header;
  for (size_t c = 0; c < kColumns.size(); ++c) header.cells[c] = kColumns[c];
  put_row(sink, header);

  Row title;
  title.cells[9] = one_line(ctx.title);
  std::string undated;
  for (const auto& e : tl.events) {
    if (e.when.anchored())
      continue;
    undated += "<li>";
    append_html_line(undated, e.title);
    undated += "</li>";
  }
  if (!undated.empty())
    title.cells[10] = "<p>Undated events:</p><ul>" + undated + "</ul>";
  title.cells[16] = "title";
  put_row(sink, title);

  Row r;
  for (uint32_t i = 0; i < tl.events.size(); ++i) {
    const Event& e = tl.events[i];
    if (!e.when.anchored())
      continue;
    const WhenInfo w = describe(e.when, Detail::display);
    for (auto& c : r.cells) c.clear();  // one Row reused: its strings keep their capacity
    set_parts(r, 0, w.begin, w.unit);
    if (!w.end.empty()) {
      sys_seconds last = sys_seconds{w.last_day.time_since_epoch()};
      if (w.unit == DateUnit::minute)
        last = w.end_excl - std::chrono::minutes{1};
      if (w.unit == DateUnit::second)
        last = w.end_excl - std::chrono::seconds{1};
      set_parts(r, 4, last, w.unit);
    }
    r.cells[8] = w.display;
    r.cells[9] = one_line(e.title);
    r.cells[10].clear();
    append_event_html(r.cells[10], ix, i, "event-");
    r.cells[17] = one_line(ix.tracks()[ix.track_of(i)].label);
    put_row(sink, r);
  }
}

}  // namespace causeline::exporters
