#pragma once
// Readers turn one input file into documents. Each format is one entry of a table (see
// reader_table.cpp); a record that cannot be read becomes an Error naming the file (and line), and
// the rest goes on.
#include <filesystem>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "core/event.hpp"
#include "core/link.hpp"
#include "core/result.hpp"

namespace causeline::importers {

/// What a reader yields. Articles carry only the document; curated formats (CSV timelines, ICS)
/// also carry the events and links they state, which enter the timeline as they are (the text
/// extractor is not run on them). Their Source offsets index doc.text like extracted events do.
struct Record {
  Document doc;
  bool curated = false;
  std::vector<Event> events;
  std::vector<Link> links;
};

/// A record holding an article (a document for the text extractor).
inline Record article_record(Document doc) {
  Record r;
  r.doc = std::move(doc);
  return r;
}

/// Receives each document (or error) as it is read, in input order.
using DocumentSink = std::function<void(Result<Document>)>;
/// Receives each record (or error) as it is read, in input order.
using RecordSink = std::function<void(Result<Record>)>;

struct Reader {
  std::string_view name;  // "text", "jsonl", "html", "feed", "csv", "ics"
  /// True when this reader handles the file (by extension, then by a peek at its first bytes).
  bool (*accepts)(const std::filesystem::path& path, std::string_view head);
  /// Reads `bytes` (the whole file) that came from `path`.
  void (*read)(const std::filesystem::path& path, std::string_view bytes, const RecordSink& sink);
  /// True when every line is a record on its own (JSON Lines): the importer then streams the file
  /// line by line through read_line instead of loading it whole.
  bool line_records = false;
  /// Reads one line of a line_records file; `where` is "FILE:LINE". Empty lines are never passed.
  Result<Record> (*read_line)(const std::string& where, std::string_view line) = nullptr;
};

std::span<const Reader> readers() noexcept;

/// The reader for a file: by extension, then by sniffing `head` (its first bytes); null if none.
const Reader* find_reader(const std::filesystem::path& path, std::string_view head);

/// True when some reader accepts files with this name (used to pick files out of folders).
bool known_extension(const std::filesystem::path& path);

/// Reads one file with the first reader that accepts it; unreadable files give one Error.
void read_file(const std::filesystem::path& path, const RecordSink& sink);
/// Same, keeping only the documents (curated events are dropped); for callers that need text only.
void read_file(const std::filesystem::path& path, const DocumentSink& sink);

/// Reads bytes already in memory as if they were the file `path`.
void read_bytes(const std::filesystem::path& path, std::string_view bytes, const RecordSink& sink);

/// Checks that bytes are text a reader can use: not empty, no NUL bytes, valid UTF-8 (a leading BOM
/// is removed). The error names the file and the byte offset of the problem.
Result<std::string> checked_text(const std::filesystem::path& path, std::string_view bytes);

/// Line ends normalised to '\n' (CRLF and lone CR), so offsets do not depend on the platform.
std::string normalize_newlines(std::string_view text);

/// Parses a publication date: a TIMEX3 value, or an ISO 8601 timestamp reduced to its day.
TimeValue parse_published(std::string_view s);

}  // namespace causeline::importers
