#pragma once
// The units of work of an import (internal to import_runner): the producer turns inputs into
// units (a whole file, or a chunk of JSON Lines), a worker turns a unit into items (documents read
// and extracted, or errors), and the writer stores the items in input order.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <istream>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "core/store/store.hpp"
#include "importers/pipeline.hpp"
#include "importers/readers/reader.hpp"

namespace causeline::importers {

struct Unit {
  uint64_t seq = 0;
  std::filesystem::path file;  // as named by the user; "<stdin>" for standard input
  std::string bytes;           // the whole file, or complete lines of a JSON Lines file
  size_t first_line = 0;       // > 0: `bytes` are JSON Lines starting at this line number
  const Reader* reader = nullptr;
  std::string error;  // a unit that only reports an error
  uint64_t input_bytes = 0;
};

struct Item {
  std::string error;  // non-empty: this record failed
  std::string where;  // file (and line) for messages
  Record rec;
  extract::Extraction ex;
  bool known = false;  // already stored (unchanged or duplicate): extraction skipped
  uint64_t text_bytes = 0;
};

struct Done {
  std::string file;
  std::vector<Item> items;
  uint64_t input_bytes = 0;
  uint64_t unit_bytes = 0;
};

/// Walks the inputs and emits units in input order (standard input for "-").
void produce_units(std::span<const std::filesystem::path> inputs, std::istream& in,
                   const std::function<void(Unit)>& emit);

/// Reads and extracts units; one per worker thread (it owns a read-only store connection).
class UnitProcessor {
 public:
  UnitProcessor(const Pipeline& pipeline, const std::filesystem::path& lookup_db);
  ~UnitProcessor();
  UnitProcessor(const UnitProcessor&) = delete;
  UnitProcessor& operator=(const UnitProcessor&) = delete;
  Done run(Unit u);

 private:
  void handle(Done& d, const std::string& where, Record rec);

  const Pipeline& pipeline_;
  std::unique_ptr<store::Lookup> lookup_;
};

/// Runs the extractor on an item read earlier (or fills a curated item's language).
void extract_now(const Pipeline& pipeline, Item& item);

}  // namespace causeline::importers
