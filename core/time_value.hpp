#pragma once
// TimeValue: a TimeML TIMEX3 value ("2025-04", "2025-Q2", "2025-W16", "202", "P3M", "XXXX-04-15",
// "PRESENT_REF") with its grain, the half-open interval it covers, and a TIMEX3 modifier.
// A small value type in the spirit of date::year_month_day: validity is ok(), not an exception.
#include <date/date.h>

#include <array>
#include <chrono>
#include <compare>
#include <iosfwd>
#include <string>
#include <string_view>

#include "core/grain.hpp"

namespace causeline {

using sys_seconds = date::sys_seconds;
using sys_days = date::sys_days;

enum class TimeKind : unsigned char {
  invalid,
  anchored,  // a calendar interval: 2025, 2025-04, 2025-04-15T10:30, 2025-Q2, 202 ...
  duration,  // P3M, PT5H, P1.5Y, PXY
  partial,   // underspecified: XXXX-04-15, XXXX-WXX-1, T10:30, 2025-XX
  present_ref,
  past_ref,
  future_ref,
};

/// TIMEX3 `mod` attribute.
enum class TimeMod : unsigned char {
  none,
  before,
  after,
  on_or_before,
  on_or_after,
  less_than,
  more_than,
  equal_or_less,
  equal_or_more,
  start,
  mid,
  end,
  approx,
};

std::string_view to_string(TimeMod m) noexcept;        // "BEFORE", "" for none
TimeMod mod_from_string(std::string_view s) noexcept;  // none when unknown or empty

class TimeValue {
 public:
  constexpr TimeValue() noexcept = default;

  /// Parses a TIMEX3 value; the result is !ok() when the text is not a TIMEX3 value.
  static TimeValue parse(std::string_view value, std::string_view mod = {}) noexcept;

  /// Factories for anchored values.
  static TimeValue of_day(date::year_month_day ymd) noexcept;
  static TimeValue of_month(date::year y, date::month m) noexcept;
  static TimeValue of_year(date::year y) noexcept;

  bool ok() const noexcept { return kind_ != TimeKind::invalid; }
  bool anchored() const noexcept { return kind_ == TimeKind::anchored; }
  TimeKind kind() const noexcept { return kind_; }
  Grain grain() const noexcept { return grain_; }
  TimeMod mod() const noexcept { return mod_; }
  TimeValue with_mod(TimeMod m) const noexcept {
    TimeValue v = *this;
    v.mod_ = m;
    return v;
  }

  /// Half-open interval [begin, end) covered by an anchored value (epoch for other kinds).
  sys_seconds begin() const noexcept { return begin_; }
  sys_seconds end() const noexcept { return end_; }
  /// First and last calendar day touched by the interval (inclusive).
  sys_days first_day() const noexcept;
  sys_days last_day() const noexcept;

  /// The TIMEX3 value string; parse(v.str(), to_string(v.mod())) == v for every ok() value.
  std::string str() const;

  friend bool operator==(const TimeValue& a, const TimeValue& b) noexcept;
  /// Timeline order: anchored values by begin, coarser first on ties, then the rest by text.
  friend std::strong_ordering operator<=>(const TimeValue& a, const TimeValue& b) noexcept;

 private:
  TimeKind kind_ = TimeKind::invalid;
  Grain grain_ = Grain::none;
  TimeMod mod_ = TimeMod::none;
  sys_seconds begin_{};
  sys_seconds end_{};
  std::array<char, 30> text_{};  // verbatim value for non-anchored kinds
};

/// Prints the TIMEX3 value, with "[MOD]" appended when there is a modifier.
std::ostream& operator<<(std::ostream& os, const TimeValue& v);

/// True when the two anchored intervals share at least one instant.
bool overlaps(const TimeValue& a, const TimeValue& b) noexcept;
/// True when a's interval lies inside b's.
bool within(const TimeValue& a, const TimeValue& b) noexcept;

}  // namespace causeline
