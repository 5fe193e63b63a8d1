#include "importers/timex/resolver.hpp"

#include <date/date.h>
#include <date/iso_week.h>

#include <cstdio>
#include <string>
#include <string_view>

namespace causeline::timex {
namespace {

using date::days;
using date::sys_days;

bool digit(char c) { return c >= '0' && c <= '9'; }

// Without tense, "XXXX" dates resolve into the months [anchor - kBackMonths, anchor +
// kAheadMonths].
constexpr int kBackMonths = 9;
constexpr int kAheadMonths = 2;

std::optional<TimeValue> finish(const std::string& v, TimeMod mod) {
  TimeValue t = TimeValue::parse(v);
  if (!t.ok())
    return std::nullopt;
  return t.with_mod(mod);
}

// Formatted by hand: snprintf and date::format (an ostringstream and its locale) cost more than
// the rest of resolving a mention.
void put_digits(char* out, unsigned v, int width) {
  for (int k = width - 1; k >= 0; --k, v /= 10) out[k] = static_cast<char>('0' + v % 10);
}

std::string four(int y) {
  if (y < 0 || y > 9999) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d", y);
    return buf;
  }
  std::string out(4, '0');
  put_digits(out.data(), static_cast<unsigned>(y), 4);
  return out;
}

std::string day_str(sys_days d) {
  const date::year_month_day ymd{d};
  std::string out = four(int(ymd.year()));
  char md[6] = {'-', '0', '0', '-', '0', '0'};
  put_digits(md + 1, unsigned(ymd.month()), 2);
  put_digits(md + 4, unsigned(ymd.day()), 2);
  out.append(md, 6);
  return out;
}

std::string week_str(sys_days d) {
  iso_week::year_weeknum_weekday w{d};
  std::string out = four(int(w.year()));
  char wk[4] = {'-', 'W', '0', '0'};
  put_digits(wk + 2, unsigned(w.weeknum()), 2);
  out.append(wk, 4);
  return out;
}

// Appends a suffix: "-SU" to a year, "TMO" to a day.
std::string with_suffix(std::string v, std::string_view suffix) {
  if (suffix.empty())
    return v;
  if (suffix[0] != 'T' && suffix[0] != '-')
    v += '-';
  v += suffix;
  return v;
}

// The reference: the DCT for news, the last mentioned date for narrative, each falling back on
// the other. Day-level shifts (days, weekdays, clock times) need a reference of a day or finer.
std::optional<TimeValue> anchor_of(const ResolveContext& ctx, bool need_day = false) {
  const TimeValue& first = ctx.narrative ? ctx.last_mentioned : ctx.dct;
  const TimeValue& second = ctx.narrative ? ctx.dct : ctx.last_mentioned;
  auto fits = [&](const TimeValue& v) {
    return v.anchored() && (!need_day || !coarser(v.grain(), Grain::day));
  };
  if (fits(first))
    return first;
  if (fits(second))
    return second;
  if (first.anchored())
    return first;
  if (second.anchored())
    return second;
  return std::nullopt;
}

std::string placeholder(std::string_view unit) {
  if (unit == "D" || unit == "wd" || unit == "dom")
    return "XXXX-XX-XX";
  if (unit == "W")
    return "XXXX-WXX";
  if (unit == "M")
    return "XXXX-XX";
  if (unit == "Q")
    return "XXXX-QX";
  if (unit == "E")
    return "XXX";
  if (unit == "C")
    return "XX";
  return "XXXX";
}

bool is_period(const TimeValue& v) {
  return v.anchored() && (v.grain() == Grain::quarter || v.grain() == Grain::half);
}

// The quarter (or half) a business text reports on: the last one mentioned, else the quarter
// before the anchor's (results come out after the quarter ends). "1989-Q3".
std::string reporting_period(const ResolveContext& ctx, const TimeValue& anchor) {
  if (is_period(ctx.last_mentioned))
    return ctx.last_mentioned.str();
  const date::year_month_day ymd{anchor.first_day()};
  const int idx = int(ymd.year()) * 4 + static_cast<int>(unsigned(ymd.month()) - 1) / 3 - 1;
  return four(idx / 4) + "-Q" + std::to_string(idx % 4 + 1);
}

// A period ("1989-Q3") moved by n years.
std::string with_period(const std::string& period, int n) {
  return four(std::stoi(period.substr(0, 4)) + n) + period.substr(4);
}

// "1988:=" is 1988, as the quarter or half last mentioned when there is one ("the 1988 period");
// "1988:=Q" is always a quarter, the reporting one ("the 1988 quarter").
std::optional<TimeValue> resolve_year_period(const TimexDraft& d, const ResolveContext& ctx) {
  const std::string year = d.value.substr(0, 4);
  const bool quarter = d.value.size() == 7;
  if (is_period(ctx.last_mentioned))
    return finish(year + ctx.last_mentioned.str().substr(4), d.mod);
  if (quarter) {
    if (auto anchor = anchor_of(ctx))
      return finish(year + reporting_period(ctx, *anchor).substr(4), d.mod);
    return finish(year + "-QX", d.mod);
  }
  return finish(year, d.mod);
}

// "@+1D", "@wd~3:TMO", "@dom15" against the anchor day.
std::optional<TimeValue> resolve_relative(const TimexDraft& d, const ResolveContext& ctx) {
  std::string_view v = std::string_view(d.value).substr(1);
  std::string_view suffix;
  if (auto colon = v.find(':'); colon != std::string_view::npos) {
    suffix = v.substr(colon + 1);
    v = v.substr(0, colon);
  }
  const bool need_day = v.substr(0, 2) == "wd" || v.substr(0, 3) == "dom" || v == "we" ||
                        (v.size() >= 2 && (v.back() == 'D' || v[v.size() - 2] == 'T'));
  const bool reporting = suffix == "=Q";  // must be a quarter: the reporting one, shifted
  const bool inherit = suffix == "=" || reporting;
  if (inherit)
    suffix = {};
  auto anchor = anchor_of(ctx, need_day);
  if (v.substr(0, 2) == "wd" && v.size() == 4 && digit(v[3])) {
    if (!anchor)
      return finish(with_suffix(placeholder("wd"), suffix), d.mod);
    const sys_days a = anchor->first_day();
    const date::weekday target{static_cast<unsigned>(v[3] - '0') % 7};
    const date::weekday today{a};
    const int back = static_cast<int>((today - target).count());   // days since last target
    const int ahead = static_cast<int>((target - today).count());  // days to next target
    char sign = v[2];
    // news weekdays are nearly always this week's up to today, unless the text looks ahead
    if (sign == '~') {
      sign = d.tense == Tense::future ? '>' : '<';
      if (d.tense == Tense::unknown && ahead == 1)
        sign = '>';  // without a cue, the day after the article's is tomorrow, not six days ago
    }
    sys_days day = a;
    if (sign == '-')
      day = a - days{back == 0 ? 7 : back};
    if (sign == '+')
      day = a + days{ahead == 0 ? 7 : ahead};
    if (sign == '<')
      day = a - days{back};
    if (sign == '>')
      day = a + days{ahead};
    return finish(with_suffix(day_str(day), suffix), d.mod);
  }
  if (v == "we") {  // "the weekend": the coming one from Friday on, else the last one
    if (!anchor)
      return finish(with_suffix("XXXX-WXX-WE", suffix), d.mod);
    const sys_days a = anchor->first_day();
    const unsigned iso = date::weekday{a}.iso_encoding();
    return finish(with_suffix(week_str(iso >= 5 ? a : a - days{7}) + "-WE", suffix), d.mod);
  }
  if (v.substr(0, 3) == "dom") {
    int dom = 0;
    for (char c : v.substr(3)) dom = digit(c) ? dom * 10 + (c - '0') : -1000;
    if (!anchor)
      return finish(with_suffix(placeholder("dom"), suffix), d.mod);
    date::year_month_day ymd{anchor->first_day()};
    date::year_month_day target{ymd.year(), ymd.month(), date::day{static_cast<unsigned>(dom)}};
    if (dom < 1 || !target.ok())
      return std::nullopt;
    return finish(with_suffix(day_str(target), suffix), d.mod);
  }
  if (v.empty() || (v[0] != '+' && v[0] != '-'))
    return std::nullopt;
  size_t i = 1;
  int n = 0;
  while (i < v.size() && digit(v[i])) n = n * 10 + (v[i++] - '0');
  if (i == 1 || n > 100000)
    return std::nullopt;
  if (v[0] == '-')
    n = -n;
  std::string_view unit = v.substr(i);
  if (!anchor)
    return finish(with_suffix(placeholder(unit), suffix), d.mod);
  const sys_days a = anchor->first_day();
  const date::year_month_day ymd{a};
  const int y = int(ymd.year());
  const int m = static_cast<int>(unsigned(ymd.month()));
  std::string out;
  if (unit == "D") {
    out = day_str(a + days{n});
  } else if (unit == "W") {
    out = week_str(a + days{7 * n});
  } else if (unit == "M") {
    int idx = y * 12 + (m - 1) + n;
    if (idx >= 0 && idx / 12 <= 9999) {
      out = four(idx / 12);
      char mm[3] = {'-', '0', '0'};
      put_digits(mm + 1, static_cast<unsigned>(idx % 12 + 1), 2);
      out.append(mm, 3);
    } else {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-%02d", idx / 12, idx % 12 + 1);
      out = buf;
    }
  } else if (unit == "Q") {
    int idx = y * 4 + (m - 1) / 3 + n;
    out = four(idx / 4) + "-Q" + std::to_string(idx % 4 + 1);
  } else if (unit == "HY") {
    int idx = y * 2 + (m - 1) / 6 + n;
    out = four(idx / 2) + "-H" + std::to_string(idx % 2 + 1);
  } else if (unit == "Y") {
    out = four(y + n);
    const TimeValue& last = ctx.last_mentioned;
    if (reporting) {  // "the year-ago quarter": the quarter a year before the one reported on
      out = with_period(reporting_period(ctx, *anchor), n);
    } else if (inherit && is_period(last) &&
               int(date::year_month_day{last.first_day()}.year()) == y) {
      out += last.str().substr(4);  // "a year earlier" than the third quarter: that quarter then
    }

  } else if (unit == "E") {
    out = four(y + 10 * n).substr(0, 3);
  } else if (unit == "C") {
    out = four(y + 100 * n).substr(0, 2);
  } else if (unit == "TH" || unit == "TM") {
    out = day_str(a);  // the anchor carries no time of day
  } else {
    return std::nullopt;
  }
  return finish(with_suffix(out, suffix), d.mod);
}

// The value four(y) + rest, parsed without building a string.
TimeValue parse_with_year(int y, std::string_view rest) {
  if (y < 0 || y > 9999 || rest.size() > 16)
    return TimeValue::parse(four(y) + std::string(rest));
  char buf[20];
  put_digits(buf, static_cast<unsigned>(y), 4);
  rest.copy(buf + 4, rest.size());
  return TimeValue::parse(std::string_view(buf, 4 + rest.size()));
}

// Easter Sunday of year y (the anonymous Gregorian computus).
sys_days easter(int y) {
  const int a = y % 19;
  const int b = y / 100;
  const int c = y % 100;
  const int d = b / 4;
  const int e = b % 4;
  const int f = (b + 8) / 25;
  const int g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4;
  const int k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return sys_days{date::year{y} / static_cast<unsigned>(month) / static_cast<unsigned>(day)};
}

// A date of year y from the part after "XXXX": a TIMEX3 tail ("-04-15"), or a movable feast:
//   -11-22>4   the first ISO weekday 4 (Thursday) on or after November 22 (US Thanksgiving)
//   -11-22<3   the last Wednesday on or before November 22
//   -EA -EA+49 -EA-2   Easter Sunday, shifted by N days (Pentecost, Good Friday)
TimeValue at_year(int y, std::string_view rest) {
  if (rest.size() >= 3 && rest.substr(0, 3) == "-EA") {
    int shift = 0;
    std::string_view n = rest.substr(3);
    if (!n.empty()) {
      if ((n[0] != '+' && n[0] != '-') || n.size() < 2 || n.size() > 4)
        return {};
      for (char c : n.substr(1)) {
        if (!digit(c))
          return {};
        shift = shift * 10 + (c - '0');
      }
      if (n[0] == '-')
        shift = -shift;
    }
    return TimeValue::parse(day_str(easter(y) + days{shift}));
  }
  if (rest.size() == 8 && (rest[6] == '>' || rest[6] == '<') && digit(rest[7])) {
    TimeValue t = parse_with_year(y, rest.substr(0, 6));
    const unsigned wd = static_cast<unsigned>(rest[7] - '0');
    if (!t.anchored() || wd < 1 || wd > 7)
      return {};
    const sys_days d = t.first_day();
    const date::weekday want{wd % 7};
    const date::weekday have{d};
    const sys_days out = rest[6] == '>' ? d + (want - have) : d - (have - want);
    return TimeValue::parse(day_str(out));
  }
  return parse_with_year(y, rest);
}

// "XXXX-04-15": the year that puts the date in a window around the anchor. News mostly looks
// back: without tense the window runs from kBackMonths before the anchor's month to
// kAheadMonths after it. Past tense takes the last such date not after the anchor, future tense
// the first one not before it.
std::optional<TimeValue> fill_year(const TimexDraft& d, const ResolveContext& ctx, Tense tense) {
  auto anchor = anchor_of(ctx);
  std::string rest = d.value.substr(4);
  int weekday = -1;  // "XXXX-05-02~4": the year in which May 2 is a Thursday, when near
  if (auto tilde = rest.find('~'); tilde != std::string::npos) {
    if (tilde + 2 == rest.size() && digit(rest[tilde + 1]))
      weekday = rest[tilde + 1] - '0';
    rest.resize(tilde);
  }
  const bool movable =
      rest.compare(0, 3, "-EA") == 0 || (rest.size() == 8 && (rest[6] == '<' || rest[6] == '>'));
  if (!anchor)
    return finish(movable ? "XXXX-XX-XX" : "XXXX" + rest, d.mod);
  const sys_days a = anchor->first_day();
  if (weekday > 0) {
    const int y0 = int(date::year_month_day{a}.year());
    for (int cand : {y0, y0 - 1, y0 + 1}) {
      TimeValue t = parse_with_year(cand, rest);
      if (t.anchored() && date::weekday{t.first_day()}.iso_encoding() == unsigned(weekday)) {
        return t.with_mod(d.mod);
      }
    }
  }
  const date::year_month_day ymd{a};
  const int y = int(ymd.year());
  const int anchor_month = y * 12 + static_cast<int>(unsigned(ymd.month())) - 1;
  auto month_of = [](sys_days day) {
    date::year_month_day v{day};
    return int(v.year()) * 12 + static_cast<int>(unsigned(v.month())) - 1;
  };
  std::optional<TimeValue> chosen;
  for (int cand = y - 1; cand <= y + 1 && !chosen; ++cand) {
    TimeValue t = at_year(cand, rest);
    if (!t.anchored())
      continue;
    const int first = month_of(t.first_day()) - anchor_month;
    const int last = month_of(t.last_day()) - anchor_month;
    bool fits = false;
    if (tense == Tense::past) {
      fits = first <= 0 && first > -12;
      if (fits && cand < y + 1) {  // prefer the later year when it also fits
        TimeValue next = at_year(cand + 1, rest);
        fits = !(next.anchored() && next.first_day() <= a);
      }
    } else if (tense == Tense::future) {
      fits = last >= 0;
    } else {
      fits = first >= -kBackMonths && first <= kAheadMonths;
    }
    if (fits)
      chosen = t;
  }
  if (!chosen)
    chosen = at_year(y, rest);
  if (!chosen->anchored())
    return finish(d.value, d.mod);
  return chosen->with_mod(d.mod);
}

// Duration drafts: "P3M", "P1.5Y", "P5TH" (time units start with T), "P2E" (decades).
std::optional<TimeValue> resolve_duration(const TimexDraft& d) {
  std::string_view v = std::string_view(d.value).substr(1);
  std::string date_part;
  std::string time_part;
  size_t i = 0;
  while (i < v.size()) {
    size_t j = i;
    while (j < v.size() && (digit(v[j]) || v[j] == '.' || v[j] == 'X')) ++j;
    if (j == i)
      return finish(d.value, d.mod);  // already a TIMEX3 duration such as PT5H
    std::string_view num = v.substr(i, j - i);
    size_t k = j;
    if (k < v.size() && v[k] == 'T')
      ++k;
    if (k >= v.size())
      return std::nullopt;
    char unit = v[k];
    bool time = k > j;
    std::string n(num);
    if (!time && (unit == 'E' || unit == 'C') &&
        n.find_first_not_of("0123456789") == std::string::npos) {
      n = std::to_string(std::stol(n) * (unit == 'E' ? 10 : 100));
      unit = 'Y';
    }
    // A half goes down one unit, as TIMEX3 writes it: P2Y6M, P1DT12H, PT5H30M, PT1M30S.
    if (n.size() >= 2 && n.compare(n.size() - 2, 2, ".5") == 0 &&
        (unit == 'Y' || unit == 'D' || (time && (unit == 'H' || unit == 'M')))) {
      n.resize(n.size() - 2);
      const bool whole = !n.empty() && n.find_first_not_of('0') != std::string::npos;
      if (unit == 'Y') {
        date_part += (whole ? n + "Y" : "") + "6M";
      } else if (unit == 'D') {
        date_part += whole ? n + "D" : "";
        time_part += "12H";
      } else {
        time_part += (whole ? n + unit : "") + (unit == 'H' ? "30M" : "30S");
      }
      i = k + 1;
      continue;
    }
    (time ? time_part : date_part) += n + unit;
    i = k + 1;
  }
  std::string out = "P" + date_part + (time_part.empty() ? "" : "T" + time_part);
  return finish(out, d.mod);
}

}  // namespace

std::optional<TimeValue> resolve(const TimexDraft& draft, const ResolveContext& ctx) {
  const std::string& v = draft.value;
  if (v.empty())
    return std::nullopt;
  if (v.size() > 2 && v.compare(v.size() - 2, 2, "|W") == 0) {
    TimexDraft d = draft;  // "XXXX-03-06|W": the week holding that day ("the week of March 6")
    d.value.resize(v.size() - 2);
    auto day = resolve(d, ctx);
    if (!day || !day->anchored() || day->grain() != Grain::day)
      return day;
    return finish(week_str(day->first_day()), draft.mod);
  }
  if (v.size() > 3 && v[0] == '@' && (v[1] == '-' || v[1] == '+') && v[2] == 'X') {
    TimexDraft d = draft;  // "@-XXXX-04": the last April before the anchor, "@+XXXX-04" the next
    d.value = v.substr(2);
    return fill_year(d, ctx, v[1] == '-' ? Tense::past : Tense::future);
  }
  if (v.size() > 2 && v[0] == '@' && v[1] == '^') {
    TimexDraft d = draft;  // anaphoric: "the next day", "a year earlier" follow the last date
    d.value.assign(1, '@');
    d.value.append(v, 2);  // (operator+ here trips a false -Wrestrict in g++ 12 at -O3)
    ResolveContext c = ctx;
    c.narrative = true;
    return resolve(d, c);
  }
  if (v[0] == '@')
    return resolve_relative(draft, ctx);
  if ((v.size() == 6 || v.size() == 7) && digit(v[0]) && digit(v[1]) && digit(v[2]) &&
      digit(v[3]) && v.compare(4, 2, ":=") == 0 && (v.size() == 6 || v[6] == 'Q')) {
    return resolve_year_period(draft, ctx);
  }
  if (v[0] == 'P' && v.find("_REF") == std::string::npos)
    return resolve_duration(draft);
  if (draft.type != "SET" && v.size() > 4 && v.compare(0, 4, "XXXX") == 0 && v[4] == '-') {
    // Past-tense cues are too noisy for this (reported speech: "said ... will be paid Nov. 16"),
    // and news dates already lean to the past; future cues do help.
    // Quarters and halves are reporting periods: "expects third-quarter earnings to fall" is
    // about the quarter just ended, whatever the tense.
    const bool period = v.size() > 5 && (v[5] == 'Q' || v[5] == 'H');
    const bool future = draft.tense == Tense::future && !period;
    return fill_year(draft, ctx, future ? Tense::future : Tense::unknown);
  }
  return finish(v, draft.mod);
}

bool can_anchor(const TimeValue& v) noexcept {
  return v.anchored() && !coarser(v.grain(), Grain::year) && v.mod() == TimeMod::none;
}

}  // namespace causeline::timex
