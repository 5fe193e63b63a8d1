#pragma once
// Walks the inputs of an import lazily: files as given, folders recursively in sorted order
// (hidden entries and files no reader knows skipped), "-" for standard input. Memory stays
// proportional to the folder depth and width, not to the number of files.
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace causeline::importers {

class InputWalker {
 public:
  explicit InputWalker(std::span<const std::filesystem::path> inputs);

  /// The next file to import ("-" for standard input), or nullopt at the end. Inputs that do not
  /// exist or folders that cannot be listed are reported through `error` (one call each).
  std::optional<std::filesystem::path> next(std::string& error);

 private:
  struct Level {
    std::vector<std::filesystem::path> entries;  // sorted
    size_t next = 0;
  };
  std::vector<std::filesystem::path> inputs_;
  size_t input_ = 0;
  std::vector<Level> stack_;
};

/// Sum of the sizes of every file the walker would yield (standard input counts 0); for ETAs.
uint64_t total_input_bytes(std::span<const std::filesystem::path> inputs);

}  // namespace causeline::importers
