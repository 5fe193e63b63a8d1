#include "exporters/when_info.hpp"

#include <array>

namespace causeline::exporters {
namespace {

using date::days;

constexpr std::array<std::string_view, 12> kMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

void put_digits(std::string& s, long v, int width) {
  if (v < 0) {
    s.push_back('-');
    v = -v;
  }
  char tmp[12];
  int n = 0;
  do {
    tmp[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v > 0);
  for (int i = n; i < width; ++i) s.push_back('0');
  while (n > 0) s.push_back(tmp[--n]);
}

date::year_month_day ymd_of(sys_days d) { return date::year_month_day{d}; }

std::string format_at(sys_seconds t, DateUnit unit) {
  const sys_days d = date::floor<days>(t);
  const auto ymd = ymd_of(d);
  std::string s;
  s.reserve(20);
  put_digits(s, static_cast<int>(ymd.year()), 4);
  if (unit == DateUnit::year)
    return s;
  s.push_back('-');
  put_digits(s, static_cast<unsigned>(ymd.month()), 2);
  if (unit == DateUnit::month)
    return s;
  s.push_back('-');
  put_digits(s, static_cast<unsigned>(ymd.day()), 2);
  if (unit == DateUnit::day)
    return s;
  const date::hh_mm_ss hms{t - d};
  s.push_back('T');
  put_digits(s, hms.hours().count(), 2);
  s.push_back(':');
  put_digits(s, hms.minutes().count(), 2);
  if (unit == DateUnit::minute)
    return s;
  s.push_back(':');
  put_digits(s, hms.seconds().count(), 2);
  return s;
}

std::chrono::seconds unit_step(DateUnit u) {
  return u == DateUnit::second ? std::chrono::seconds{1} : std::chrono::seconds{60};
}

std::string day_text(sys_days d) {
  const auto ymd = ymd_of(d);
  std::string s;
  put_digits(s, static_cast<unsigned>(ymd.day()), 1);
  s.push_back(' ');
  s.append(month_name(static_cast<unsigned>(ymd.month())));
  s.push_back(' ');
  put_digits(s, static_cast<int>(ymd.year()), 4);
  return s;
}

std::string_view part_of_day_name(std::string_view value) {
  const auto t = value.rfind('T');
  const std::string_view code = t == std::string_view::npos ? value : value.substr(t + 1);
  if (code == "MO")
    return "morning";
  if (code == "MI")
    return "midday";
  if (code == "AF")
    return "afternoon";
  if (code == "EV")
    return "evening";
  if (code == "NI")
    return "night";
  return "daytime";
}

std::string base_display(const TimeValue& v, const WhenInfo& w) {
  const std::string value = v.str();
  const std::string_view year = std::string_view(value).substr(0, 4);
  const int first_year = static_cast<int>(ymd_of(w.first_day).year());
  const int last_year = static_cast<int>(ymd_of(w.last_day).year());
  std::string s;
  switch (v.grain()) {
    case Grain::millennium:
    case Grain::century:
      put_digits(s, first_year, 4);
      s.append("\xe2\x80\x93");  // en dash
      put_digits(s, last_year, 4);
      return s;
    case Grain::decade:
      put_digits(s, first_year, 4);
      s.push_back('s');
      return s;
    case Grain::year:
      return std::string(year);
    case Grain::half:
    case Grain::quarter:
      return value.substr(5) + " " + std::string(year);
    case Grain::season: {
      const std::string_view code = std::string_view(value).substr(5);
      s = code == "SP" ? "spring" : code == "SU" ? "summer" : code == "FA" ? "autumn" : "winter";
      return s + " " + std::string(year);
    }
    case Grain::month:
      s.append(month_name(static_cast<unsigned>(ymd_of(w.first_day).month())));
      s.push_back(' ');
      put_digits(s, first_year, 4);
      return s;
    case Grain::week:
      return "week of " + day_text(w.first_day);
    case Grain::day:
      if (w.first_day == w.last_day)
        return day_text(w.first_day);
      return day_text(w.first_day) + " \xe2\x80\x93 " + day_text(w.last_day);
    case Grain::part_of_day:
      return day_text(w.first_day) + ", " + std::string(part_of_day_name(value));
    default:
      return day_text(w.first_day) + ", " + w.start.substr(11);
  }
}

std::string_view mod_prefix(TimeMod m) {
  switch (m) {
    case TimeMod::before:
      return "before ";
    case TimeMod::after:
      return "after ";
    case TimeMod::on_or_before:
      return "by ";
    case TimeMod::on_or_after:
      return "from ";
    case TimeMod::less_than:
      return "less than ";
    case TimeMod::more_than:
      return "more than ";
    case TimeMod::equal_or_less:
      return "at most ";
    case TimeMod::equal_or_more:
      return "at least ";
    case TimeMod::start:
      return "early ";
    case TimeMod::mid:
      return "mid ";
    case TimeMod::end:
      return "late ";
    case TimeMod::approx:
      return "c. ";
    case TimeMod::none:
      break;
  }
  return "";
}

std::string base_edtf(const TimeValue& v, const WhenInfo& w) {
  const std::string value = v.str();
  const std::string year = value.substr(0, 4);
  switch (v.grain()) {
    case Grain::millennium:
      return value.substr(0, 1) + "XXX";
    case Grain::century:
      return value.substr(0, 2) + "XX";
    case Grain::decade:
      return value.substr(0, 3) + "X";
    case Grain::year:
    case Grain::month:
      return w.start;
    case Grain::quarter:
      return year + "-" + std::to_string(32 + (value[6] - '0'));
    case Grain::half:
      return year + "-" + std::to_string(39 + (value[6] - '0'));
    case Grain::season: {
      const std::string_view code = std::string_view(value).substr(5);
      return year + (code == "SP" ? "-21" : code == "SU" ? "-22" : code == "FA" ? "-23" : "-24");
    }
    case Grain::week:
    case Grain::day:
      if (w.end.empty())
        return w.start;
      return w.start + "/" + w.end;
    default:
      return format_at(w.begin, DateUnit::second);
  }
}

}  // namespace

std::string_view month_name(unsigned m) noexcept {
  return m >= 1 && m <= 12 ? kMonths[m - 1] : std::string_view();
}

std::string iso_day(sys_days d) {
  return format_at(sys_seconds{d.time_since_epoch()}, DateUnit::day);
}

DateUnit unit_of(Grain g) noexcept {
  switch (g) {
    case Grain::none:
      return DateUnit::none;
    case Grain::second:
      return DateUnit::second;
    case Grain::minute:
    case Grain::hour:
    case Grain::part_of_day:
      return DateUnit::minute;
    case Grain::day:
    case Grain::week:
      return DateUnit::day;
    case Grain::month:
    case Grain::season:
    case Grain::quarter:
    case Grain::half:
      return DateUnit::month;
    case Grain::year:
    case Grain::decade:
    case Grain::century:
    case Grain::millennium:
      return DateUnit::year;
  }
  return DateUnit::none;
}

WhenInfo describe(const TimeValue& v, Detail detail) {
  WhenInfo w;
  if (!v.ok()) {
    w.display = "undated";
    return w;
  }
  if (!v.anchored()) {
    const std::string value = v.str();
    switch (v.kind()) {
      case TimeKind::duration:
        w.display = "duration " + value;
        break;
      case TimeKind::present_ref:
        w.display = "present";
        break;
      case TimeKind::past_ref:
        w.display = "past";
        break;
      case TimeKind::future_ref:
        w.display = "future";
        break;
      default:
        w.display = value + " (partial date)";
        if (value.find_first_of("WT") == std::string::npos)
          w.edtf = value;
        break;
    }
    w.display.insert(0, mod_prefix(v.mod()));
    if (v.mod() == TimeMod::approx)
      w.qualifier = "approximate";
    return w;
  }
  w.dated = true;
  w.unit = unit_of(v.grain());
  w.begin = v.begin();
  w.end_excl = v.end();
  w.first_day = v.first_day();
  w.last_day = v.last_day();
  w.start = format_at(w.begin, w.unit);
  const bool timed = w.unit == DateUnit::minute || w.unit == DateUnit::second;
  std::string last = timed ? format_at(w.end_excl - unit_step(w.unit), w.unit)
                           : format_at(sys_seconds{w.last_day.time_since_epoch()}, w.unit);
  if (last != w.start)
    w.end = std::move(last);

  // Bounds implied by the modifier, in days.
  const long len = (w.last_day - w.first_day).count() + 1;
  sys_days lo = w.first_day, hi = w.last_day;
  bool open_lo = false, open_hi = false;
  switch (v.mod()) {
    case TimeMod::before:
      open_lo = true;
      hi = w.first_day - days{1};
      break;
    case TimeMod::on_or_before:
      open_lo = true;
      break;
    case TimeMod::after:
      open_hi = true;
      lo = w.last_day + days{1};
      break;
    case TimeMod::on_or_after:
      open_hi = true;
      break;
    case TimeMod::start:
      hi = w.first_day + days{len >= 3 ? len / 3 - 1 : len - 1};
      break;
    case TimeMod::mid:
      if (len >= 3) {
        lo = w.first_day + days{len / 3};
        hi = w.first_day + days{2 * len / 3 - 1};
      }
      break;
    case TimeMod::end:
      lo = w.last_day - days{len >= 3 ? len / 3 - 1 : len - 1};
      break;
    case TimeMod::approx:
      lo = w.first_day - days{len};
      hi = w.last_day + days{len};
      break;
    default:
      break;
  }
  const bool full = detail == Detail::full;
  if (!open_lo) {
    if (full)
      w.earliest = iso_day(lo);
    w.earliest_day = lo;
  }
  if (!open_hi) {
    if (full)
      w.latest = iso_day(hi);
    w.latest_day = hi;
  }

  w.display = mod_prefix(v.mod());
  w.display += base_display(v, w);
  if (!full)
    return w;
  std::string edtf = base_edtf(v, w);
  switch (v.mod()) {
    case TimeMod::approx: {
      const auto slash = edtf.find('/');
      if (slash == std::string::npos) {
        edtf += '~';
      } else {
        edtf = edtf.substr(0, slash) + "~" + edtf.substr(slash);
        edtf += '~';
      }
      w.qualifier = "approximate";
      break;
    }
    case TimeMod::before:
    case TimeMod::on_or_before: {
      const auto slash = edtf.find('/');
      edtf = "../" + (slash == std::string::npos ? edtf : edtf.substr(slash + 1));
      break;
    }
    case TimeMod::after:
    case TimeMod::on_or_after: {
      const auto slash = edtf.find('/');
      edtf = (slash == std::string::npos ? edtf : edtf.substr(0, slash)) + "/..";
      break;
    }
    default:
      break;
  }
  w.edtf = std::move(edtf);
  return w;
}

}  // namespace causeline::exporters
