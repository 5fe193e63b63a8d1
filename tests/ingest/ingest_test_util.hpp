#pragma once
// Shared helpers for the ingest tests: scratch files and reading them through the reader table.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "core/sha256.hpp"
#include "importers/readers/reader.hpp"
#include "tests/scratch_dir.hpp"

namespace causeline::test {

/// A fresh, empty folder under the temporary directory, removed at the end of the test.
inline ScratchDir scratch_dir(const std::string& name) { return ScratchDir("ingest-" + name); }

inline std::filesystem::path write_bytes(const std::filesystem::path& p, const std::string& bytes) {
  std::filesystem::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << bytes;
  return p;
}

/// A stored document for the store tests: English, published 2025-06-02, hash of its text, and
/// an https source derived from the id unless one is given.
inline Document store_doc(const std::string& id, const std::string& text,
                          const std::string& source = "") {
  Document d;
  d.id = id;
  d.source = source.empty() ? "https://news.example/" + id : source;
  d.title = "T " + id;
  d.lang = "en";
  d.published = TimeValue::parse("2025-06-02");
  d.text = text;
  d.content_hash = sha256_hex(text);
  return d;
}

struct ReadOutcome {
  std::vector<importers::Record> records;
  std::vector<std::string> errors;
};

inline ReadOutcome read_path(const std::filesystem::path& p) {
  ReadOutcome out;
  importers::read_file(p, importers::RecordSink([&](Result<importers::Record> r) {
                         if (r) {
                           out.records.push_back(std::move(*r));
                         } else {
                           out.errors.push_back(r.error().message);
                         }
                       }));
  return out;
}

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace causeline::test
