// TimeValue: TIMEX3 parsing, grain, interval and lossless round trip.
#include "core/time_value.hpp"

#include <catch2/catch.hpp>
#include <type_traits>

using causeline::Grain;
using causeline::TimeKind;
using causeline::TimeMod;
using causeline::TimeValue;

static_assert(std::is_trivially_copyable_v<TimeValue>);

namespace {
std::string day_str(causeline::sys_days d) { return date::format("%F", d); }
}  // namespace

TEST_CASE("time_value: anchored values give grain and half-open interval", "[core][time_value]") {
  auto [value, grain, first, last] = GENERATE(table<std::string, Grain, std::string, std::string>({
      {"2025-04", Grain::month, "2025-04-01", "2025-04-30"},
      {"2025-04-15", Grain::day, "2025-04-15", "2025-04-15"},
      {"2025", Grain::year, "2025-01-01", "2025-12-31"},
      {"2025-Q2", Grain::quarter, "2025-04-01", "2025-06-30"},
      {"2025-Q4", Grain::quarter, "2025-10-01", "2025-12-31"},
      {"2025-H2", Grain::half, "2025-07-01", "2025-12-31"},
      {"2025-W16", Grain::week, "2025-04-14", "2025-04-20"},
      {"2025-W16-3", Grain::day, "2025-04-16", "2025-04-16"},
      {"2025-W16-WE", Grain::day, "2025-04-19", "2025-04-20"},
      {"2025-SU", Grain::season, "2025-06-01", "2025-08-31"},
      {"2025-WI", Grain::season, "2024-12-01", "2025-02-28"},
      {"202", Grain::decade, "2020-01-01", "2029-12-31"},
      {"20", Grain::century, "2000-01-01", "2099-12-31"},
      {"2025-12", Grain::month, "2025-12-01", "2025-12-31"},
      {"2024-02-29T10:30", Grain::minute, "2024-02-29", "2024-02-29"},
      {"2024-02-29T10", Grain::hour, "2024-02-29", "2024-02-29"},
      {"2024-02-29TMO", Grain::part_of_day, "2024-02-29", "2024-02-29"},
  }));
  CAPTURE(value);
  TimeValue v = TimeValue::parse(value);
  REQUIRE(v.ok());
  CHECK(v.anchored());
  CHECK(v.grain() == grain);
  CHECK(day_str(v.first_day()) == first);
  CHECK(day_str(v.last_day()) == last);
  CHECK(v.str() == value);
  CHECK(TimeValue::parse(v.str()) == v);
}

TEST_CASE("time_value: other kinds round-trip", "[core][time_value]") {
  auto [value, kind, grain] = GENERATE(table<std::string, TimeKind, Grain>({
      {"P3M", TimeKind::duration, Grain::month},
      {"PT5H", TimeKind::duration, Grain::hour},
      {"P1.5Y", TimeKind::duration, Grain::year},
      {"PXY", TimeKind::duration, Grain::year},
      {"P1Y2M3DT4H5M", TimeKind::duration, Grain::minute},
      {"XXXX-04-15", TimeKind::partial, Grain::day},
      {"XXXX-WXX-1", TimeKind::partial, Grain::day},
      {"T10:30", TimeKind::partial, Grain::minute},
      {"PRESENT_REF", TimeKind::present_ref, Grain::none},
      {"PAST_REF", TimeKind::past_ref, Grain::none},
      {"FUTURE_REF", TimeKind::future_ref, Grain::none},
  }));
  CAPTURE(value);
  TimeValue v = TimeValue::parse(value);
  REQUIRE(v.ok());
  CHECK(v.kind() == kind);
  CHECK(v.grain() == grain);
  CHECK(v.str() == value);
}

TEST_CASE("time_value: invalid text is !ok()", "[core][time_value]") {
  auto value = GENERATE(as<std::string>{}, "", "2025-13", "2025-02-30", "April", "2025-Q5", "P",
                        "PT", "P3", "12345", "2025-04-15T25:00", "2025-W54", "H20", "2025-04-15X");
  CAPTURE(value);
  CHECK_FALSE(TimeValue::parse(value).ok());
}

TEST_CASE("time_value: modifier travels with the value", "[core][time_value]") {
  TimeValue v = TimeValue::parse("2025-04", "AFTER");
  CHECK(v.mod() == TimeMod::after);
  CHECK(causeline::to_string(v.mod()) == "AFTER");
  CHECK(v != TimeValue::parse("2025-04"));
  CHECK(TimeValue::parse(v.str(), causeline::to_string(v.mod())) == v);
}

TEST_CASE("time_value: order is by start, coarser grain first", "[core][time_value]") {
  auto year = TimeValue::parse("2025");
  auto q1 = TimeValue::parse("2025-Q1");
  auto jan = TimeValue::parse("2025-01");
  auto jan1 = TimeValue::parse("2025-01-01");
  auto feb = TimeValue::parse("2025-02");
  auto dur = TimeValue::parse("P3M");
  CHECK(year < q1);
  CHECK(q1 < jan);
  CHECK(jan < jan1);
  CHECK(jan1 < feb);
  CHECK(feb < dur);  // anchored values come before the rest
  CHECK(causeline::within(jan1, year));
  CHECK(causeline::overlaps(q1, feb));
  CHECK_FALSE(causeline::overlaps(jan, feb));
}

TEST_CASE("time_value: factories", "[core][time_value]") {
  using namespace date::literals;
  CHECK(TimeValue::of_day(2025_y / 4 / 15).str() == "2025-04-15");
  CHECK(TimeValue::of_month(2025_y, date::April).str() == "2025-04");
  CHECK(TimeValue::of_year(2025_y).str() == "2025");
  CHECK_FALSE(TimeValue::of_day(2025_y / 2 / 30).ok());
}
