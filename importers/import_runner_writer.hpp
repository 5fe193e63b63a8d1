#pragma once
// The writer of an import (internal to import_runner): stores the items the workers produced, in
// input order, one transaction per document by default. With ImportOptions::documents_per_commit
// above 1 (`import --batch N`) it commits up to N whole documents at once: a commit makes SQLite
// write every index page a document touched to the WAL, so committing each small article alone
// costs about as much as extracting it, and a batch pays that once for many documents. Each
// document stays all-or-nothing either way (a batch commits whole or not at all), and readers see
// only committed work; a kill loses at most the open batch, which importing again restores. A
// batch is committed when it is full or old enough, so other readers and writers see progress at
// least every kMaxBatchAge. When storing fails inside a batch, the batch is rolled back and its
// documents are stored again one per transaction, so one bad document costs only itself.
#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/store/store.hpp"
#include "importers/import_runner.hpp"
#include "importers/import_units.hpp"
#include "importers/pipeline.hpp"

namespace causeline::importers {

class BatchWriter {
 public:
  static constexpr uint64_t kMaxBatchTextBytes = 8u << 20;
  static constexpr std::chrono::milliseconds kMaxBatchAge{250};

  using Fail = std::function<void(const std::string& message, const std::string& file)>;

  /// Counts what it stores in `summary` (only once committed); reports errors through `fail`.
  /// Commits after `max_documents` documents (1: one transaction per document).
  BatchWriter(store::Store& store, const Pipeline& pipeline, ImportSummary& summary, Fail fail,
              size_t max_documents = 1);
  ~BatchWriter();
  BatchWriter(const BatchWriter&) = delete;
  BatchWriter& operator=(const BatchWriter&) = delete;

  /// Stores one document read from `file` (in the open batch, starting one if needed).
  void add(Item item, const std::string& file);
  /// Commits the open batch, if any.
  void commit();
  /// When the open batch must be committed even if no more items come; nullopt without a batch.
  std::optional<std::chrono::steady_clock::time_point> deadline() const;
  /// Documents stored and committed so far.
  uint64_t documents() const noexcept { return documents_; }

 private:
  struct Pending {
    Item item;
    std::string file;
    store::PutOutcome outcome = store::PutOutcome::unchanged;
  };
  /// put()s one item (extracting it first if the store changed since it looked known).
  store::PutOutcome write(Item& item);
  /// Counts a stored item in the summary.
  void count(const Pending& p);
  /// After a failure inside the batch: roll back, then store each pending item on its own.
  void write_one_by_one();

  store::Store& store_;
  const Pipeline& pipeline_;
  ImportSummary& summary_;
  Fail fail_;
  std::vector<Pending> pending_;
  uint64_t pending_bytes_ = 0;
  std::chrono::steady_clock::time_point started_{};
  uint64_t documents_ = 0;
  size_t max_documents_ = 1;
};

}  // namespace causeline::importers
