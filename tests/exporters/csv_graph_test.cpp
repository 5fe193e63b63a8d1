// CSV (TimelineJS sheet layout), DOT, Mermaid and write_all on the fixture.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>

#include "exporters/formats.hpp"
#include "exporters/write_all.hpp"
#include "tests/exporters/fixture.hpp"
#include "tests/scratch_dir.hpp"

namespace {

using Row = std::vector<std::string>;

std::string run(void (*write)(std::ostream&, const causeline::Timeline&,
                              const causeline::exporters::ExportContext&)) {
  std::ostringstream os;
  write(os, causeline::test::fixture_timeline(), causeline::test::fixture_context());
  return os.str();
}

// RFC 4180 reader: quoted fields with doubled quotes, CRLF row ends (a bare LF is an error).
std::vector<Row> parse_csv(const std::string& s) {
  std::vector<Row> rows(1);
  std::string cell;
  bool quoted = false, was_quoted = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (quoted) {
      if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') {
        cell += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c == '"') {
      REQUIRE(cell.empty());
      quoted = was_quoted = true;
    } else if (c == ',') {
      rows.back().push_back(cell);
      cell.clear();
    } else if (c == '\r') {
      REQUIRE(i + 1 < s.size());
      REQUIRE(s[i + 1] == '\n');
      rows.back().push_back(cell);
      cell.clear();
      rows.emplace_back();
      ++i;
    } else {
      REQUIRE(c != '\n');
      cell += c;
    }
  }
  REQUIRE(cell.empty());
  REQUIRE(rows.back().empty());
  rows.pop_back();
  (void)was_quoted;
  return rows;
}

}  // namespace

TEST_CASE("csv: TimelineJS sheet columns, one row per dated event", "[exporters][csv]") {
  const auto rows = parse_csv(run(causeline::exporters::write_csv));
  REQUIRE(rows.size() == 2 + 9);  // header, title row, 9 dated events
  CHECK(rows[0][0] == "Year");
  CHECK(rows[0][9] == "Headline");
  CHECK(rows[0][16] == "Type");
  CHECK(rows[0][17] == "Group");
  for (const auto& r : rows) CHECK(r.size() == 19);
  CHECK(rows[1][16] == "title");
  CHECK(rows[1][10].find("Chinese firms move AI training abroad") != std::string::npos);
  auto row_of = [&](std::string_view headline_start) -> const Row& {
    for (const auto& r : rows) {
      if (r[9].starts_with(headline_start))
        return r;
    }
    FAIL("no row " << headline_start);
    throw;
  };
  const Row& month = row_of("Licence required");
  CHECK(month[0] == "2025");
  CHECK(month[1] == "4");
  CHECK(month[2] == "");
  CHECK(month[8] == "April 2025");
  const Row& quarter = row_of("\xd9\x82");
  CHECK(quarter[1] == "4");
  CHECK(quarter[5] == "6");
  const Row& timed = row_of("'=HYPERLINK");
  CHECK(timed[3] == "14:30");
}

TEST_CASE("csv: no text cell can start a formula", "[exporters][csv]") {
  const auto rows = parse_csv(run(causeline::exporters::write_csv));
  for (const auto& r : rows) {
    for (size_t c = 8; c < r.size(); ++c) {
      CAPTURE(r[c]);
      CHECK((r[c].empty() || std::string_view("=+-@\t\r").find(r[c][0]) == std::string_view::npos));
    }
  }
  bool found_group = false;
  for (const auto& r : rows) found_group = found_group || r[17] == "'+Analysts";
  CHECK(found_group);
}

TEST_CASE("dot: an edge per link, every string quoted and escaped", "[exporters][graph]") {
  const std::string dot = run(causeline::exporters::write_dot);
  CHECK(dot.starts_with("digraph causeline {\n"));
  CHECK(dot.ends_with("}\n"));
  size_t edges = 0;
  std::istringstream in(dot);
  for (std::string line; std::getline(in, line);) {
    CAPTURE(line);
    // Quotes balance on every line once escaped quotes are removed: no string spans lines.
    size_t quotes = 0;
    for (size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '\\') {
        ++i;
      } else if (line[i] == '"') {
        ++quotes;
      }
    }
    CHECK(quotes % 2 == 0);
    if (line.find(" -> ") != std::string::npos)
      ++edges;
  }
  CHECK(edges == 7);
  CHECK(dot.find("\"nvidia-h20-2024\" -> \"h20-licence-2025-04\" [label=\"caused\"") !=
        std::string::npos);
  CHECK(dot.find("label=\"17 October 2023\\nRules tightened: \\\"A800\\\", H800;") !=
        std::string::npos);
}

TEST_CASE("mermaid: node labels cannot break out of their quotes", "[exporters][graph]") {
  const std::string m = run(causeline::exporters::write_mermaid);
  CHECK(m.find("flowchart LR\n") != std::string::npos);
  std::istringstream in(m);
  size_t nodes = 0, edges = 0;
  for (std::string line; std::getline(in, line);) {
    CAPTURE(line);
    if (line.find("[\"") != std::string::npos) {
      ++nodes;
      CHECK(std::count(line.begin(), line.end(), '"') == 2);
      CHECK(line.ends_with("\"]"));
    }
    if (line.find("|caused|") != std::string::npos || line.find("|enabled|") != std::string::npos ||
        line.find("|prevented|") != std::string::npos ||
        line.find("|preceded|") != std::string::npos) {
      ++edges;
    }
  }
  CHECK(nodes == 9);
  CHECK(edges == 7);
  CHECK(m.find("#quot;A800#quot;") != std::string::npos);
}

TEST_CASE("write_all: every format lands in the folder, no temporary file is left",
          "[exporters][write_all]") {
  namespace fs = std::filesystem;
  const causeline::test::ScratchDir dir("write-all-test");
  auto r = causeline::exporters::write_all(dir / "out", causeline::test::fixture_timeline(),
                                           causeline::test::fixture_context());
  REQUIRE(r.ok());
  CHECK(r->size() == causeline::exporters::all_exporters().size());
  size_t files = 0;
  for (const auto& e : fs::directory_iterator(dir / "out")) {
    CHECK(e.path().extension() != ".tmp");
    CHECK(fs::file_size(e.path()) > 0);
    ++files;
  }
  CHECK(files == r->size());
}
