#pragma once
// WhenInfo: everything the exporters write about an event's date, derived once from its TimeValue:
// ISO 8601 start/end at the value's own precision (a month stays "2025-04"), bounds, EDTF, and an
// English display text ("c. April 2025"). Precision is never invented: no exporter pads a month to
// a day.
#include <optional>
#include <string>
#include <string_view>

#include "core/time_value.hpp"

namespace causeline::exporters {

/// The calendar unit a grain is written in: 2025-Q2 is written in months, a week in days.
enum class DateUnit : unsigned char { none, year, month, day, minute, second };

DateUnit unit_of(Grain g) noexcept;

struct WhenInfo {
  bool dated = false;  // anchored: it has an interval on the calendar
  DateUnit unit = DateUnit::none;
  std::string start;     // ISO 8601, reduced to `unit` ("2025-04"); "" when not dated
  std::string end;       // inclusive last unit ("2025-06" for 2025-Q2); "" when it equals start
  std::string earliest;  // YYYY-MM-DD bound implied by value and modifier; "" when open or unknown
  std::string latest;
  std::optional<sys_days> earliest_day, latest_day;  // the same bounds as days
  std::string edtf;                                  // EDTF (ISO 8601-2) form; "" when it has none
  std::string display;               // "April 2025", "c. 2024", "before 15 April 2025", "undated"
  std::string_view qualifier;        // "approximate" or ""
  sys_days first_day{}, last_day{};  // inclusive calendar days (dated only)
  sys_seconds begin{}, end_excl{};   // the half-open interval (dated only)
};

/// How much describe() computes: `display` leaves earliest/latest (the strings) and edtf empty,
/// which every format but the canonical JSON and iCalendar can do without.
enum class Detail : unsigned char { full, display };

WhenInfo describe(const TimeValue& v, Detail detail = Detail::full);

/// "2025-04-15".
std::string iso_day(sys_days d);
/// English month name, 1-based ("April").
std::string_view month_name(unsigned m) noexcept;

}  // namespace causeline::exporters
