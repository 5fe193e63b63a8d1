#include "core/store/store.hpp"

#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>

#include "core/store/doc_rows.hpp"
#include "core/store/evidence.hpp"
#include "core/store/migrations.hpp"
#include "core/store/participant_list.hpp"
#include "core/store/versions.hpp"
#include "core/store/wal_buffer.hpp"

namespace causeline::store {
namespace {

std::optional<int64_t> day_number(const TimeValue& v, bool end) {
  if (!v.anchored())
    return std::nullopt;
  return (end ? v.last_day() : v.first_day()).time_since_epoch().count();
}

void migrate(SQLite::Database& db) {
  const auto steps = migrations();
  auto check = [&](int version) {
    if (version > static_cast<int>(steps.size())) {
      throw std::runtime_error("database schema version " + std::to_string(version) +
                               " is newer than this causeline (" + std::to_string(steps.size()) +
                               ")");
    }
  };
  int version = db.execAndGet("PRAGMA user_version").getInt();
  check(version);
  if (version == static_cast<int>(steps.size()))
    return;
  // BEGIN IMMEDIATE and a second look: two importers opening a fresh file migrate it once.
  db.exec("BEGIN IMMEDIATE");
  try {
    version = db.execAndGet("PRAGMA user_version").getInt();
    check(version);
    for (; version < static_cast<int>(steps.size()); ++version) {
      db.exec(std::string(steps[static_cast<size_t>(version)]));
      db.exec("PRAGMA user_version = " + std::to_string(version + 1));
    }
    db.exec("COMMIT");
  } catch (...) {
    try {
      db.exec("ROLLBACK");
    } catch (...) {  // NOLINT(bugprone-empty-catch): the original error matters more
    }
    throw;
  }
}

/// WAL lets readers see the last committed document while a writer works. Switching needs a
/// moment alone with the file, so retry while another connection holds it.
void use_wal(SQLite::Database& db, int busy_timeout_ms) {
  for (int waited = 0;; waited += 50) {
    try {
      if (db.execAndGet("PRAGMA journal_mode").getString() == "wal")
        return;
      db.exec("PRAGMA journal_mode = WAL");
      return;
    } catch (const SQLite::Exception& e) {
      if ((e.getErrorCode() & 0xff) != SQLITE_BUSY || waited >= busy_timeout_ms)
        throw;
      sqlite3_sleep(50);
    }
  }
}

/// Notes that `doc` arrived with the content of an already stored document.
void record_alias(StatementCache& sc, const Document& doc) {
  auto alias = sc.get(
      "INSERT OR REPLACE INTO document_aliases (alias, doc, source) SELECT ?, id, ? FROM "
      "documents WHERE content_hash = ? ORDER BY id LIMIT 1");
  alias->bind(1, doc.id);
  alias->bind(2, doc.source);
  alias->bind(3, doc.content_hash);
  alias->exec();
}

/// Runs a statement without parameters or results (BEGIN, COMMIT) from the cache: a document
/// committed alone would otherwise compile both again each time.
void run(StatementCache& sc, std::string_view sql) { sc.get(sql)->exec(); }

void bind_text_or_null(SQLite::Statement& st, int index, bool present, const std::string& value) {
  if (present) {
    st.bind(index, value);
  } else {
    st.bind(index);
  }
}

/// Binds text SQLite reads in place (no copy): `value` must outlive the statement's next step.
void bind_text(SQLite::Statement& st, int index, const std::string& value) {
  st.bindNoCopy(index, value);
}

/// "INSERT <head> VALUES (?, ...), ..." with `rows` rows of `columns` parameters each.
std::string multi_row_insert(std::string_view head, int columns, size_t rows) {
  std::string row = "(";
  for (int c = 0; c < columns; ++c) row += c == 0 ? "?" : ", ?";
  row += ')';
  std::string sql = "INSERT " + std::string(head) + " VALUES ";
  for (size_t r = 0; r < rows; ++r) {
    if (r > 0)
      sql += ", ";
    sql += row;
  }
  return sql;
}

/// Rows go in statements of up to this many rows each: a statement's fixed cost (cursors,
/// statement journal, its end) is paid once per group instead of once per row.
constexpr size_t kRowsPerInsert = 16;

/// The cached SQL texts for 1 .. kRowsPerInsert rows.
struct MultiRowInsert {
  MultiRowInsert(std::string_view head, int columns) {
    for (size_t n = 1; n <= kRowsPerInsert; ++n) sql[n - 1] = multi_row_insert(head, columns, n);
  }
  const std::string& for_rows(size_t n) const { return sql[n - 1]; }
  std::array<std::string, kRowsPerInsert> sql;
};

constexpr int kEventColumns = 19;
constexpr int kLinkColumns = 9;

/// Texts made for one event row, kept until its statement has run (they are bound unwritten).
struct EventTexts {
  std::string when, mod, grain, dating;
  std::optional<std::string> participants;
};

/// Binds event `e` as the row whose first parameter is `at` + 1.
void bind_event(SQLite::Statement& st, int at, const Document& doc, const Event& e,
                EventTexts& texts) {
  const Source& s = e.sources.at(0);
  bind_text(st, at + 1, e.id);
  bind_text(st, at + 2, doc.id);
  bind_text(st, at + 3, e.title);
  bind_text(st, at + 4, e.type);
  if (e.when.ok()) {
    texts.when = e.when.str();
    bind_text(st, at + 5, texts.when);
  } else {
    st.bind(at + 5);
  }
  texts.mod = to_string(e.when.mod());
  bind_text(st, at + 6, texts.mod);
  texts.grain = to_string(e.when.grain());
  bind_text(st, at + 7, texts.grain);
  if (auto b = day_number(e.when, false)) {
    st.bind(at + 8, *b);
    st.bind(at + 9, *day_number(e.when, true));
  } else {
    st.bind(at + 8);
    st.bind(at + 9);
  }
  texts.dating = to_string(e.dating);
  bind_text(st, at + 10, texts.dating);
  bind_text(st, at + 11, e.modality);
  st.bind(at + 12, e.confidence);
  st.bind(at + 13, static_cast<int64_t>(s.trigger_begin));
  st.bind(at + 14, static_cast<int64_t>(s.trigger_end));
  st.bind(at + 15, static_cast<int64_t>(s.evidence_begin));
  st.bind(at + 16, static_cast<int64_t>(s.evidence_end));
  if (is_slice(doc.text, s.evidence_begin, s.evidence_end, s.evidence)) {
    st.bind(at + 17);  // rebuilt from the document text on read
  } else {
    bind_text(st, at + 17, s.evidence);
  }
  bind_text(st, at + 18, s.lang.empty() ? doc.lang : s.lang);
  texts.participants = encode_participants(e.participants);
  if (texts.participants) {
    bind_text(st, at + 19, *texts.participants);
  } else {
    st.bind(at + 19);
  }
}

/// Binds link `l` as the row whose first parameter is `at` + 1; `type` holds its type's name
/// until the statement has run.
void bind_link(SQLite::Statement& st, int at, const Document& doc, const Link& l,
               std::string& type) {
  bind_text(st, at + 1, l.from);
  bind_text(st, at + 2, l.to);
  type = to_string(l.type);
  bind_text(st, at + 3, type);
  bind_text(st, at + 4, l.cue);
  bind_text(st, at + 6, doc.id);
  st.bind(at + 7, l.confidence);
  if (const size_t found = doc.text.find(l.evidence); found != std::string::npos) {
    st.bind(at + 5);  // rebuilt from the document text on read
    st.bind(at + 8, static_cast<int64_t>(found));
    st.bind(at + 9, static_cast<int64_t>(found + l.evidence.size()));
  } else {
    bind_text(st, at + 5, l.evidence);
    st.bind(at + 8);
    st.bind(at + 9);
  }
}

/// What the foreign keys of links.from_event and links.to_event ask, for a connection that does
/// not check them: every event a link names is one of `events` (just stored) or already stored.
void check_link_events(StatementCache& sc, const std::vector<Event>& events,
                       const std::vector<Link>& links) {
  if (links.empty())
    return;
  // A sorted list, one allocation: a hash set cost a node per event on the writer's thread.
  std::vector<std::string_view> own;
  own.reserve(events.size());
  for (const Event& e : events) own.emplace_back(e.id);
  std::sort(own.begin(), own.end());
  auto known = [&](const std::string& id) {
    if (std::binary_search(own.begin(), own.end(), std::string_view(id)))
      return true;
    auto q = sc.get("SELECT 1 FROM events WHERE id = ?");
    q->bind(1, id);
    return q->executeStep();
  };
  for (const Link& l : links) {
    if (!known(l.from) || !known(l.to))
      throw SQLite::Exception("FOREIGN KEY constraint failed", SQLITE_CONSTRAINT_FOREIGNKEY);
  }
}

void insert_events_and_links(StatementCache& sc, const Document& doc,
                             const std::vector<Event>& events, const std::vector<Link>& links) {
  static const MultiRowInsert kEvents(
      "INTO events (id, doc, title, type, timex, mod, grain, begin_day, end_day, dating, "
      "modality, confidence, trigger_begin, trigger_end, evidence_begin, evidence_end, evidence, "
      "lang, participants)",
      kEventColumns);
  static const MultiRowInsert kLinks(
      "OR IGNORE INTO links (from_event, to_event, type, cue, evidence, doc, confidence, "
      "evidence_begin, evidence_end)",
      kLinkColumns);
  // Every text is bound without a copy, so each must live until its statement has run.
  std::array<EventTexts, kRowsPerInsert> texts;
  std::array<std::string, kRowsPerInsert> types;
  for (size_t first = 0; first < events.size(); first += kRowsPerInsert) {
    const size_t n = std::min(kRowsPerInsert, events.size() - first);
    auto ins = sc.get(kEvents.for_rows(n));
    for (size_t i = 0; i < n; ++i) {
      bind_event(*ins, static_cast<int>(i) * kEventColumns, doc, events[first + i], texts[i]);
    }
    ins->exec();
  }
  for (size_t first = 0; first < links.size(); first += kRowsPerInsert) {
    const size_t n = std::min(kRowsPerInsert, links.size() - first);
    auto ins = sc.get(kLinks.for_rows(n));
    for (size_t i = 0; i < n; ++i)
      bind_link(*ins, static_cast<int>(i) * kLinkColumns, doc, links[first + i], types[i]);
    ins->exec();
  }
}

}  // namespace

std::string_view to_string(PutOutcome o) noexcept {
  switch (o) {
    case PutOutcome::added:
      return "new";
    case PutOutcome::unchanged:
      return "unchanged";
    case PutOutcome::updated:
      return "updated";
    case PutOutcome::duplicate:
      return "duplicate";
  }
  return "?";
}

std::string configured_path(const std::filesystem::path& path) {
  static const bool configured = [] {
    // Fails harmlessly (SQLITE_MISUSE) when SQLite was initialised before: the default stays.
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    return true;
  }();
  (void)configured;
  return path.string();
}

Store::Store(const std::filesystem::path& path, int busy_timeout_ms)
    // NOMUTEX: a Store is used by one thread at a time (its statement cache is not shared either),
    // so SQLite's per-call connection mutex would only cost time.
    : db_(configured_path(path),
          SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_NOMUTEX, 0,
          wal_buffer_vfs()) {
  db_.setBusyTimeout(busy_timeout_ms);
  if (path != ":memory:")
    use_wal(db_, busy_timeout_ms);
  db_.exec("PRAGMA synchronous = NORMAL");
  // A page cache of a fixed 32 MiB (default 2 MiB): inserts land all over the id-keyed indexes,
  // which outgrow a small cache early in a large import and then cost a read per page touched.
  db_.exec("PRAGMA cache_size = -32768");
  // Checkpoint (copy the WAL into the database and fsync both) every 128 MiB of WAL instead of
  // every 4 MiB: a large import otherwise spends its writer's time waiting for fsyncs.
  db_.exec("PRAGMA wal_autocheckpoint = " + std::to_string(kWalCheckpointPages));
  // The WAL file is reused after a checkpoint; cut it back when a long reader let it grow.
  db_.exec("PRAGMA journal_size_limit = 67108864");
  // Foreign keys are checked from here on; migrations rebuild tables and run without them.
  migrate(db_);
  db_.exec("PRAGMA foreign_keys = ON");
}

int Store::schema_version() { return db_.execAndGet("PRAGMA user_version").getInt(); }

std::optional<std::string> Store::content_hash(const std::string& doc_id) {
  SQLite::Statement q(db_, "SELECT content_hash FROM documents WHERE id = ?");
  q.bind(1, doc_id);
  if (q.executeStep())
    return q.getColumn(0).getString();
  return std::nullopt;
}

void Store::begin_batch() {
  if (batch_)
    throw std::logic_error("Store::begin_batch: a batch is already open");
  // BEGIN IMMEDIATE: take the write lock before reading, so two importers serialise cleanly.
  run(statements_, "BEGIN IMMEDIATE");
  batch_ = true;
}

void Store::commit_batch() {
  if (!batch_)
    return;
  try {
    run(statements_, "COMMIT");
  } catch (...) {
    rollback_batch();
    throw;
  }
  batch_ = false;
}

void Store::rollback_batch() noexcept {
  if (!batch_)
    return;
  batch_ = false;
  // SQLite may already have rolled back (an I/O error, a full disk): then there is nothing to do.
  if (sqlite3_get_autocommit(db_.getHandle()) == 0) {
    try {
      db_.exec("ROLLBACK");
    } catch (...) {  // NOLINT(bugprone-empty-catch): the caller reports the original error
    }
  }
}

/// Runs f in its own transaction, or inside the open batch (which the caller rolls back on error).
template <class F>
auto Store::in_transaction(F&& f) -> decltype(f()) {
  if (batch_)
    return f();
  run(statements_, "BEGIN IMMEDIATE");
  try {
    auto result = f();
    run(statements_, "COMMIT");
    return result;
  } catch (...) {
    try {
      db_.exec("ROLLBACK");
    } catch (...) {  // NOLINT(bugprone-empty-catch): the original error matters more
    }
    throw;
  }
}

PutOutcome Store::put(const Document& doc, const std::vector<Event>& events,
                      const std::vector<Link>& links) {
  return in_transaction([&] {
    PutOutcome outcome = PutOutcome::added;
    {
      auto q = statements_.get("SELECT content_hash FROM documents WHERE id = ?");
      q->bind(1, doc.id);
      if (q->executeStep()) {
        outcome = q->getColumn(0).getString() == doc.content_hash ? PutOutcome::unchanged
                                                                  : PutOutcome::updated;
      }
    }
    if (outcome == PutOutcome::added) {
      bool stored = false;
      {
        auto q = statements_.get("SELECT 1 FROM documents WHERE content_hash = ? LIMIT 1");
        q->bind(1, doc.content_hash);
        stored = q->executeStep();
      }
      if (stored) {
        record_alias(statements_, doc);
        outcome = PutOutcome::duplicate;
      }
    }
    if (outcome == PutOutcome::unchanged || outcome == PutOutcome::duplicate)
      return outcome;
    if (outcome == PutOutcome::updated) {
      archive_current_version(db_, doc.id);
      if (own_foreign_keys_) {
        // ON DELETE CASCADE of links.from_event and links.to_event, for the events deleted below.
        for (const char* end : {"from_event", "to_event"}) {
          auto del = statements_.get(std::string("DELETE FROM links WHERE ") + end +
                                     " IN (SELECT id FROM events WHERE " + kEventsOfDoc + ")");
          del->bind(1, doc.id);
          del->exec();
        }
      }
      auto del = statements_.get("DELETE FROM events WHERE " + kEventsOfDoc);  // and links
      del->bind(1, doc.id);
      del->exec();
      auto del_links = statements_.get("DELETE FROM links WHERE " + kLinksOfDoc);
      del_links->bind(1, doc.id);
      del_links->exec();
    } else {
      // An id first seen as a duplicate now has content of its own.
      auto del = statements_.get("DELETE FROM document_aliases WHERE alias = ?");
      del->bind(1, doc.id);
      del->exec();
    }
    auto ins_doc = statements_.get(
        outcome == PutOutcome::updated
            ? "UPDATE documents SET source = ?, title = ?, lang = ?, published = ?, "
              "content_hash = ?, text = ?, version = version + 1 WHERE id = ?"
            : "INSERT INTO documents (source, title, lang, published, content_hash, text, id) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)");
    bind_text(*ins_doc, 1, doc.source);
    bind_text(*ins_doc, 2, doc.title);
    bind_text(*ins_doc, 3, doc.lang);
    bind_text_or_null(*ins_doc, 4, doc.published.ok(),
                      doc.published.ok() ? doc.published.str() : std::string());
    bind_text(*ins_doc, 5, doc.content_hash);
    bind_text(*ins_doc, 6, doc.text);  // the largest value: not copied
    bind_text(*ins_doc, 7, doc.id);
    ins_doc->exec();
    if (own_foreign_keys_)
      check_link_events(statements_, events, links);
    insert_events_and_links(statements_, doc, events, links);
    return outcome;
  });
}

std::optional<PutOutcome> Store::known(const std::string& doc_id, const std::string& content_hash) {
  return known_content(statements_, doc_id, content_hash);
}

std::optional<PutOutcome> Store::put_if_known(const Document& doc) {
  return in_transaction([&] {
    auto outcome = known_content(statements_, doc.id, doc.content_hash);
    if (outcome == PutOutcome::duplicate)
      record_alias(statements_, doc);
    return outcome;
  });
}

Timeline Store::load() {
  Timeline t;
  {
    SQLite::Statement q(db_,
                        "SELECT id, source, title, lang, published, content_hash, text FROM "
                        "documents ORDER BY id");
    while (q.executeStep()) {
      Document d;
      d.id = q.getColumn(0).getString();
      d.source = q.getColumn(1).getString();
      d.title = q.getColumn(2).getString();
      d.lang = q.getColumn(3).getString();
      if (!q.getColumn(4).isNull())
        d.published = TimeValue::parse(q.getColumn(4).getString());
      d.content_hash = q.getColumn(5).getString();
      d.text = q.getColumn(6).getString();
      t.documents.push_back(std::move(d));
    }
  }
  std::unordered_map<std::string_view, const std::string*> texts;
  for (const Document& d : t.documents) texts.emplace(d.id, &d.text);
  auto text_of = [&](const std::string& doc) -> const std::string& {
    static const std::string kNone;
    auto it = texts.find(doc);
    return it == texts.end() ? kNone : *it->second;
  };
  {
    SQLite::Statement q(db_,
                        "SELECT id, doc, title, type, timex, mod, dating, modality, confidence, "
                        "trigger_begin, trigger_end, evidence_begin, evidence_end, evidence, lang, "
                        "participants FROM events ORDER BY id");
    while (q.executeStep()) {
      Event e;
      e.id = q.getColumn(0).getString();
      e.title = q.getColumn(2).getString();
      e.type = q.getColumn(3).getString();
      if (!q.getColumn(4).isNull()) {
        e.when = TimeValue::parse(q.getColumn(4).getString(), q.getColumn(5).getString());
      }
      e.dating = dating_from_string(q.getColumn(6).getString());
      e.modality = q.getColumn(7).getString();
      e.confidence = q.getColumn(8).getDouble();
      Source s;
      s.doc = q.getColumn(1).getString();
      s.trigger_begin = static_cast<size_t>(q.getColumn(9).getInt64());
      s.trigger_end = static_cast<size_t>(q.getColumn(10).getInt64());
      s.evidence_begin = static_cast<size_t>(q.getColumn(11).getInt64());
      s.evidence_end = static_cast<size_t>(q.getColumn(12).getInt64());
      s.evidence =
          stored_evidence(q.getColumn(13), text_of(s.doc), s.evidence_begin, s.evidence_end);
      s.lang = q.getColumn(14).getString();
      e.sources.push_back(std::move(s));
      if (!q.getColumn(15).isNull())
        e.participants = decode_participants(q.getColumn(15).getString());
      t.events.push_back(std::move(e));
    }
  }
  {
    SQLite::Statement q(db_,
                        "SELECT from_event, to_event, type, cue, evidence, doc, confidence, "
                        "evidence_begin, evidence_end FROM links ORDER BY from_event, to_event, "
                        "type");
    while (q.executeStep()) {
      Link l;
      l.from = q.getColumn(0).getString();
      l.to = q.getColumn(1).getString();
      l.type = link_type_from_string(q.getColumn(2).getString()).value_or(LinkType::caused);
      l.cue = q.getColumn(3).getString();
      l.doc = q.getColumn(5).getString();
      l.evidence = stored_evidence(q.getColumn(4), text_of(l.doc),
                                   static_cast<size_t>(q.getColumn(7).getInt64()),
                                   static_cast<size_t>(q.getColumn(8).getInt64()));
      l.confidence = q.getColumn(6).getDouble();
      t.links.push_back(std::move(l));
    }
  }
  return t;
}

Store::OwnForeignKeys::OwnForeignKeys(Store& store) : store_(store) {
  if (store_.batch_ || sqlite3_get_autocommit(store_.db_.getHandle()) == 0)
    return;  // the pragma does nothing inside a transaction
  store_.db_.exec("PRAGMA foreign_keys = OFF");
  store_.own_foreign_keys_ = active_ = true;
}

Store::OwnForeignKeys::~OwnForeignKeys() {
  if (!active_)
    return;
  store_.own_foreign_keys_ = false;
  try {
    store_.db_.exec("PRAGMA foreign_keys = ON");
  } catch (...) {  // NOLINT(bugprone-empty-catch): a pragma outside a transaction does not fail
  }
}

bool Store::empty() {
  return db_.execAndGet("SELECT NOT EXISTS (SELECT 1 FROM documents)").getInt() != 0;
}

std::optional<std::string> Store::setting(const std::string& key) {
  SQLite::Statement q(db_, "SELECT value FROM settings WHERE key = ?");
  q.bind(1, key);
  if (q.executeStep())
    return q.getColumn(0).getString();
  return std::nullopt;
}

void Store::set_setting(const std::string& key, const std::string& value) {
  SQLite::Statement q(db_, "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)");
  q.bind(1, key);
  q.bind(2, value);
  q.exec();
}

Store::Counts Store::counts() {
  Counts c;
  c.documents = db_.execAndGet("SELECT count(*) FROM documents").getInt64();
  c.events = db_.execAndGet("SELECT count(*) FROM events").getInt64();
  c.links = db_.execAndGet("SELECT count(*) FROM links").getInt64();
  return c;
}

}  // namespace causeline::store
