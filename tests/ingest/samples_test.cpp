// The ingest samples (written for the project, on the export-control story): every format
// imports with no error, curated events keep their links, and a second import changes nothing.
#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>

#include "tests/ingest/child_process.hpp"
#include "tests/ingest/ingest_test_util.hpp"

using namespace causeline;
namespace fs = std::filesystem;

TEST_CASE("samples: HTML, RSS, Atom, CSV and ICS samples import cleanly and idempotently",
          "[ingest][samples]") {
  auto dir = test::scratch_dir("samples-" + std::to_string(getpid()));
  const std::string samples = CAUSELINE_SOURCE_DIR "/samples/ingest";
  const std::string db = (dir / "s.db").string();
  pid_t pid =
      test::spawn_causeline({"import", samples, "--db", db, "--jobs", "2"}, dir.string(), "first");
  CHECK(test::wait_exit(pid) == 0);
  const std::string out = test::slurp(dir / "first.out");
  INFO(out << test::slurp(dir / "first.err"));
  CHECK_THAT(out,
             Catch::Contains("documents: 7 imported (7 new, 0 unchanged, 0 updated), 0 failed"));
  CHECK_THAT(out, Catch::Contains("(5 curated)"));
  SQLite::Database s(db, SQLite::OPEN_READONLY);
  CHECK(s.execAndGet("SELECT title FROM documents WHERE id = 'deepseek-eccezione'").getString() ==
        "L'eccezione DeepSeek");
  CHECK_THAT(s.execAndGet("SELECT text FROM documents WHERE id = 'deepseek-eccezione'").getString(),
             Catch::Contains("perché") && Catch::Contains("è l'eccezione"));
  CHECK(s.execAndGet(
             "SELECT count(*) FROM links WHERE from_event = 'export-controls-timeline-h20' AND "
             "to_event = 'export-controls-timeline-abroad'")
            .getInt() == 1);
  CHECK(s.execAndGet(
             "SELECT timex FROM events WHERE id = 'export-controls-h20-licence-samples-causeline'")
            .getString() == "2025-04");
  pid = test::spawn_causeline({"import", samples, "--db", db}, dir.string(), "second");
  CHECK(test::wait_exit(pid) == 0);
  CHECK_THAT(test::slurp(dir / "second.out"),
             Catch::Contains("documents: 7 imported (0 new, 7 unchanged, 0 updated), 0 failed"));
  fs::remove_all(dir);
}
