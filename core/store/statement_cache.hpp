#pragma once
// Prepared statements of one connection, compiled on first use and reused (bind, step, reset),
// as SQLiteCpp's examples do: preparing an INSERT costs more than running it, and an import runs
// the same few statements millions of times.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <map>
#include <memory>
#include <string>
#include <string_view>

namespace causeline::store {

class StatementCache {
 public:
  /// A cached statement in use; it is reset when the handle goes out of scope, so a SELECT never
  /// keeps its read snapshot open between uses.
  class Handle {
   public:
    explicit Handle(SQLite::Statement& s) noexcept : s_(s) {}
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
    ~Handle() { s_.tryReset(); }
    SQLite::Statement* operator->() const noexcept { return &s_; }
    SQLite::Statement& operator*() const noexcept { return s_; }

   private:
    SQLite::Statement& s_;
  };

  explicit StatementCache(SQLite::Database& db) noexcept : db_(db) {}
  StatementCache(const StatementCache&) = delete;
  StatementCache& operator=(const StatementCache&) = delete;

  /// The statement for `sql`, ready to bind every parameter. Statements must be released (the
  /// cache destroyed) before the connection closes.
  Handle get(std::string_view sql) {
    auto it = statements_.find(sql);
    if (it == statements_.end()) {
      it =
          statements_
              .emplace(std::string(sql), std::make_unique<SQLite::Statement>(db_, std::string(sql)))
              .first;
    } else {
      it->second->tryReset();
    }
    return Handle(*it->second);
  }

 private:
  SQLite::Database& db_;
  std::map<std::string, std::unique_ptr<SQLite::Statement>, std::less<>> statements_;
};

}  // namespace causeline::store
