#pragma once
// Checkpointer: copies a writer's WAL into the database file on a thread and connection of its
// own, while the writer goes on committing. Without it, SQLite checkpoints inside the commit that
// crosses the WAL size limit: the writer of an import, which commits every document, then stops
// to copy thousands of pages and wait for fsync while the workers' results pile up.
// A checkpoint is crash-safe wherever it is run (the WAL stays the authority until the copy is
// synced), so moving it changes no guarantee. The background copy cannot finish while frames
// keep arriving, so the WAL could only be restarted from its beginning when the writer pauses;
// the writer therefore still checkpoints itself once the WAL is twice the limit, which then
// finds nearly everything copied and lets the next transaction restart the WAL.
#include <SQLiteCpp/Database.h>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace causeline::store {

class Checkpointer {
 public:
  /// Takes over checkpointing for `writer` (a WAL database file): in the background once the WAL
  /// holds `wal_pages` pages, on the writer at twice that. The writer must outlive this object.
  Checkpointer(SQLite::Database& writer, int wal_pages);
  /// Stops the thread; the writer checkpoints itself again every `wal_pages` pages.
  ~Checkpointer();
  Checkpointer(const Checkpointer&) = delete;
  Checkpointer& operator=(const Checkpointer&) = delete;

 private:
  static int on_commit(void* self, sqlite3* db, const char* name, int pages);
  void run();

  SQLite::Database& writer_;
  const int wal_pages_;
  int next_wake_;  // WAL size of the next request to the thread (used on the writer's thread)
  std::unique_ptr<SQLite::Database> own_;  // the checkpointing connection
  std::mutex m_;
  std::condition_variable wake_;
  bool wanted_ = false;
  bool stop_ = false;
  std::thread thread_;
};

}  // namespace causeline::store
