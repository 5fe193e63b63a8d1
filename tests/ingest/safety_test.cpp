// Safety: an import killed at any moment leaves whole documents only; readers never see half a
// document; a second importer on the same database waits instead of failing.
#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <map>
#include <random>
#include <thread>

#include "tests/ingest/child_process.hpp"
#include "tests/ingest/corpus_writer.hpp"

using namespace causeline;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

/// Opens the database the way the next causeline run does: read-write, so SQLite rolls back a hot
/// journal. An import killed while it switched a new file to WAL leaves one (2 kills in 200 at
/// 0-30 ms), and a read-only connection cannot roll it back: it fails with "attempt to write a
/// readonly database" although nothing is lost. Never creates the file.
SQLite::Database open_after_kill(const fs::path& db_path) {
  SQLite::Database db(db_path.string(), SQLite::OPEN_READWRITE);
  db.setBusyTimeout(10000);
  return db;
}

/// Per document: content hash, its events (id, value, evidence) and links, as one string; read in
/// one transaction so the snapshot is consistent.
std::map<std::string, std::string> fingerprints(const fs::path& db_path) {
  std::map<std::string, std::string> out;
  SQLite::Database db = open_after_kill(db_path);
  // An import killed before its schema transaction committed leaves a file without tables: a
  // consistent database holding no document.
  if (!db.tableExists("documents"))
    return out;
  db.exec("BEGIN");
  {
    SQLite::Statement docs(db, "SELECT id, content_hash FROM documents ORDER BY id");
    SQLite::Statement evs(
        db,
        "SELECT id, coalesce(timex, ''), coalesce(evidence, evidence_begin || '-' || "
        "evidence_end) FROM events WHERE doc = ? ORDER BY id");
    SQLite::Statement links(
        db, "SELECT from_event, to_event, type FROM links WHERE doc = ? ORDER BY 1, 2, 3");
    while (docs.executeStep()) {
      const std::string id = docs.getColumn(0).getString();
      std::string fp = docs.getColumn(1).getString();
      evs.bind(1, id);
      while (evs.executeStep()) {
        fp += "|e:" + evs.getColumn(0).getString() + "@" + evs.getColumn(1).getString() + ":" +
              evs.getColumn(2).getString();
      }
      evs.reset();
      links.bind(1, id);
      while (links.executeStep()) {
        fp += "|l:" + links.getColumn(0).getString() + ">" + links.getColumn(1).getString() + ":" +
              links.getColumn(2).getString();
      }
      links.reset();
      out.emplace(id, std::move(fp));
    }
  }
  db.exec("COMMIT");
  return out;
}

std::string integrity(const fs::path& db_path) {
  SQLite::Database db = open_after_kill(db_path);
  std::string r = db.execAndGet("PRAGMA integrity_check").getString();
  SQLite::Statement fk(db, "PRAGMA foreign_key_check");
  if (fk.executeStep())
    r += " + foreign key violations";
  return r;
}

struct Reference {
  fs::path dir, corpus;
  std::map<std::string, std::string> docs;
  int expected = 0;  // documents the corpus holds
  double seconds = 0;
};

/// One clean import of the corpus, shared by the tests of this file.
const Reference& reference() {
  static const Reference ref = [] {
    Reference r;
    // ctest runs each test case as its own process, possibly in parallel: one folder each,
    // removed when the process exits.
    static const test::ScratchDir scratch = test::scratch_dir("safety");
    r.dir = scratch.path();
    r.corpus = r.dir / "corpus";
    r.expected = test::write_corpus(r.corpus, 240);
    const auto t0 = std::chrono::steady_clock::now();
    pid_t pid = test::spawn_causeline({"import", r.corpus.string(), "--db",
                                       (r.dir / "ref.db").string(), "--jobs", "2", "--no-progress"},
                                      r.dir.string(), "ref");
    const int rc = test::wait_exit(pid);
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (rc == 0)
      r.docs = fingerprints(r.dir / "ref.db");
    return r;
  }();
  return ref;
}

/// Every document present must be exactly as in the reference.
void check_whole_documents(const std::map<std::string, std::string>& got,
                           const std::map<std::string, std::string>& ref) {
  for (const auto& [id, fp] : got) {
    CAPTURE(id);
    auto it = ref.find(id);
    REQUIRE(it != ref.end());
    CHECK(fp == it->second);
  }
}

}  // namespace

TEST_CASE("safety: a clean import of the mixed corpus is the reference", "[ingest][safety]") {
  const Reference& ref = reference();
  INFO(test::slurp(ref.dir / "ref.err"));
  REQUIRE(static_cast<int>(ref.docs.size()) == ref.expected);
}

TEST_CASE("safety: SIGKILL at random moments leaves every document whole or absent",
          "[ingest][safety][kill]") {
  const Reference& ref = reference();
  REQUIRE_FALSE(ref.docs.empty());
  const fs::path db = ref.dir / "killed.db";
  fs::remove(db);
  std::random_device rd;
  const unsigned seed = rd();
  CAPTURE(seed);
  std::mt19937 rng(seed);
  const int full_ms = std::max(200, static_cast<int>(ref.seconds * 1000));
  std::uniform_int_distribution<int> delay(5, full_ms);
  int kills = 0;
  for (int round = 0; round < 8; ++round) {
    CAPTURE(round);
    // Odd rounds commit whole documents in batches (--batch): a kill must lose whole documents.
    std::vector<std::string> argv = {"import", ref.corpus.string(), "--db", db.string(), "--jobs",
                                     "2",      "--no-progress"};
    if (round % 2 == 1) {
      argv.insert(argv.end(), {"--batch", "16"});
    }
    pid_t pid = test::spawn_causeline(argv, ref.dir.string(), "killed");
    REQUIRE(pid > 0);
    std::this_thread::sleep_for(std::chrono::milliseconds(delay(rng)));
    if (test::running(pid)) {
      kill(pid, SIGKILL);
      ++kills;
    }
    test::wait_exit(pid);
    if (!fs::exists(db))
      continue;
    CHECK(integrity(db) == "ok");
    check_whole_documents(fingerprints(db), ref.docs);
  }
  INFO("killed " << kills << " of 8 runs");
  // A last run completes the import: the result equals the clean one.
  pid_t pid =
      test::spawn_causeline({"import", ref.corpus.string(), "--db", db.string(), "--no-progress"},
                            ref.dir.string(), "final");
  CHECK(test::wait_exit(pid) == 0);
  CHECK(integrity(db) == "ok");
  CHECK(fingerprints(db) == ref.docs);
}

TEST_CASE("safety: a reader during an import sees each document whole or not at all",
          "[ingest][safety]") {
  const Reference& ref = reference();
  REQUIRE_FALSE(ref.docs.empty());
  const fs::path db = ref.dir / "read-while-writing.db";
  fs::remove(db);
  pid_t pid = test::spawn_causeline(
      {"import", ref.corpus.string(), "--db", db.string(), "--jobs", "2", "--no-progress"},
      ref.dir.string(), "reader");
  int snapshots = 0, partial = 0;
  while (test::running(pid)) {
    if (fs::exists(db)) {
      try {
        auto got = fingerprints(db);
        ++snapshots;
        if (!got.empty() && got.size() < ref.docs.size())
          ++partial;
        check_whole_documents(got, ref.docs);
      } catch (const SQLite::Exception& e) {
        // The file can exist before its schema does; only that is acceptable.
        CHECK_THAT(e.what(), Catch::Contains("no such table"));
      }
    }
    std::this_thread::sleep_for(5ms);
  }
  CHECK(test::wait_exit(pid) == 0);
  INFO(snapshots << " snapshots, " << partial << " mid-import");
  CHECK(fingerprints(db) == ref.docs);
}

TEST_CASE("safety: a second importer waits for the write lock instead of failing",
          "[ingest][safety]") {
  const Reference& ref = reference();
  REQUIRE_FALSE(ref.docs.empty());
  const fs::path db = ref.dir / "locked.db";
  fs::remove(db);
  fs::copy_file(ref.dir / "ref.db", db);
  const fs::path extra = ref.dir / "extra";
  test::write_bytes(extra / "late.jsonl", "{\"id\": \"late\", \"lang\": \"en\", \"text\": \"" +
                                              test::corpus_sentence(5000) + "\"}\n");
  SQLite::Database holder(db.string(), SQLite::OPEN_READWRITE);
  holder.exec("BEGIN IMMEDIATE");  // another writer holds the lock
  pid_t pid = test::spawn_causeline(
      {"import", extra.string(), "--db", db.string(), "--no-progress"}, ref.dir.string(), "waiter");
  std::this_thread::sleep_for(1500ms);
  CHECK(test::running(pid));  // still waiting, not failed
  holder.exec("COMMIT");
  CHECK(test::wait_exit(pid) == 0);
  INFO(test::slurp(ref.dir / "waiter.err"));
  CHECK(fingerprints(db).count("late") == 1);
}

TEST_CASE("safety: two importers started together on a new database both succeed",
          "[ingest][safety]") {
  auto dir = test::scratch_dir("safety-two-" + std::to_string(getpid()));
  const int in_a = test::write_corpus(dir / "a", 40);
  for (int i = 0; i < 30; ++i) {
    test::write_bytes(dir / "b" / ("note-" + std::to_string(i) + ".txt"),
                      "lang: en\n\n" + test::corpus_sentence(3000 + i) + "\n");
  }
  const fs::path db = dir / "shared.db";
  pid_t a = test::spawn_causeline(
      {"import", (dir / "a").string(), "--db", db.string(), "--no-progress"}, dir.string(), "a");
  pid_t b = test::spawn_causeline(
      {"import", (dir / "b").string(), "--db", db.string(), "--no-progress"}, dir.string(), "b");
  const int ra = test::wait_exit(a), rb = test::wait_exit(b);
  INFO(test::slurp(dir / "a.err") << test::slurp(dir / "b.err"));
  CHECK(ra == 0);
  CHECK(rb == 0);
  CHECK(integrity(db) == "ok");
  CHECK(static_cast<int>(fingerprints(db).size()) == in_a + 30);
  fs::remove_all(dir);
}
