#pragma once
// Imports files and folders into the store: read, process, write one transaction per document.
// Errors name the file (and line); the rest of the batch goes on.
#include <filesystem>
#include <ostream>
#include <span>
#include <string>
#include <vector>

#include "core/store/store.hpp"
#include "importers/pipeline.hpp"

namespace causeline::importers {

struct ImportSummary {
  size_t added = 0, unchanged = 0, updated = 0, failed = 0;
  size_t events = 0, links = 0;  // extracted from new or updated documents
  std::vector<std::string> errors;
  bool ok() const noexcept { return failed == 0; }
};

/// Expands folders (recursively, sorted, hidden entries skipped) into the files to import.
std::vector<std::filesystem::path> expand_inputs(std::span<const std::filesystem::path> inputs,
                                                 std::vector<std::string>& errors);

/// Imports every input; each error is also written to `err` as one "causeline: error: ..." line.
ImportSummary import_inputs(store::Store& store, const Pipeline& pipeline,
                            std::span<const std::filesystem::path> inputs, std::ostream& err);

}  // namespace causeline::importers
