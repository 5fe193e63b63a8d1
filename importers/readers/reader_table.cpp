#include <fstream>
#include <sstream>

#include "core/utf8.hpp"
#include "importers/readers/csv_reader.hpp"
#include "importers/readers/feed_reader.hpp"
#include "importers/readers/html_reader.hpp"
#include "importers/readers/ics_reader.hpp"
#include "importers/readers/jsonl_reader.hpp"
#include "importers/readers/reader.hpp"
#include "importers/readers/text_reader.hpp"

namespace causeline::importers {
namespace {

constexpr Reader kReaders[] = {
    {"jsonl", &jsonl_accepts, &read_jsonl, true, &read_jsonl_line},
    {"text", &text_accepts, &read_text},
    {"html", &html_accepts, &read_html},
    {"feed", &feed_accepts, &read_feed},
    {"csv", &csv_accepts, &read_csv},
    {"ics", &ics_accepts, &read_ics},
};

constexpr std::string_view kSupported =
    ".txt, .md, .jsonl, .html, .htm, .rss, .atom, .xml, .csv or .ics";

}  // namespace

std::span<const Reader> readers() noexcept { return kReaders; }

const Reader* find_reader(const std::filesystem::path& path, std::string_view head) {
  for (const Reader& r : kReaders) {
    if (r.accepts(path, {}))
      return &r;
  }
  if (head.empty())
    return nullptr;
  for (const Reader& r : kReaders) {
    if (r.accepts(path, head))
      return &r;
  }
  return nullptr;
}

bool known_extension(const std::filesystem::path& path) {
  for (const Reader& r : kReaders) {
    if (r.accepts(path, {}))
      return true;
  }
  return false;
}

void read_bytes(const std::filesystem::path& path, std::string_view bytes, const RecordSink& sink) {
  const std::string_view head(bytes.data(), std::min<size_t>(bytes.size(), 1024));
  const Reader* r = find_reader(path, head);
  if (!r) {
    sink(Error{path.string() + ": unsupported file type (expected " + std::string(kSupported) +
               ")"});
    return;
  }
  r->read(path, bytes, sink);
}

void read_file(const std::filesystem::path& path, const RecordSink& sink) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    sink(Error{path.string() + ": cannot open file"});
    return;
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) {
    sink(Error{path.string() + ": read error"});
    return;
  }
  const std::string bytes = std::move(buf).str();
  read_bytes(path, bytes, sink);
}

void read_file(const std::filesystem::path& path, const DocumentSink& sink) {
  read_file(path, RecordSink([&](Result<Record> r) {
              if (r) {
                sink(std::move(r->doc));
              } else {
                sink(r.error());
              }
            }));
}

std::string normalize_newlines(std::string_view text) {
  // Copied a run at a time between carriage returns (most texts have none), not byte by byte.
  std::string out;
  out.reserve(text.size());
  size_t from = 0;
  for (size_t cr = text.find('\r'); cr != std::string_view::npos; cr = text.find('\r', from)) {
    out.append(text.substr(from, cr - from));
    out.push_back('\n');
    from = cr + 1;
    if (from < text.size() && text[from] == '\n')
      ++from;
  }
  out.append(text.substr(from));
  return out;
}

Result<std::string> checked_text(const std::filesystem::path& path, std::string_view bytes) {
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF")
    bytes.remove_prefix(3);
  if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return Error{path.string() + ": empty file"};
  }
  if (auto nul = bytes.find('\0'); nul != std::string_view::npos) {
    return Error{path.string() + ": binary file (NUL byte at offset " + std::to_string(nul) + ")"};
  }
  if (auto bad = utf8::find_invalid(bytes); bad != std::string_view::npos) {
    return Error{path.string() + ": invalid UTF-8 at byte offset " + std::to_string(bad)};
  }
  return normalize_newlines(bytes);
}

TimeValue parse_published(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  TimeValue v = TimeValue::parse(s);
  if (v.anchored())
    return v;
  if (s.size() > 10 && (s[10] == 'T' || s[10] == ' ')) {
    v = TimeValue::parse(s.substr(0, 10));
    if (v.anchored())
      return v;
  }
  return {};
}

}  // namespace causeline::importers
