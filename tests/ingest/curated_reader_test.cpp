// Curated events: TimelineJS CSV sheets and iCalendar files enter as events with provenance.
#include <catch2/catch.hpp>

#include "importers/readers/csv_table.hpp"
#include "tests/ingest/ingest_test_util.hpp"

using namespace causeline;
using causeline::test::read_path;
using causeline::test::scratch_dir;
using causeline::test::write_bytes;

namespace {

const std::string kSheet =
    "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,"
    "Media Credit,Media Caption,Media Thumbnail,Type,Group,Background,Unique Id,Event Type,"
    "Participants,Caused By\n"
    ",,,,,,,,,Export controls on AI chips,A curated timeline,,,,,title,,,,,,\n"
    "2023,10,17,,,,,,,October rules,\"The <b>October 2023</b> rules, \"\"round two\"\", cut "
    "the A800.\",,,,,,policy,,oct-rules,restrict,United States;Nvidia,\n"
    "2025,4,,,,,,,,H20 licence,\"A licence became necessary\nfor the H20.\",,,,,,policy,,h20,"
    "restrict,Nvidia,oct-rules\n"
    "2025,5,13,09:30,,,,,,Diffusion rule repealed,,,,,,,policy,,repeal,repeal,,\n"
    "2025,,,,,,,,,Training moves abroad,Firms rent capacity in Singapore.,,,,,,,,abroad,,,"
    "h20;repeal\n";

}  // namespace

TEST_CASE("csv: TimelineJS rows become curated events with provenance and links", "[ingest][csv]") {
  auto dir = scratch_dir("csv-basic");
  auto p = write_bytes(dir / "controls.csv", kSheet);
  auto out = read_path(p);
  REQUIRE(out.errors.empty());
  REQUIRE(out.records.size() == 1);
  const importers::Record& r = out.records[0];
  CHECK(r.curated);
  CHECK(r.doc.id == "controls");
  CHECK(r.doc.title == "Export controls on AI chips");
  CHECK(r.doc.source == p.string());
  REQUIRE(r.events.size() == 4);
  const Event& oct = r.events[0];
  CHECK(oct.id == "controls-oct-rules");
  CHECK(oct.title == "October rules");
  CHECK(oct.type == "restrict");
  CHECK(oct.when.str() == "2023-10-17");
  CHECK(oct.dating == Dating::explicit_);
  CHECK(oct.participants == std::vector<std::string>{"United States", "Nvidia"});
  REQUIRE(oct.sources.size() == 1);
  const Source& s = oct.sources[0];
  CHECK(s.doc == "controls");
  CHECK(s.evidence == "October rules\nThe October 2023 rules, \"round two\", cut the A800.");
  CHECK(r.doc.text.substr(s.evidence_begin, s.evidence_end - s.evidence_begin) == s.evidence);
  CHECK(r.doc.text.substr(s.trigger_begin, s.trigger_end - s.trigger_begin) == "October rules");
  CHECK(r.events[1].when.str() == "2025-04");
  CHECK(r.events[1].sources[0].evidence == "H20 licence\nA licence became necessary for the H20.");
  CHECK(r.events[2].when.str() == "2025-05-13T09:30");
  CHECK(r.events[3].when.str() == "2025");
  CHECK(r.events[3].type == "curated");
  CHECK(r.events[3].id == "controls-abroad");
  REQUIRE(r.links.size() == 3);
  CHECK(r.links[0].from == "controls-oct-rules");
  CHECK(r.links[0].to == "controls-h20");
  CHECK(r.links[0].type == LinkType::caused);
  CHECK(r.links[1].from == "controls-h20");
  CHECK(r.links[2].from == "controls-repeal");
  CHECK(r.links[2].to == "controls-abroad");
}

TEST_CASE("csv: ragged rows, bad dates and unknown causes are reported by line; the rest is kept",
          "[ingest][csv][bad-input]") {
  auto dir = scratch_dir("csv-ragged");
  auto p = write_bytes(dir / "ragged.csv",
                       "Year,Month,Day,Headline,Text,Unique Id,Caused By\n"
                       "2025,4,,Good row,Text,a,\n"
                       "2025,4,Headline in the wrong column\n"
                       "2025,13,,Bad month,,b,\n"
                       "April,,,Bad year,,c,\n"
                       "2025,5,1,Another good row,,d,zzz\n"
                       "2025,5,2,,,e,\n"
                       "2025,6,,Trailing empty cells are fine,,f,a,,,\n"
                       "2025,6,2,\"Quoted\" then text,,g,\n");
  auto out = read_path(p);
  const std::string f = p.string();
  REQUIRE(out.records.size() == 1);
  CHECK(out.records[0].events.size() == 3);
  CHECK(out.records[0].links.size() == 1);
  CHECK(out.errors == std::vector<std::string>{
                          f + ":3: ragged row: 3 fields, the header has 7",
                          f + ":4: not a valid date: Year '2025', Month '13', Day '', Time ''",
                          f + ":5: Year, Month and Day must be numbers (got 'April', '', '')",
                          f + ":7: row has neither Headline nor Text",
                          f + ":9: text after a closing quote",
                          f + ":6: 'zzz' names no row of this file (link dropped)",
                      });
}

TEST_CASE("csv: an unterminated quote ends the sheet with an error naming its line",
          "[ingest][csv][bad-input]") {
  auto dir = scratch_dir("csv-quote");
  auto p = write_bytes(dir / "quote.csv",
                       "Year,Headline\n2024,First\n2025,\"Never closed\n2026,Lost in the quote\n");
  auto out = read_path(p);
  REQUIRE(out.records.size() == 1);
  CHECK(out.records[0].events.size() == 1);
  CHECK(out.errors == std::vector<std::string>{p.string() + ":3: unterminated quoted field"});
}

TEST_CASE("csv: other sheets, empty and binary files are refused by name",
          "[ingest][csv][bad-input]") {
  auto dir = scratch_dir("csv-bad");
  auto [name, bytes, message] = GENERATE(table<std::string, std::string, std::string>({
      {"prices.csv", "date,price\n2025-01-01,3\n",
       ":1: not a TimelineJS sheet (needs a Year and a Headline or Text column)"},
      {"empty.csv", "", ": empty file"},
      {"binary.csv", std::string("Year,Headline\n\0\0", 16),
       ": binary file (NUL byte at offset 14)"},
      {"header-only.csv", "Year,Headline\n", ": no events to import"},
  }));
  CAPTURE(name);
  auto out = read_path(write_bytes(dir / name, bytes));
  CHECK(out.records.empty());
  REQUIRE(out.errors.size() == 1);
  CHECK(out.errors[0] == (dir / name).string() + message);
}

TEST_CASE("csv: the table parser handles quotes, semicolons and line breaks", "[ingest][csv]") {
  importers::CsvTable t("a;\"b;c\";\"d\"\"e\"\n\n\"multi\nline\";2;3\n", 0);
  CHECK(t.delimiter() == ';');
  importers::CsvRow row;
  REQUIRE(t.next(row));
  CHECK(row.line == 1);
  CHECK(row.fields == std::vector<std::string>{"a", "b;c", "d\"e"});
  REQUIRE(t.next(row));
  CHECK(row.line == 3);
  CHECK(row.fields == std::vector<std::string>{"multi\nline", "2", "3"});
  CHECK_FALSE(t.next(row));
  CHECK(t.error().empty());
}

namespace {

const std::string kIcs =
    "BEGIN:VCALENDAR\r\n"
    "VERSION:2.0\r\n"
    "PRODID:-//causeline tests//EN\r\n"
    "X-WR-CALNAME:Chip export calendar\r\n"
    "BEGIN:VTIMEZONE\r\nTZID:Europe/Rome\r\nEND:VTIMEZONE\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:licence@example.org\r\n"
    "DTSTAMP:20250801T120000Z\r\n"
    "DTSTART;VALUE=DATE:20250401\r\n"
    "DTEND;VALUE=DATE:20250501\r\n"
    "SUMMARY:[April 2025] Licence required for H20\r\n"
    "DESCRIPTION:Shipments to China need a licence\\, from now on\\; the firm\r\n"
    "  expects a charge.\r\n"
    "CATEGORIES:restrict,Nvidia,United States\r\n"
    "X-TIMELINE-PRECISION:MONTH\r\n"
    "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:ignored\r\nEND:VALARM\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:abroad@example.org\r\n"
    "DTSTART:20250513T093000Z\r\n"
    "SUMMARY:Training moves to Malaysia\r\n"
    "RELATED-TO;RELTYPE=DEPENDS-ON;X-LINK-TYPE=CAUSED:licence@example.org\r\n"
    "RELATED-TO;RELTYPE=PARENT:licence@example.org\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VJOURNAL\r\n"
    "UID:undated@example.org\r\n"
    "SUMMARY:Chips stockpiled before the ban\r\n"
    "END:VJOURNAL\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:broken@example.org\r\n"
    "DTSTART:2025-05-13\r\n"
    "SUMMARY:Bad date\r\n"
    "END:VEVENT\r\n"
    "END:VCALENDAR\r\n";

}  // namespace

TEST_CASE("ics: VEVENTs become curated events; RELATED-TO DEPENDS-ON becomes a link",
          "[ingest][ics]") {
  auto dir = scratch_dir("ics-basic");
  auto p = write_bytes(dir / "calendar.ics", kIcs);
  auto out = read_path(p);
  CHECK(out.errors ==
        std::vector<std::string>{p.string() + ":36: DTSTART '2025-05-13' is not a date"});
  REQUIRE(out.records.size() == 1);
  const importers::Record& r = out.records[0];
  CHECK(r.curated);
  CHECK(r.doc.title == "Chip export calendar");
  REQUIRE(r.events.size() == 3);
  const Event& a = r.events[0];
  CHECK(a.id == "calendar-licence-example-org");
  CHECK(a.title == "Licence required for H20");
  CHECK(a.when.str() == "2025-04");
  CHECK(a.type == "restrict");
  CHECK(a.participants == std::vector<std::string>{"Nvidia", "United States"});
  CHECK(a.sources[0].evidence ==
        "Licence required for H20\nShipments to China need a licence, from now on; the firm "
        "expects a charge.");
  CHECK(r.events[1].when.str() == "2025-05-13T09:30");
  CHECK_FALSE(r.events[2].when.ok());
  CHECK(r.events[2].dating == Dating::undated);
  REQUIRE(r.links.size() == 1);
  CHECK(r.links[0].from == "calendar-licence-example-org");
  CHECK(r.links[0].to == "calendar-abroad-example-org");
  CHECK(r.links[0].type == LinkType::caused);
}

TEST_CASE("ics: truncated calendars keep complete events; non-calendars are refused",
          "[ingest][ics][bad-input]") {
  auto dir = scratch_dir("ics-bad");
  const std::string cut = kIcs.substr(0, kIcs.find("BEGIN:VJOURNAL"));
  auto p = write_bytes(dir / "cut.ics", cut + "BEGIN:VEVENT\r\nSUMMARY:half");
  auto out = read_path(p);
  REQUIRE(out.records.size() == 1);
  CHECK(out.records[0].events.size() == 2);
  CHECK(out.errors ==
        std::vector<std::string>{p.string() + ":31: truncated calendar (no END:VCALENDAR)"});
  auto q = write_bytes(dir / "notes.ics", "hello\n");
  auto no = read_path(q);
  CHECK(no.errors ==
        std::vector<std::string>{q.string() + ":1: not an iCalendar file (no BEGIN:VCALENDAR)"});
}
