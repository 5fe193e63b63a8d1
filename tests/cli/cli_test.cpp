// End-to-end: the causeline binary on the project's samples; exact exit codes and key output lines.
#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/cli/run_command.hpp"

using causeline::test::fresh_dir;
using causeline::test::run_causeline;
using causeline::test::slurp;
namespace fs = std::filesystem;

namespace {

const std::string kSamples = CAUSELINE_SOURCE_DIR "/samples/articles";

/// Every row of every table, in a canonical order, as text.
std::string dump_tables(const fs::path& db_path) {
  SQLite::Database db(db_path.string());
  std::string out;
  SQLite::Statement tables(db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
  while (tables.executeStep()) {
    std::string name = tables.getColumn(0).getString();
    out += "== " + name + "\n";
    SQLite::Statement rows(db, "SELECT * FROM \"" + name + "\" ORDER BY 1, 2");
    while (rows.executeStep()) {
      for (int i = 0; i < rows.getColumnCount(); ++i) out += rows.getColumn(i).getString() + "\x1f";
      out += "\n";
    }
  }
  return out;
}

}  // namespace

TEST_CASE("cli: help and usage errors", "[cli]") {
  auto dir = fresh_dir("cli-help");
  auto help = run_causeline("help", dir);
  CHECK(help.exit_code == 0);
  CHECK_THAT(help.out,
             Catch::Contains("build") && Catch::Contains("import") && Catch::Contains("events"));
  CHECK(run_causeline("", dir).exit_code == 2);
  auto unknown = run_causeline("frobnicate", dir);
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err == "causeline: unknown command 'frobnicate' (see causeline help)\n");
  auto bad_opt = run_causeline("import --bogus x", dir);
  CHECK(bad_opt.exit_code == 2);
  CHECK(bad_opt.err ==
        "causeline import: unknown option '--bogus' (see causeline import --help)\n");
  CHECK(run_causeline("build samples", dir).exit_code == 2);  // --out missing
  for (const char* args : {"import x --jobs 0", "import x --jobs 257", "import x --batch two",
                           "import x --batch 100001", "import x --batch 5x"}) {
    CAPTURE(args);
    auto r = run_causeline(args, dir);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("expects a number from 1 to"));
  }
  CHECK(run_causeline("build --help", dir).exit_code == 0);
}

TEST_CASE("cli: build on the samples writes the timeline and a summary", "[cli]") {
  auto dir = fresh_dir("cli-build");
  auto r = run_causeline("build '" + kSamples + "' --out out --now 2025-08-01T12:00:00Z", dir);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.out,
             Catch::Contains("documents: 3 imported (3 new, 0 unchanged, 0 updated), 0 failed"));
  CHECK_THAT(r.out, Catch::Contains("timeline:  3 documents"));
  CHECK_THAT(r.out, Catch::Contains("dates:     "));
  REQUIRE(fs::exists(dir / "out" / "timeline.json"));
  REQUIRE(fs::exists(dir / "out" / "timeline.ics"));
  auto j = nlohmann::json::parse(slurp(dir / "out" / "timeline.json"));
  CHECK(j["events"].size() > 3);
  std::string ics = slurp(dir / "out" / "timeline.ics");
  CHECK_THAT(ics, Catch::StartsWith("BEGIN:VCALENDAR\r\n"));
  CHECK_THAT(ics, Catch::Contains("DTSTAMP:20250801T120000Z\r\n"));
}

TEST_CASE("cli: the reference timeline of build dates later commands until its file is gone",
          "[cli]") {
  auto dir = fresh_dir("cli-kept-reference");
  fs::copy_file(CAUSELINE_SOURCE_DIR "/samples/reference/export_controls.csv", dir / "ref.csv");
  const std::string languages = CAUSELINE_SOURCE_DIR "/samples/languages";
  auto plain = run_causeline("build '" + languages + "' --out plain --db plain.db", dir);
  REQUIRE(plain.exit_code == 0);
  auto before = run_causeline("events --db plain.db", dir);
  CHECK_THAT(before.out, Catch::Contains("undated          none     undated     repeal"));

  auto built = run_causeline("build '" + languages + "' --reference ref.csv --out out", dir);
  INFO(built.err);
  REQUIRE(built.exit_code == 0);
  auto chains = run_causeline("chains --db out/causeline.db", dir);
  CHECK(chains.exit_code == 0);
  CHECK_THAT(chains.out, Catch::Contains("[2025-05-13] repeal"));
  auto events = run_causeline("events --db out/causeline.db", dir);
  CHECK_THAT(events.out, Catch::Contains("2025-05-13       day      reference   repeal"));
  CHECK(events.err.empty());

  fs::remove(dir / "ref.csv");
  auto gone = run_causeline("chains --db out/causeline.db", dir);
  CHECK(gone.exit_code == 0);
  CHECK_THAT(gone.err, Catch::Contains("ref.csv: the reference timeline this database was built "
                                       "with is gone"));
  CHECK_THAT(gone.out, Catch::Contains("[undated] repeal"));
}

TEST_CASE("cli: importing the same inputs twice leaves every table unchanged", "[cli]") {
  auto dir = fresh_dir("cli-twice");
  auto first = run_causeline("import '" + kSamples + "' --db t.db", dir);
  REQUIRE(first.exit_code == 0);
  const std::string before = dump_tables(dir / "t.db");
  auto second = run_causeline("import '" + kSamples + "' --db t.db", dir);
  REQUIRE(second.exit_code == 0);
  CHECK_THAT(second.out, Catch::Contains("(0 new, 3 unchanged, 0 updated), 0 failed"));
  CHECK(dump_tables(dir / "t.db") == before);
}

TEST_CASE("cli: bad files get one error line each, the rest is imported, exit 1", "[cli]") {
  auto dir = fresh_dir("cli-bad");
  fs::create_directories(dir / "in");
  fs::copy(kSamples, dir / "in");
  std::ofstream(dir / "in" / "binary.txt", std::ios::binary) << std::string(
      "\x7f"
      "ELF\0\0\x01",
      7);
  std::ofstream(dir / "in" / "latin1.txt", std::ios::binary) << "Le 13 mai 2025, la r\xE8gle.\n";
  auto r = run_causeline("import in --db t.db", dir);
  CHECK(r.exit_code == 1);
  CHECK(r.err ==
        "causeline: error: in/binary.txt: binary file (NUL byte at offset 4)\n"
        "causeline: error: in/latin1.txt: invalid UTF-8 at byte offset 20\n");
  CHECK_THAT(r.out, Catch::Contains("(3 new, 0 unchanged, 0 updated), 2 failed"));
}

TEST_CASE("cli: events prints the timeline as a table", "[cli]") {
  auto dir = fresh_dir("cli-events");
  REQUIRE(run_causeline("import '" + kSamples + "' --db t.db", dir).exit_code == 0);
  auto r = run_causeline("events --db t.db", dir);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::StartsWith("DATE ") && Catch::Contains("2025-04"));
  auto missing = run_causeline("events --db nope.db", dir);
  CHECK(missing.exit_code == 1);
  CHECK_THAT(missing.err, Catch::Contains("nope.db: no such database"));
}
