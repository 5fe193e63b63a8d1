// iCalendar: RFC 5545 line rules, escaping, all-day spans, causes, and no property injection.
#include <catch2/catch.hpp>
#include <sstream>

#include "core/utf8.hpp"
#include "exporters/formats.hpp"
#include "exporters/ical_line.hpp"
#include "tests/exporters/fixture.hpp"

namespace ical = causeline::exporters::ical;

namespace {

std::string folded(std::string_view line) {
  std::ostringstream os;
  {
    causeline::exporters::Sink sink(os);
    ical::put_folded(sink, line);
  }
  return os.str();
}

// Physical lines without their CRLF; fails the test on a bare CR or LF.
std::vector<std::string> physical_lines(const std::string& s) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < s.size()) {
    const size_t crlf = s.find("\r\n", pos);
    REQUIRE(crlf != std::string::npos);
    std::string line = s.substr(pos, crlf - pos);
    REQUIRE(line.find_first_of("\r\n") == std::string::npos);
    out.push_back(std::move(line));
    pos = crlf + 2;
  }
  return out;
}

std::vector<std::string> unfold(const std::vector<std::string>& phys) {
  std::vector<std::string> out;
  for (const auto& p : phys) {
    if (!p.empty() && p[0] == ' ') {
      out.back() += p.substr(1);
    } else {
      out.push_back(p);
    }
  }
  return out;
}

std::string export_fixture() {
  std::ostringstream os;
  causeline::exporters::write_ical(os, causeline::test::fixture_timeline(),
                                   causeline::test::fixture_context());
  return os.str();
}

// The component (BEGIN..END) whose UID starts with uid, as unfolded lines.
std::vector<std::string> component(const std::vector<std::string>& lines, std::string_view uid) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].starts_with("UID:") && std::string_view(lines[i]).substr(4).starts_with(uid)) {
      size_t b = i, e = i;
      while (!lines[b].starts_with("BEGIN:")) --b;
      while (!lines[e].starts_with("END:")) ++e;
      return {lines.begin() + static_cast<long>(b), lines.begin() + static_cast<long>(e) + 1};
    }
  }
  return {};
}

bool has(const std::vector<std::string>& lines, std::string_view l) {
  return std::find(lines.begin(), lines.end(), l) != lines.end();
}

}  // namespace

TEST_CASE("ical: TEXT escaping neutralises separators and every line break", "[exporters][ical]") {
  auto [in, out] = GENERATE(table<std::string, std::string>({
      {"a,b;c\\d", "a\\,b\\;c\\\\d"},
      {"x\r\ny", "x\\ny"},
      {"x\ny", "x\\ny"},
      {"x\ry", "x\\ny"},
      {"x\r\rEND:VEVENT", "x\\n\\nEND:VEVENT"},
      {std::string("nul\0bell\a", 9), "nul bell "},
      {"tab\tok", "tab\tok"},
      {"bad\xc3", "bad\xef\xbf\xbd"},
  }));
  CAPTURE(in);
  std::string got;
  ical::append_text(got, in);
  CHECK(got == out);
}

TEST_CASE("ical: folding keeps lines within 75 octets and never splits UTF-8",
          "[exporters][ical]") {
  const std::string piece = GENERATE(as<std::string>{}, "a", "\xc3\xa9", "\xe2\x80\x94",
                                     "\xf0\x9f\x9a\x80", "ab\xf0\x9f\x8c\x8d");
  const int n = GENERATE(1, 37, 74, 75, 76, 150, 301);
  std::string line = "SUMMARY:";
  for (int i = 0; i < n; ++i) line += piece;
  CAPTURE(piece, n);
  const auto phys = physical_lines(folded(line));
  for (size_t i = 0; i < phys.size(); ++i) {
    CAPTURE(i);
    CHECK(phys[i].size() <= 75);
    CHECK(causeline::utf8::valid(phys[i]));
    if (i > 0)
      CHECK(phys[i][0] == ' ');
  }
  const auto logical = unfold(phys);
  REQUIRE(logical.size() == 1);
  CHECK(logical[0] == line);
}

TEST_CASE("ical: fixture export follows the RFC 5545 line rules", "[exporters][ical]") {
  const std::string s = export_fixture();
  REQUIRE(s.ends_with("END:VCALENDAR\r\n"));
  const auto phys = physical_lines(s);
  for (const auto& p : phys) {
    CAPTURE(p);
    CHECK(p.size() <= 75);
    CHECK(!p.empty());
    CHECK(causeline::utf8::valid(p));
  }
  const auto lines = unfold(phys);
  CHECK(lines.front() == "BEGIN:VCALENDAR");
  CHECK(has(lines, "VERSION:2.0"));
  // 9 dated events, 1 undated (a VJOURNAL, which needs no DTSTART): nothing is dropped.
  CHECK(std::count(lines.begin(), lines.end(), "BEGIN:VEVENT") == 9);
  CHECK(std::count(lines.begin(), lines.end(), "BEGIN:VJOURNAL") == 1);
  CHECK(std::count(lines.begin(), lines.end(), "DTSTAMP:20250801T120000Z") == 10);
}

TEST_CASE("ical: grains become honest all-day spans with an exclusive end", "[exporters][ical]") {
  const auto lines = unfold(physical_lines(export_fixture()));
  auto [uid, dtstart, dtend, precision] =
      GENERATE(table<std::string, std::string, std::string, std::string>({
          {"h20-licence-2025-04@", "DTSTART;VALUE=DATE:20250401", "DTEND;VALUE=DATE:20250501",
           "X-TIMELINE-PRECISION:MONTH"},
          {"bis-2022-10-07@", "DTSTART;VALUE=DATE:20221007", "DTEND;VALUE=DATE:20221008",
           "X-TIMELINE-PRECISION:DAY"},
          {"nvidia-h20-2024@", "DTSTART;VALUE=DATE:20240101", "DTEND;VALUE=DATE:20250101",
           "X-TIMELINE-PRECISION:YEAR"},
          {"restrictions-2025-q2@", "DTSTART;VALUE=DATE:20250401", "DTEND;VALUE=DATE:20250701",
           "X-TIMELINE-PRECISION:QUARTER"},
          {"guidance-2025-w20@", "DTSTART;VALUE=DATE:20250512", "DTEND;VALUE=DATE:20250519",
           "X-TIMELINE-PRECISION:WEEK"},
          {"rescission-2025-05-13@", "DTSTART:20250513T143000", "DTEND:20250513T143100",
           "X-TIMELINE-PRECISION:MINUTE"},
      }));
  CAPTURE(uid);
  const auto c = component(lines, uid);
  REQUIRE(!c.empty());
  CHECK(c.front() == "BEGIN:VEVENT");
  CHECK(has(c, dtstart));
  CHECK(has(c, dtend));
  CHECK(has(c, precision));
}

TEST_CASE("ical: month precision is stated in SUMMARY and EDTF", "[exporters][ical]") {
  const auto c = component(unfold(physical_lines(export_fixture())), "h20-licence-2025-04@");
  CHECK(has(c,
            "SUMMARY:[April 2025] Licence required for H20 sales\\nsecond line of the title\\, "
            "after a newline"));
  CHECK(has(c, "X-TIMELINE-EDTF:2025-04"));
  CHECK(has(c, "URL:https://notizie.example.it/h20"));
}

TEST_CASE("ical: causes are RELATED-TO;RELTYPE=DEPENDS-ON on the effect", "[exporters][ical]") {
  const auto lines = unfold(physical_lines(export_fixture()));
  const auto effect = component(lines, "h20-licence-2025-04@");
  CHECK(has(effect,
            "RELATED-TO;RELTYPE=DEPENDS-ON;X-LINK-TYPE=CAUSED:nvidia-h20-2024@causeline.test"));
  CHECK(has(effect,
            "RELATED-TO;RELTYPE=DEPENDS-ON;X-LINK-TYPE=PREVENTED:stockpiling-before-2025@"
            "causeline.test"));
  const auto cause = component(lines, "nvidia-h20-2024@");
  CHECK(std::none_of(cause.begin(), cause.end(), [](const std::string& l) {
    return l.find("h20-licence-2025-04@") != std::string::npos && l.starts_with("RELATED-TO");
  }));
  const auto undated = component(lines, "training-abroad@");
  CHECK(undated.front() == "BEGIN:VJOURNAL");
  CHECK(has(undated,
            "RELATED-TO;RELTYPE=DEPENDS-ON;X-LINK-TYPE=CAUSED:h20-licence-2025-04@causeline.test"));
}

TEST_CASE("ical: titles and evidence cannot inject lines or properties", "[exporters][ical]") {
  const auto lines = unfold(physical_lines(export_fixture()));
  for (const auto& l : lines) {
    CAPTURE(l);
    CHECK_FALSE(l.starts_with("SUMMARY:injected"));
    CHECK_FALSE(l.starts_with("UID:forged"));
    CHECK_FALSE(l == "X");
  }
  CHECK(std::count(lines.begin(), lines.end(), "END:VEVENT") == 9);
  const auto c = component(lines, "guidance-2025-w20@");
  CHECK(has(c,
            "SUMMARY:[week of 12 May 2025] Guidance\\nEND:VEVENT\\nBEGIN:VEVENT\\nUID:forged@"
            "evil\\nSUMMARY:injected\\nX"));
}
