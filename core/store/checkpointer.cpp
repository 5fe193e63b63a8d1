#include "core/store/checkpointer.hpp"

#include <sqlite3.h>

#include <stdexcept>

namespace causeline::store {

Checkpointer::Checkpointer(SQLite::Database& writer, int wal_pages)
    : writer_(writer), wal_pages_(wal_pages), next_wake_(wal_pages) {
  const char* file = sqlite3_db_filename(writer.getHandle(), "main");
  if (file == nullptr || *file == '\0')
    throw std::invalid_argument("Checkpointer: an in-memory database has no WAL");
  own_ = std::make_unique<SQLite::Database>(file, SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX);
  // A connection opens the WAL on its first read; until then it checkpoints nothing.
  own_->execAndGet("PRAGMA schema_version");
  thread_ = std::thread([this] { run(); });
  // Replaces SQLite's own checkpoint-on-commit hook (sqlite3_wal_autocheckpoint) for `writer`.
  sqlite3_wal_hook(writer_.getHandle(), &Checkpointer::on_commit, this);
}

Checkpointer::~Checkpointer() {
  sqlite3_wal_autocheckpoint(writer_.getHandle(), wal_pages_);
  {
    std::lock_guard lock(m_);
    stop_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

int Checkpointer::on_commit(void* self, sqlite3* db, const char* name, int pages) {
  auto* c = static_cast<Checkpointer*>(self);
  if (pages >= 2 * c->wal_pages_) {
    // Behind: copy what is left here, between two transactions, so the copy completes and the
    // next transaction starts the WAL again from its beginning. Busy (the thread is copying):
    // try again after the next commit.
    sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
  } else if (pages < c->next_wake_ - c->wal_pages_ / 4) {
    c->next_wake_ = c->wal_pages_;  // the WAL started again from its beginning
  } else if (pages >= c->next_wake_) {
    // Each checkpoint syncs both files: ask again only after another quarter of the limit.
    c->next_wake_ = pages + c->wal_pages_ / 4;
    std::lock_guard lock(c->m_);
    c->wanted_ = true;
    c->wake_.notify_one();
  }
  return SQLITE_OK;
}

void Checkpointer::run() {
  std::unique_lock lock(m_);
  for (;;) {
    wake_.wait(lock, [&] { return wanted_ || stop_; });
    if (stop_)
      return;
    wanted_ = false;
    lock.unlock();
    // Errors (busy, I/O) leave the work to the next request or to the writer's own checkpoint.
    sqlite3_wal_checkpoint_v2(own_->getHandle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr,
                              nullptr);
    lock.lock();
  }
}

}  // namespace causeline::store
