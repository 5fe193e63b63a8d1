// Phase two: drafts resolve against the document date, the last mentioned date, and tense.
#include "importers/timex/resolver.hpp"

#include <catch2/catch.hpp>
#include <string>

using namespace causeline;
using namespace causeline::timex;

namespace {

std::string resolved(const std::string& value, const std::string& dct, Tense tense = Tense::unknown,
                     const std::string& last = {}, std::string type = "DATE") {
  TimexDraft d;
  d.type = std::move(type);
  d.value = value;
  d.tense = tense;
  ResolveContext ctx;
  ctx.dct = TimeValue::parse(dct);
  if (!last.empty())
    ctx.last_mentioned = TimeValue::parse(last);
  auto v = resolve(d, ctx);
  return v ? v->str() : std::string("<none>");
}

}  // namespace

TEST_CASE("timex resolver: relative drafts against the document date", "[timex][resolver]") {
  auto [draft, dct, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"@+0D", "2025-04-15", "2025-04-15"},
      {"@-1D", "2025-03-01", "2025-02-28"},
      {"@-1W", "2025-01-02", "2024-W52"},
      {"@+1M", "2025-12-10", "2026-01"},
      {"@-1Q", "2025-02-10", "2024-Q4"},
      {"@+0HY", "2025-08-10", "2025-H2"},
      {"@-3Y", "2025-08-10", "2022"},
      {"@-1E", "2025-08-10", "201"},
      {"@-1C", "2025-08-10", "19"},
      {"@-1Y:SU", "2025-08-10", "2024-SU"},
      {"@+0D:TMO", "2025-08-10", "2025-08-10TMO"},
      {"@wd~5", "2025-08-13", "2025-08-08"},  // a Wednesday: the Friday before
      {"@wd~3", "2025-08-13", "2025-08-13"},  // the same day
      {"@wd-3", "2025-08-13", "2025-08-06"},
      {"@wd+3", "2025-08-13", "2025-08-20"},
      {"@we", "2025-08-13", "2025-W32-WE"},  // midweek: the weekend just past
      {"@we", "2025-08-15", "2025-W33-WE"},  // Friday: the coming one
      {"@dom15", "2025-08-13", "2025-08-15"},
  }));
  CAPTURE(draft, dct);
  CHECK(resolved(draft, dct) == expected);
}

TEST_CASE("timex resolver: a year filled in near the anchor, or by tense", "[timex][resolver]") {
  auto [draft, dct, tense, expected] =
      GENERATE(table<std::string, std::string, Tense, std::string>({
          {"XXXX-03", "1998-01-08", Tense::unknown, "1998-03"},
          {"XXXX-10", "1998-01-08", Tense::unknown, "1997-10"},
          {"XXXX-12-25", "2013-02-12", Tense::unknown, "2012-12-25"},
          {"XXXX-05", "2013-02-12", Tense::unknown, "2012-05"},
          {"XXXX-05", "2013-02-12", Tense::future, "2013-05"},
          {"XXXX-Q4", "1989-11-02", Tense::unknown, "1989-Q4"},
          {"@-XXXX-03", "2013-02-12", Tense::unknown, "2012-03"},
          {"@+XXXX-03", "2013-02-12", Tense::unknown, "2013-03"},
          {"XXXX-05-02~4", "2003-02-12", Tense::unknown, "2002-05-02"},  // the Thursday
      }));
  CAPTURE(draft, dct);
  CHECK(resolved(draft, dct, tense) == expected);
}

TEST_CASE("timex resolver: anaphoric drafts follow the last mentioned date", "[timex][resolver]") {
  CHECK(resolved("@^+1D", "2025-08-10", Tense::unknown, "2025-03-01") == "2025-03-02");
  CHECK(resolved("@^+1Y", "2025-08-10", Tense::unknown, "2019") == "2020");
  // a year mention cannot anchor a day: the document date is used
  CHECK(resolved("@^+0D:T10:30", "2025-08-10", Tense::unknown, "2019") == "2025-08-10T10:30");
  // "a year earlier" than the quarter just mentioned is that quarter a year before
  CHECK(resolved("@-1Y:=", "1989-11-02", Tense::unknown, "1989-Q3") == "1988-Q3");
  CHECK(resolved("@-1Y:=", "1989-11-02", Tense::unknown, "1989-10-02") == "1988");
}

TEST_CASE("timex resolver: durations, references and sets", "[timex][resolver]") {
  CHECK(resolved("P3M", "2025-08-10") == "P3M");
  CHECK(resolved("P24TH", "2025-08-10") == "PT24H");
  CHECK(resolved("P1TH30TM", "2025-08-10") == "PT1H30M");
  CHECK(resolved("P2E", "2025-08-10") == "P20Y");
  CHECK(resolved("PXY", "2025-08-10") == "PXY");
  CHECK(resolved("P30.4TS", "2025-08-10") == "PT30.4S");
  CHECK(resolved("PRESENT_REF", "2025-08-10") == "PRESENT_REF");
  CHECK(resolved("XXXX-WXX-1", "2025-08-10", Tense::unknown, {}, "SET") == "XXXX-WXX-1");
}

TEST_CASE("timex resolver: without any reference, values stay underspecified",
          "[timex][resolver]") {
  CHECK(resolved("XXXX-04-15", "") == "XXXX-04-15");
  CHECK(resolved("@-1D", "") == "XXXX-XX-XX");
  CHECK(resolved("@+1W", "") == "XXXX-WXX");
  CHECK(resolved("@wd~1", "") == "XXXX-XX-XX");
  CHECK(resolved("2025-04", "") == "2025-04");
}

TEST_CASE("timex resolver: malformed drafts give nothing", "[timex][resolver]") {
  CHECK(resolved("@+1Z", "2025-08-10") == "<none>");
  CHECK(resolved("@dom45", "2025-08-10") == "<none>");
  CHECK(resolved("2025-13", "2025-08-10") == "<none>");
  CHECK(resolved("", "2025-08-10") == "<none>");
}
