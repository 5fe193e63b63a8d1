#include "core/store/wal_buffer.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "tests/scratch_dir.hpp"

namespace fs = std::filesystem;
using causeline::store::wal_buffer_vfs;

namespace {

SQLite::Database open_writer(const fs::path& path) {
  SQLite::Database db(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE, 0,
                      wal_buffer_vfs());
  db.exec("PRAGMA journal_mode = WAL");
  db.exec("PRAGMA synchronous = NORMAL");
  db.exec("PRAGMA wal_autocheckpoint = 0");  // the WAL keeps every frame: reads go through it
  return db;
}

/// Rows and bytes the reader sees, as "rows/bytes".
std::string seen(SQLite::Database& reader) {
  SQLite::Statement q(reader, "SELECT count(*), coalesce(sum(length(v)), 0) FROM t");
  q.executeStep();
  return std::to_string(q.getColumn(0).getInt64()) + "/" +
         std::to_string(q.getColumn(1).getInt64());
}

}  // namespace

TEST_CASE("wal buffer: each commit is readable at once by a connection without the shim",
          "[store][wal]") {
  const causeline::test::ScratchDir dir("walbuf-visible");
  const fs::path db = dir / "t.db";
  SQLite::Database writer = open_writer(db);
  writer.exec("CREATE TABLE t (k INTEGER PRIMARY KEY, v BLOB NOT NULL)");
  SQLite::Database reader(db.string(), SQLite::OPEN_READONLY);
  int64_t rows = 0, bytes = 0;
  SQLite::Statement insert(writer, "INSERT INTO t (k, v) VALUES (?, zeroblob(?))");
  // Transactions from one page to several MiB of frames: some fit the buffer, some overflow it.
  for (int tx = 0; tx < 60; ++tx) {
    const int n = tx % 10 == 9 ? 2500 : 1 + tx * 7;
    SQLite::Transaction t(writer);
    for (int i = 0; i < n; ++i) {
      const int size = 100 + (i * 37 + tx) % 3000;
      insert.bind(1, static_cast<int64_t>(rows));
      insert.bind(2, size);
      insert.exec();
      insert.reset();
      ++rows;
      bytes += size;
    }
    t.commit();
    REQUIRE(seen(reader) == std::to_string(rows) + "/" + std::to_string(bytes));
  }
  CHECK(reader.execAndGet("PRAGMA integrity_check").getString() == "ok");
  char* vfs_name = nullptr;
  REQUIRE(sqlite3_file_control(writer.getHandle(), "main", SQLITE_FCNTL_VFSNAME, &vfs_name) ==
          SQLITE_OK);
  CHECK(std::string(vfs_name) == "causeline-walbuf/unix");
  sqlite3_free(vfs_name);
}

TEST_CASE("wal buffer: a file that cannot be opened is reported, not half-open", "[store][wal]") {
  const causeline::test::ScratchDir dir("walbuf-missing");
  CHECK_THROWS(SQLite::Database((dir / "no" / "such" / "folder.db").string(),
                                SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE, 0, wal_buffer_vfs()));
}

TEST_CASE("wal buffer: pages spilled and rewritten inside one transaction, then rolled back",
          "[store][wal]") {
  const causeline::test::ScratchDir dir("walbuf-spill");
  const fs::path db = dir / "t.db";
  SQLite::Database writer = open_writer(db);
  writer.exec("PRAGMA cache_size = 16");  // a tiny cache spills dirty pages into the WAL early
  writer.exec("CREATE TABLE t (k INTEGER PRIMARY KEY, v BLOB NOT NULL)");
  writer.exec(
      "WITH RECURSIVE n(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM n WHERE k < 1999) "
      "INSERT INTO t SELECT k, zeroblob(500) FROM n");
  SQLite::Database reader(db.string(), SQLite::OPEN_READONLY);
  REQUIRE(seen(reader) == "2000/1000000");
  {
    // The same pages change again and again: frames already in the WAL (or still in the buffer)
    // are overwritten in place.
    SQLite::Transaction t(writer);
    for (int round = 1; round <= 5; ++round) {
      writer.exec("UPDATE t SET v = zeroblob(" + std::to_string(500 + round) + ")");
    }
    t.commit();
  }
  CHECK(seen(reader) == "2000/1010000");
  {
    SQLite::Transaction t(writer);  // spilled, then rolled back: never visible
    writer.exec("UPDATE t SET v = zeroblob(900)");
    writer.exec("DELETE FROM t WHERE k % 2 = 0");
  }
  CHECK(seen(reader) == "2000/1010000");
  writer.exec("INSERT INTO t VALUES (5000, zeroblob(7))");
  CHECK(seen(reader) == "2001/1010007");
  CHECK(writer.execAndGet("PRAGMA wal_checkpoint(TRUNCATE)").getInt() == 0);
  CHECK(seen(reader) == "2001/1010007");
  CHECK(reader.execAndGet("PRAGMA integrity_check").getString() == "ok");
}
