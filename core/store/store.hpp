#pragma once
// Store: the SQLite file holding documents and their extracted events and links.
// RAII like SQLiteCpp: the constructor opens (creating and migrating as needed), the destructor
// closes. Every document is written in one transaction: it is fully there or fully absent.
#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/store/statement_cache.hpp"
#include "core/timeline.hpp"

namespace causeline::store {

/// What put() did: a new document; nothing (same id and content); a new version of a document
/// whose content changed (the old one is archived); or nothing because the same content is already
/// stored under another id (recorded as an alias of that document).
enum class PutOutcome { added, unchanged, updated, duplicate };
std::string_view to_string(PutOutcome o) noexcept;

/// The path as a string, after the process-wide SQLite settings are made (once, before the first
/// connection): memory statistics off, so allocations inside SQLite take no global mutex.
std::string configured_path(const std::filesystem::path& path);

class Store {
 public:
  /// WAL size (pages) at which it is copied into the database file (PRAGMA wal_autocheckpoint).
  /// 128 MiB: a large import touches pages all over the tables, and a page changed several
  /// times between two checkpoints is copied once.
  static constexpr int kWalCheckpointPages = 32768;

  /// Opens or creates `path` (":memory:" for tests); runs pending migrations; foreign keys on, WAL.
  /// A second writer waits up to `busy_timeout_ms` for the lock instead of failing.
  explicit Store(const std::filesystem::path& path, int busy_timeout_ms = 60000);
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  /// Schema version after migrations (PRAGMA user_version).
  int schema_version();

  /// Starts a batch: the put() and put_if_known() calls until commit_batch() share one
  /// transaction instead of one each. Every document is still all-or-nothing (the batch commits
  /// whole or not at all), while the cost of a commit (WAL frames for every touched index page)
  /// is paid once per batch. After a put() in a batch throws, call rollback_batch(): then nothing
  /// of the batch is stored, and its documents can be put again one by one.
  void begin_batch();
  void commit_batch();
  /// Ends the batch discarding its documents; never throws.
  void rollback_batch() noexcept;
  bool in_batch() const noexcept { return batch_; }

  /// Writes one document with its events and links in one transaction (or in the batch). A document
  /// whose id and content hash are already stored is left untouched (unchanged); one whose content
  /// changed has its old events and links replaced (updated) and the old version archived (see
  /// versions()); content already stored under another id is not stored twice (duplicate).
  PutOutcome put(const Document& doc, const std::vector<Event>& events,
                 const std::vector<Link>& links);

  /// Content hash stored for a document id, if any.
  std::optional<std::string> content_hash(const std::string& doc_id);

  /// unchanged or duplicate when put() of a document with this id and hash would store nothing
  /// (so the caller can skip extracting it); nullopt when it would store something.
  std::optional<PutOutcome> known(const std::string& doc_id, const std::string& content_hash);

  /// put() for a document whose extraction was skipped because it looked known: in one
  /// transaction, returns unchanged or duplicate (recording the alias), or nullopt and stores
  /// nothing when the store changed meanwhile (then extract and put() it).
  std::optional<PutOutcome> put_if_known(const Document& doc);

  /// A replaced version of a document, with the events and links read from it.
  struct Version {
    int64_t number = 0;  // 1 for the first version
    Document doc;
    std::vector<Event> events;
    std::vector<Link> links;
  };
  /// Earlier versions of a document, oldest first; the current one is what load() returns.
  std::vector<Version> versions(const std::string& doc_id);
  /// Current version number of a document (1 for a document never updated), 0 when absent.
  int64_t version(const std::string& doc_id);
  /// Ids under which the same content as `doc_id` arrived (see PutOutcome::duplicate), sorted.
  std::vector<std::string> aliases(const std::string& doc_id);

  /// Every document, event and link, unmerged (one Source per event), in id order.
  Timeline load();

  /// A setting kept between commands (see migrations.cpp v6), or nullopt when unset.
  std::optional<std::string> setting(const std::string& key);
  /// Sets (replaces) a setting; outside a batch, in a transaction of its own.
  void set_setting(const std::string& key, const std::string& value);

  struct Counts {
    int64_t documents = 0, events = 0, links = 0;
  };
  Counts counts();
  /// True when no document is stored (one page read, unlike counting).
  bool empty();

  SQLite::Database& database() noexcept { return db_; }

  /// For a bulk import by this connection: while one lives, SQLite checks no foreign key row by
  /// row (a lookup per event and three per link) and put() keeps the same rules itself. Its
  /// events and links always name the document being put; a link's events are looked for among
  /// the document's own events, then in the store, and a link naming an event that is in neither
  /// fails the document as SQLite would; replacing a document's events first deletes every link
  /// that names one of them, as ON DELETE CASCADE did. Made and ended outside any transaction.
  class OwnForeignKeys {
   public:
    explicit OwnForeignKeys(Store& store);
    ~OwnForeignKeys();
    OwnForeignKeys(const OwnForeignKeys&) = delete;
    OwnForeignKeys& operator=(const OwnForeignKeys&) = delete;

   private:
    Store& store_;
    bool active_ = false;
  };

 private:
  template <class F>
  auto in_transaction(F&& f) -> decltype(f());

  SQLite::Database db_;
  StatementCache statements_{db_};  // after db_: finalized before the connection closes
  bool batch_ = false;
  bool own_foreign_keys_ = false;  // an OwnForeignKeys lives: put() checks references itself
};

/// A read-only connection for worker threads that only ask Store::known(); safe to use while
/// another connection writes (WAL). Refuses to open a database that does not exist yet.
class Lookup {
 public:
  explicit Lookup(const std::filesystem::path& path, int busy_timeout_ms = 60000);
  Lookup(const Lookup&) = delete;
  Lookup& operator=(const Lookup&) = delete;
  std::optional<PutOutcome> known(const std::string& doc_id, const std::string& content_hash);

 private:
  SQLite::Database db_;
  StatementCache statements_{db_};
};

/// Same answer as Store::known, on any connection (through its statement cache).
std::optional<PutOutcome> known_content(StatementCache& statements, const std::string& doc_id,
                                        const std::string& content_hash);

}  // namespace causeline::store
