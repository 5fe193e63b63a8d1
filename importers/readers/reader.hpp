#pragma once
// Readers turn one input file into documents. Each format is one entry of a table (see reader_table.cpp);
// a record that cannot be read becomes an Error naming the file (and line), and the rest goes on.
#include <filesystem>
#include <functional>
#include <span>
#include <string>
#include <string_view>

#include "core/document.hpp"
#include "core/result.hpp"

namespace causeline::importers {

/// Receives each document (or error) as it is read, in input order.
using DocumentSink = std::function<void(Result<Document>)>;

struct Reader {
  std::string_view name;  // "text", "jsonl"
  /// True when this reader handles the file (by extension, then by a peek at its first bytes).
  bool (*accepts)(const std::filesystem::path& path, std::string_view head);
  /// Reads `bytes` (the whole file) that came from `path`; `stem` is the default document id.
  void (*read)(const std::filesystem::path& path, std::string_view bytes, const DocumentSink& sink);
};

std::span<const Reader> readers() noexcept;

/// Reads one file with the first reader that accepts it; unreadable files give one Error.
void read_file(const std::filesystem::path& path, const DocumentSink& sink);

/// Checks that bytes are text a reader can use: not empty, no NUL bytes, valid UTF-8 (a leading BOM
/// is removed). The error names the file and the byte offset of the problem.
Result<std::string> checked_text(const std::filesystem::path& path, std::string_view bytes);

/// Parses a publication date: a TIMEX3 value, or an ISO 8601 timestamp reduced to its day.
TimeValue parse_published(std::string_view s);

}  // namespace causeline::importers
