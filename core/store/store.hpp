#pragma once
// Store: the SQLite file holding documents and their extracted events and links.
// RAII like SQLiteCpp: the constructor opens (creating and migrating as needed), the destructor closes.
// Every document is written in one transaction: it is fully there or fully absent.
#include <SQLiteCpp/Database.h>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/timeline.hpp"

namespace causeline::store {

enum class PutOutcome { added, unchanged, updated };
std::string_view to_string(PutOutcome o) noexcept;

class Store {
 public:
  /// Opens or creates `path` (":memory:" for tests); runs pending migrations; foreign keys on, WAL.
  /// A second writer waits up to `busy_timeout_ms` for the lock instead of failing.
  explicit Store(const std::filesystem::path& path, int busy_timeout_ms = 60000);
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  /// Schema version after migrations (PRAGMA user_version).
  int schema_version();

  /// Writes one document with its events and links in one transaction. A document whose id and
  /// content hash are already stored is left untouched (unchanged); one whose content changed has
  /// its old events and links replaced (updated).
  PutOutcome put(const Document& doc, const std::vector<Event>& events, const std::vector<Link>& links);

  /// Content hash stored for a document id, if any.
  std::optional<std::string> content_hash(const std::string& doc_id);

  /// Every document, event and link, unmerged (one Source per event), in id order.
  Timeline load();

  struct Counts {
    int64_t documents = 0, events = 0, links = 0;
  };
  Counts counts();

  SQLite::Database& database() noexcept { return db_; }

 private:
  SQLite::Database db_;
};

}  // namespace causeline::store
