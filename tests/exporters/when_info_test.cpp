// WhenInfo: precision is kept, end is inclusive, modifiers give bounds, display and EDTF.
#include "exporters/when_info.hpp"

#include <catch2/catch.hpp>

using causeline::TimeValue;
using causeline::exporters::describe;

TEST_CASE("when_info: start and inclusive end at the value's own precision", "[exporters][when]") {
  auto [value, mod, start, end, display, edtf, earliest,
        latest] = GENERATE(table<std::string, std::string, std::string, std::string, std::string,
                                 std::string, std::string, std::string>({
      {"2025-04", "", "2025-04", "", "April 2025", "2025-04", "2025-04-01", "2025-04-30"},
      {"2025-04-15", "", "2025-04-15", "", "15 April 2025", "2025-04-15", "2025-04-15",
       "2025-04-15"},
      {"2024", "", "2024", "", "2024", "2024", "2024-01-01", "2024-12-31"},
      {"2025-Q2", "", "2025-04", "2025-06", "Q2 2025", "2025-34", "2025-04-01", "2025-06-30"},
      {"2025-H2", "", "2025-07", "2025-12", "H2 2025", "2025-41", "2025-07-01", "2025-12-31"},
      {"2025-WI", "", "2024-12", "2025-02", "winter 2025", "2025-24", "2024-12-01", "2025-02-28"},
      {"2025-W16", "", "2025-04-14", "2025-04-20", "week of 14 April 2025", "2025-04-14/2025-04-20",
       "2025-04-14", "2025-04-20"},
      {"202", "", "2020", "2029", "2020s", "202X", "2020-01-01", "2029-12-31"},
      {"19", "", "1900", "1999",
       "1900\xe2\x80\x93"
       "1999",
       "19XX", "1900-01-01", "1999-12-31"},
      {"2025-05-13T14:30", "", "2025-05-13T14:30", "", "13 May 2025, 14:30", "2025-05-13T14:30:00",
       "2025-05-13", "2025-05-13"},
      {"2025-05-13T14", "", "2025-05-13T14:00", "2025-05-13T14:59", "13 May 2025, 14:00",
       "2025-05-13T14:00:00", "2025-05-13", "2025-05-13"},
      {"2025-05-13TMO", "", "2025-05-13T06:00", "2025-05-13T11:59", "13 May 2025, morning",
       "2025-05-13T06:00:00", "2025-05-13", "2025-05-13"},
      {"2025-06", "APPROX", "2025-06", "", "c. June 2025", "2025-06~", "2025-05-02", "2025-07-30"},
      {"2025", "BEFORE", "2025", "", "before 2025", "../2025", "", "2024-12-31"},
      {"2025-04", "AFTER", "2025-04", "", "after April 2025", "2025-04/..", "2025-05-01", ""},
      {"2025-04", "START", "2025-04", "", "early April 2025", "2025-04", "2025-04-01",
       "2025-04-10"},
      {"2025-W16", "APPROX", "2025-04-14", "2025-04-20", "c. week of 14 April 2025",
       "2025-04-14~/2025-04-20~", "2025-04-07", "2025-04-27"},
  }));
  CAPTURE(value, mod);
  const TimeValue v = TimeValue::parse(value, mod);
  REQUIRE(v.anchored());
  const auto w = describe(v);
  CHECK(w.dated);
  CHECK(w.start == start);
  CHECK(w.end == end);
  CHECK(w.display == display);
  CHECK(w.edtf == edtf);
  CHECK(w.earliest == earliest);
  CHECK(w.latest == latest);
  CHECK(w.qualifier == (mod == "APPROX" ? "approximate" : ""));
}

TEST_CASE("when_info: values without a calendar interval are not dated", "[exporters][when]") {
  auto [value, display, edtf] = GENERATE(table<std::string, std::string, std::string>({
      {"", "undated", ""},
      {"P3M", "duration P3M", ""},
      {"XXXX-04-15", "XXXX-04-15 (partial date)", "XXXX-04-15"},
      {"PRESENT_REF", "present", ""},
  }));
  CAPTURE(value);
  const auto w = describe(TimeValue::parse(value));
  CHECK_FALSE(w.dated);
  CHECK(w.start.empty());
  CHECK(w.display == display);
  CHECK(w.edtf == edtf);
}
