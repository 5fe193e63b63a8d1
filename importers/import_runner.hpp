#pragma once
// Imports files, folders and standard input into the store: read, process, write one transaction
// per document. Reading and extraction run on `jobs` worker threads; one writer (the calling
// thread) stores the results in input order, so the outcome does not depend on timing. Memory is
// bounded by a window of units in flight, not by the size of the corpus. Errors name the file (and
// line); the rest of the batch goes on.
#include <filesystem>
#include <istream>
#include <map>
#include <ostream>
#include <span>
#include <string>
#include <vector>

#include "core/store/store.hpp"
#include "importers/pipeline.hpp"

namespace causeline::importers {

struct ImportOptions {
  unsigned jobs = 1;      // worker threads reading and extracting
  bool progress = false;  // draw a progress line on the error stream (terminals only)
  /// Whole documents per transaction: 1 (the default) commits each document on its own; more
  /// makes bulk loads faster, and a kill then loses at most the open batch (never half a document).
  unsigned documents_per_commit = 1;
  std::istream* in = nullptr;  // standard input for "-" (nullptr: std::cin)
  /// The store's file, so workers can skip documents already stored; empty: they never skip.
  std::filesystem::path lookup_db;
};

struct ImportSummary {
  size_t added = 0, unchanged = 0, updated = 0, failed = 0;
  size_t duplicates = 0;         // same content as a stored document (also counted in unchanged)
  size_t events = 0, links = 0;  // from new or updated documents (extracted and curated)
  size_t curated_events = 0;     // of which from CSV and ICS
  uint64_t input_bytes = 0;      // bytes read from files and standard input
  uint64_t text_bytes = 0;       // article text of every document read
  double seconds = 0;
  std::vector<std::string> errors;
  std::map<std::string, size_t> reasons;  // failure reason -> count
  bool ok() const noexcept { return failed == 0; }
};

/// Expands folders (recursively, sorted, hidden entries skipped) into the files to import.
std::vector<std::filesystem::path> expand_inputs(std::span<const std::filesystem::path> inputs,
                                                 std::vector<std::string>& errors);

/// Imports every input; each error is also written to `err` as one "causeline: error: ..." line.
ImportSummary import_inputs(store::Store& store, const Pipeline& pipeline,
                            std::span<const std::filesystem::path> inputs, std::ostream& err,
                            const ImportOptions& options = {});

/// The end-of-import summary: documents new / unchanged / updated / failed, duplicates, events
/// and links, and failures grouped by reason.
void write_summary(std::ostream& out, const ImportSummary& s);

/// "invalid UTF-8 byte" from "in/a.txt:3:7: invalid UTF-8 byte 0xE9": the kind of failure.
std::string failure_reason(std::string_view message, std::string_view file);

}  // namespace causeline::importers
