#include "core/time_value.hpp"

#include <date/iso_week.h>

#include <algorithm>
#include <cstring>
#include <optional>
#include <ostream>
#include <string>

namespace causeline {
namespace {

using date::days;
using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

constexpr std::array<std::string_view, 13> kModNames = {
    "",          "BEFORE",    "AFTER",         "ON_OR_BEFORE",  "ON_OR_AFTER",
    "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START",
    "MID",       "END",       "APPROX"};

// The n (< 10) characters of v at pos as a number, or -1 when they are not all digits or run
// past the end.
int digits_at(std::string_view v, size_t pos, size_t n) {
  if (pos + n > v.size())
    return -1;
  int out = 0;
  for (size_t k = pos; k < pos + n; ++k) {
    const char c = v[k];
    if (c < '0' || c > '9')
      return -1;
    out = out * 10 + (c - '0');
  }
  return out;
}

sys_seconds at(date::year_month_day ymd) {
  return sys_seconds{date::sys_days{ymd}.time_since_epoch()};
}
sys_seconds at(date::year y, unsigned m) {
  return at(date::year_month_day{y, date::month{m}, date::day{1}});
}

struct Span {
  Grain grain;
  sys_seconds begin;
  sys_seconds end;
};

std::optional<Span> year_span(int y, int years, Grain g) {
  if (y < 0 || y > 9999)
    return std::nullopt;
  return Span{g, at(date::year{y}, 1), at(date::year{y + years}, 1)};
}

// "hh", "hh:mm", "hh:mm:ss" or a part of day code after the 'T' of a calendar date.
std::optional<Span> time_span(sys_seconds day, std::string_view t) {
  struct Part {
    std::string_view code;
    int from, to;
  };
  static constexpr Part kParts[] = {{"MO", 6, 12},  {"MI", 11, 13}, {"AF", 12, 18},
                                    {"EV", 18, 24}, {"NI", 20, 30}, {"DT", 8, 18}};
  for (const auto& p : kParts) {
    if (t == p.code)
      return Span{Grain::part_of_day, day + hours{p.from}, day + hours{p.to}};
  }
  if (const int h = digits_at(t, 0, 2); h >= 0) {
    if (h > 24)
      return std::nullopt;
    if (t.size() == 2)
      return Span{Grain::hour, day + hours{h}, day + hours{h + 1}};
    if (const int mi = t.size() >= 5 && t[2] == ':' ? digits_at(t, 3, 2) : -1; mi >= 0) {
      if (mi > 59)
        return std::nullopt;
      auto b = day + hours{h} + minutes{mi};
      if (t.size() == 5)
        return Span{Grain::minute, b, b + minutes{1}};
      if (const int sec = t.size() == 8 && t[5] == ':' ? digits_at(t, 6, 2) : -1; sec >= 0) {
        auto s = b + seconds{sec};
        return Span{Grain::second, s, s + seconds{1}};
      }
    }
  }
  return std::nullopt;
}

std::optional<Span> anchored_span(std::string_view v) {
  if (v.size() <= 4) {
    const int n = digits_at(v, 0, v.size());
    switch (n < 0 ? 0 : v.size()) {
      case 1:
        return year_span(n * 1000, 1000, Grain::millennium);
      case 2:
        return year_span(n * 100, 100, Grain::century);
      case 3:
        return year_span(n * 10, 10, Grain::decade);
      case 4:
        return year_span(n, 1, Grain::year);
      default:
        return std::nullopt;
    }
  }
  if (v.size() < 7 || v[4] != '-')
    return std::nullopt;
  const int y = digits_at(v, 0, 4);
  if (y < 0)
    return std::nullopt;
  const date::year yr{y};
  std::string_view rest = v.substr(5);
  if (rest.size() == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4') {
    unsigned q = static_cast<unsigned>(rest[1] - '1');
    return Span{Grain::quarter, at(yr, q * 3 + 1),
                at(yr + date::years{q == 3 ? 1 : 0}, q == 3 ? 1 : q * 3 + 4)};
  }
  if (rest.size() == 2 && rest[0] == 'H' && (rest[1] == '1' || rest[1] == '2')) {
    return rest[1] == '1' ? Span{Grain::half, at(yr, 1), at(yr, 7)}
                          : Span{Grain::half, at(yr, 7), at(yr + date::years{1}, 1)};
  }
  if (rest == "SP")
    return Span{Grain::season, at(yr, 3), at(yr, 6)};
  if (rest == "SU")
    return Span{Grain::season, at(yr, 6), at(yr, 9)};
  if (rest == "FA")
    return Span{Grain::season, at(yr, 9), at(yr, 12)};
  if (rest == "WI")
    return Span{Grain::season, at(yr - date::years{1}, 12), at(yr, 3)};
  if (const int week = rest.size() >= 3 && rest[0] == 'W' ? digits_at(rest, 1, 2) : -1; week >= 0) {
    iso_week::year_weeknum_weekday wd{
        iso_week::year{y}, iso_week::weeknum{static_cast<unsigned>(week)}, iso_week::mon};
    if (!wd.ok())
      return std::nullopt;
    sys_seconds monday{date::sys_days{wd}.time_since_epoch()};
    if (rest.size() == 3)
      return Span{Grain::week, monday, monday + days{7}};
    std::string_view tail = rest.substr(3);
    if (tail == "-WE")
      return Span{Grain::day, monday + days{5}, monday + days{7}};
    if (tail.size() == 2 && tail[0] == '-' && tail[1] >= '1' && tail[1] <= '7') {
      auto d = monday + days{tail[1] - '1'};
      return Span{Grain::day, d, d + days{1}};
    }
    return std::nullopt;
  }
  const int month = digits_at(rest, 0, 2);
  if (month < 0)
    return std::nullopt;
  const auto m = static_cast<unsigned>(month);
  if (m < 1 || m > 12)
    return std::nullopt;
  if (rest.size() == 2)
    return Span{Grain::month, at(yr, m),
                at(yr + date::years{m == 12 ? 1 : 0}, m == 12 ? 1 : m + 1)};
  const int day = rest.size() >= 5 && rest[2] == '-' ? digits_at(rest, 3, 2) : -1;
  if (day < 0)
    return std::nullopt;
  date::year_month_day ymd{yr, date::month{m}, date::day{static_cast<unsigned>(day)}};
  if (!ymd.ok())
    return std::nullopt;
  sys_seconds d = at(ymd);
  if (rest.size() == 5)
    return Span{Grain::day, d, d + days{1}};
  if (rest[5] != 'T')
    return std::nullopt;
  return time_span(d, rest.substr(6));
}

std::optional<Grain> duration_grain(std::string_view v) {
  // P followed by number/X + unit groups, optional T before time units. Grain = finest unit.
  if (v.size() < 3 || v[0] != 'P')
    return std::nullopt;
  bool in_time = false;
  std::optional<Grain> finest;
  size_t i = 1;
  while (i < v.size()) {
    if (v[i] == 'T') {
      if (in_time)
        return std::nullopt;
      in_time = true;
      ++i;
      continue;
    }
    size_t j = i;
    while (j < v.size() && ((v[j] >= '0' && v[j] <= '9') || v[j] == '.' || v[j] == 'X')) ++j;
    if (j == i || j >= v.size())
      return std::nullopt;
    Grain g;
    switch (v[j]) {
      case 'Y':
        g = Grain::year;
        break;
      case 'M':
        g = in_time ? Grain::minute : Grain::month;
        break;
      case 'W':
        g = Grain::week;
        break;
      case 'D':
        g = Grain::day;
        break;
      case 'H':
        g = Grain::hour;
        break;
      case 'S':
        g = Grain::second;
        break;
      case 'Q':
        g = Grain::quarter;
        break;
      case 'E':
        g = Grain::decade;
        break;
      case 'C':
        g = Grain::century;
        break;
      case 'L':
        g = Grain::millennium;
        break;
      default:
        return std::nullopt;
    }
    if (in_time != (g == Grain::hour || g == Grain::minute || g == Grain::second)) {
      // "PT5H" needs T; "P3D" must not. Tolerate TimeBank's "P1H"-style slips as hours.
      if (!(g == Grain::hour && !in_time))
        return std::nullopt;
    }
    if (!finest || coarser(*finest, g))
      finest = g;
    i = j + 1;
  }
  return finest;
}

// An underspecified value has the shape of an anchored one with some digits replaced by X
// ("XXXX-04-15", "XXXX-WXX-1", "2025-XX"), or is a bare time of day ("T10:30", "TMO").
bool partial_shape(std::string_view v) {
  if (v.size() > 1 && v[0] == 'T')
    return time_span(sys_seconds{}, v.substr(1)).has_value();
  if (v.find('X') == std::string_view::npos)
    return false;
  std::string filled(v);
  for (char& c : filled) {
    if (c == 'X')
      c = '1';
  }
  return anchored_span(filled).has_value();
}

Grain partial_grain(std::string_view v) {
  if (v.find('T') != std::string_view::npos && v.find(':') != std::string_view::npos)
    return Grain::minute;
  size_t dashes = static_cast<size_t>(std::count(v.begin(), v.end(), '-'));
  if (v.find('W') != std::string_view::npos)
    return dashes >= 2 ? Grain::day : Grain::week;
  if (dashes >= 2)
    return Grain::day;
  if (dashes == 1) {
    std::string_view rest = v.substr(v.find('-') + 1);
    if (!rest.empty() && rest[0] == 'Q')
      return Grain::quarter;
    if (!rest.empty() && rest[0] == 'H')
      return Grain::half;
    if (rest == "SP" || rest == "SU" || rest == "FA" || rest == "WI")
      return Grain::season;
    return Grain::month;
  }
  switch (v.size()) {
    case 2:
      return Grain::century;
    case 3:
      return Grain::decade;
    default:
      return Grain::year;
  }
}

}  // namespace

std::string_view to_string(TimeMod m) noexcept { return kModNames[static_cast<size_t>(m)]; }

TimeMod mod_from_string(std::string_view s) noexcept {
  for (size_t i = 1; i < kModNames.size(); ++i) {
    if (kModNames[i] == s)
      return static_cast<TimeMod>(i);
  }
  return TimeMod::none;
}

TimeValue TimeValue::parse(std::string_view value, std::string_view mod) noexcept {
  TimeValue t;
  if (value.empty() || value.size() >= t.text_.size())
    return t;
  if (value == "PRESENT_REF") {
    t.kind_ = TimeKind::present_ref;
  } else if (value == "PAST_REF") {
    t.kind_ = TimeKind::past_ref;
  } else if (value == "FUTURE_REF") {
    t.kind_ = TimeKind::future_ref;
  } else if (value[0] == 'P') {
    auto g = duration_grain(value);
    if (!g)
      return t;
    t.kind_ = TimeKind::duration;
    t.grain_ = *g;
  } else if (auto span = anchored_span(value)) {
    t.kind_ = TimeKind::anchored;
    t.grain_ = span->grain;
    t.begin_ = span->begin;
    t.end_ = span->end;
  } else if (partial_shape(value)) {
    t.kind_ = TimeKind::partial;
    t.grain_ = partial_grain(value);
  } else {
    return t;
  }
  std::memcpy(t.text_.data(), value.data(), value.size());
  t.mod_ = mod_from_string(mod);
  return t;
}

TimeValue TimeValue::of_day(date::year_month_day ymd) noexcept {
  if (!ymd.ok())
    return {};
  return parse(date::format("%Y-%m-%d", ymd));
}

TimeValue TimeValue::of_month(date::year y, date::month m) noexcept {
  if (!(y / m).ok())
    return {};
  return parse(date::format("%Y-%m", date::year_month{y, m}));
}

TimeValue TimeValue::of_year(date::year y) noexcept {
  if (!y.ok() || int(y) < 0 || int(y) > 9999)
    return {};
  char buf[8];
  std::snprintf(buf, sizeof buf, "%04d", int(y));
  return parse(buf);
}

sys_days TimeValue::first_day() const noexcept { return date::floor<date::days>(begin_); }

sys_days TimeValue::last_day() const noexcept {
  return date::floor<date::days>(end_ - std::chrono::seconds{1});
}

std::string TimeValue::str() const { return std::string(text_.data()); }

bool operator==(const TimeValue& a, const TimeValue& b) noexcept {
  return a.kind_ == b.kind_ && a.mod_ == b.mod_ && std::strcmp(a.text_.data(), b.text_.data()) == 0;
}

std::strong_ordering operator<=>(const TimeValue& a, const TimeValue& b) noexcept {
  if (a.anchored() != b.anchored())
    return a.anchored() ? std::strong_ordering::less : std::strong_ordering::greater;
  if (a.anchored()) {
    if (auto c = a.begin_ <=> b.begin_; c != 0)
      return c;
    if (auto c = b.end_ <=> a.end_; c != 0)
      return c;  // coarser (longer) first
  }
  if (auto c = a.kind_ <=> b.kind_; c != 0)
    return c;
  if (auto c = std::strcmp(a.text_.data(), b.text_.data()); c != 0)
    return c <=> 0;
  return a.mod_ <=> b.mod_;
}

std::ostream& operator<<(std::ostream& os, const TimeValue& v) {
  os << (v.ok() ? v.str() : std::string("<invalid>"));
  if (v.mod() != TimeMod::none)
    os << '[' << to_string(v.mod()) << ']';
  return os;
}

bool overlaps(const TimeValue& a, const TimeValue& b) noexcept {
  return a.anchored() && b.anchored() && a.begin() < b.end() && b.begin() < a.end();
}

bool within(const TimeValue& a, const TimeValue& b) noexcept {
  return a.anchored() && b.anchored() && b.begin() <= a.begin() && a.end() <= b.end();
}

}  // namespace causeline
