#include "exporters/report_layout.hpp"

#include <algorithm>
#include <cmath>

#include "exporters/text_escape.hpp"
#include "exporters/when_info.hpp"

namespace causeline::exporters {
namespace {

using Clock = std::chrono::duration<double, std::ratio<86400>>;  // days as double

double days_of(sys_seconds t) {
  return std::chrono::duration_cast<Clock>(t.time_since_epoch()).count();
}

std::string month_label(date::year_month_day ymd) {
  return std::string(month_name(static_cast<unsigned>(ymd.month())).substr(0, 3)) + " " +
         std::to_string(static_cast<int>(ymd.year()));
}

// Ticks at round calendar boundaries, about 8 to 20 of them.
std::vector<ReportLayout::Tick> make_ticks(double lo, double hi,
                                           double (*x)(double, double, double)) {
  std::vector<ReportLayout::Tick> ticks;
  const double span_years = (hi - lo) / 365.25;
  const sys_days first{date::days{static_cast<long>(std::floor(lo))}};
  const date::year_month_day ymd{first};
  auto add = [&](sys_days d, std::string label) {
    const double v = static_cast<double>(d.time_since_epoch().count());
    if (v >= lo && v <= hi)
      ticks.push_back({x(v, lo, hi), std::move(label)});
  };
  if (span_years > 4) {
    int step = span_years > 150  ? 50
               : span_years > 60 ? 10
               : span_years > 25 ? 5
               : span_years > 10 ? 2
                                 : 1;
    int y = static_cast<int>(ymd.year());
    y -= ((y % step) + step) % step;
    for (; y <= static_cast<int>(ymd.year()) + static_cast<int>(span_years) + step; y += step) {
      add(sys_days{date::year{y} / 1 / 1}, std::to_string(y));
    }
    return ticks;
  }
  if (span_years > 0.12) {
    const unsigned step = span_years > 1.5 ? 3 : 1;
    date::year_month ym{ymd.year(), ymd.month()};
    while ((static_cast<unsigned>(ym.month()) - 1) % step != 0) ym += date::months{1};
    for (int n = 0; n < 80; ++n, ym += date::months{step}) {
      add(sys_days{ym / 1}, month_label(date::year_month_day{ym / 1}));
    }
    return ticks;
  }
  const int step = (hi - lo) > 20 ? 7 : 1;
  for (sys_days d = first; static_cast<double>(d.time_since_epoch().count()) <= hi;
       d += date::days{step}) {
    add(d, iso_day(d));
  }
  return ticks;
}

/// Width of the event's label, or 0 when the picture carries no labels (`buf` is scratch space).
double label_w(bool labels, std::string& buf, const Event& e) {
  if (!labels)
    return 0.0;
  buf.clear();
  append_report_label(buf, e);
  return label_width(buf);
}

/// Puts the mark's label on the side where it stays in the picture, then returns the first row of
/// `rows` (each holding the right end of what is drawn in it) where mark and label fit. Rows grow
/// up to kMaxRows; after that the least filled row is shared.
int place_in_row(ReportLayout::Mark& m, double w, std::vector<double>& rows) {
  m.label_left = m.x1 + 8 + w > ReportLayout::kWidth - 4 && m.x0 - 8 - w >= 4;
  const double label_start = m.label_left ? m.x0 - 8 - w : m.x0;
  const double label_end = m.label_left ? m.x1 : m.x1 + 8 + w;
  int row = -1;
  for (size_t r = 0; r < rows.size(); ++r) {
    if (rows[r] < label_start - 6) {
      row = static_cast<int>(r);
      break;
    }
  }
  if (row < 0 && rows.size() < ReportLayout::kMaxRows) {
    row = static_cast<int>(rows.size());
    rows.push_back(0);
  }
  if (row < 0)
    row = static_cast<int>(std::min_element(rows.begin(), rows.end()) - rows.begin());
  rows[static_cast<size_t>(row)] = std::max(rows[static_cast<size_t>(row)], label_end);
  return row;
}

double to_x(double v, double lo, double hi) {
  return ReportLayout::kLeft + (v - lo) / (hi - lo) * (ReportLayout::kRight - ReportLayout::kLeft);
}

}  // namespace

void append_report_label(std::string& out, const Event& e) {
  const size_t start = out.size();
  append_one_line(out, e.title);
  // Cut after 42 code points.
  size_t cp = 0;
  for (size_t i = start; i < out.size(); ++i) {
    if ((static_cast<unsigned char>(out[i]) & 0xc0) == 0x80)
      continue;
    if (cp++ == 42) {
      out.resize(i);
      out += "\xe2\x80\xa6";
      return;
    }
  }
}

std::string report_label(const Event& e) {
  std::string s;
  append_report_label(s, e);
  return s;
}

double label_width(std::string_view s) {
  double w = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if ((c & 0xc0) == 0x80)
      continue;
    w += c >= 0xe3 ? 11.0 : 6.4;  // CJK and emoji are about twice as wide
  }
  return w;
}

ReportLayout layout_report(const TimelineIndex& ix) {
  const Timeline& tl = ix.timeline();
  ReportLayout L;
  L.marks.resize(tl.events.size());
  L.labels = tl.events.size() <= ReportLayout::kMaxLabels;

  double lo = 0, hi = 0;
  for (const auto& e : tl.events) {
    if (!e.when.anchored())
      continue;
    const double b = days_of(e.when.begin()), en = days_of(e.when.end());
    if (!L.any_dated) {
      lo = b;
      hi = en;
      L.any_dated = true;
    }
    lo = std::min(lo, b);
    hi = std::max(hi, en);
  }
  if (L.any_dated) {
    const double pad = std::max(15.0, (hi - lo) * 0.03);
    lo -= pad;
    hi += pad;
    L.ticks = make_ticks(lo, hi, to_x);
  }

  // Lanes by track, rows by greedy first fit.
  const size_t n_tracks = ix.tracks().size();
  std::vector<std::vector<double>> row_end(n_tracks);
  std::vector<int> row_of(tl.events.size(), 0);
  std::string label;
  for (uint32_t i = 0; i < tl.events.size(); ++i) {
    const Event& e = tl.events[i];
    if (!e.when.anchored())
      continue;
    ReportLayout::Mark& m = L.marks[i];
    m.x0 = to_x(days_of(e.when.begin()), lo, hi);
    const bool point = e.when.grain() <= Grain::day && e.when.last_day() == e.when.first_day();
    m.x1 = point ? m.x0 : std::max(m.x0 + 3, to_x(days_of(e.when.end()), lo, hi));
    row_of[i] = place_in_row(m, label_w(L.labels, label, e), row_end[ix.track_of(i)]);
  }
  double y = ReportLayout::kTop;
  std::vector<double> lane_top(n_tracks, 0);
  for (uint32_t t = 0; t < n_tracks; ++t) {
    if (row_end[t].empty())
      continue;
    const double h = static_cast<double>(row_end[t].size()) * ReportLayout::kRowHeight +
                     2 * ReportLayout::kLanePad;
    L.lanes.push_back({t, y, h});
    lane_top[t] = y;
    y += h;
  }
  L.axis_bottom = y;
  for (uint32_t i = 0; i < tl.events.size(); ++i) {
    if (!tl.events[i].when.anchored())
      continue;
    L.marks[i].y = lane_top[ix.track_of(i)] + ReportLayout::kLanePad +
                   (row_of[i] + 0.5) * ReportLayout::kRowHeight;
    L.marks[i].placed = true;
  }
  // Undated events: their own lane, each placed after its causes (a cause does not follow its
  // effect), so arrows run left to right; events with no placed cause start at the left edge.
  // Causes are placed first (Kahn's order over the links between undated events; a cycle is
  // broken at its first event in timeline order).
  const double undated_top = y;
  const auto& events = tl.events;
  std::vector<uint32_t> pending(events.size(), 0);
  for (uint32_t l = 0; l < tl.links.size(); ++l) {
    if (ix.link_resolved(l) && !events[ix.link_to(l)].when.anchored() &&
        !events[ix.link_from(l)].when.anchored() && ix.link_from(l) != ix.link_to(l))
      ++pending[ix.link_to(l)];
  }
  std::vector<uint32_t> order;
  std::vector<char> queued(events.size(), 0);
  size_t n_undated = 0;
  for (const auto& e : events) n_undated += e.when.anchored() ? 0 : 1;
  order.reserve(n_undated);
  auto skip = [&](size_t i) { return events[i].when.anchored() || queued[i]; };
  // Both scans only move forward: an event whose last pending cause is placed is queued then.
  size_t free_scan = 0, any_scan = 0;
  std::vector<uint32_t> ready;
  while (order.size() < n_undated) {
    if (ready.empty()) {
      while (free_scan < events.size() && (skip(free_scan) || pending[free_scan] != 0)) ++free_scan;
      while (any_scan < events.size() && skip(any_scan)) ++any_scan;
      const size_t pick = free_scan < events.size() ? free_scan : any_scan;
      ready.push_back(static_cast<uint32_t>(pick));
      queued[pick] = 1;
    }
    const uint32_t i = ready.back();
    ready.pop_back();
    order.push_back(i);
    for (uint32_t l : ix.effects_of(i)) {
      const uint32_t t = ix.link_to(l);
      if (skip(t) || pending[t] == 0 || --pending[t] != 0)
        continue;
      ready.push_back(t);
      queued[t] = 1;
    }
  }
  std::vector<double> undated_rows;
  for (uint32_t i : order) {
    ReportLayout::Mark& m = L.marks[i];
    double x = ReportLayout::kLeft + 8;
    for (uint32_t l : ix.causes_of(i)) {
      const ReportLayout::Mark& c = L.marks[ix.link_from(l)];
      if (c.placed && ix.link_from(l) != i)
        x = std::max(x, c.x1 + ReportLayout::kUndatedGap);
    }
    x = std::min(x, ReportLayout::kRight);
    m.x0 = m.x1 = x;
    const int row = place_in_row(m, label_w(L.labels, label, events[i]), undated_rows);
    m.y = undated_top + ReportLayout::kLanePad + (row + 0.5) * ReportLayout::kRowHeight;
    m.placed = true;
  }
  if (!order.empty()) {
    const double h = static_cast<double>(undated_rows.size()) * ReportLayout::kRowHeight +
                     2 * ReportLayout::kLanePad;
    L.lanes.push_back({UINT32_MAX, undated_top, h});
    y += h;
  }
  L.height = y + 12;
  return L;
}

}  // namespace causeline::exporters
