#pragma once
// Shared helpers for the ingest tests: scratch files and reading them through the reader table.
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "importers/readers/reader.hpp"

namespace causeline::test {

/// A fresh, empty folder under the temporary directory.
inline std::filesystem::path scratch_dir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("causeline-ingest-" + name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

inline std::filesystem::path write_bytes(const std::filesystem::path& p, const std::string& bytes) {
  std::filesystem::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << bytes;
  return p;
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
