#include <fstream>
#include <sstream>

#include "core/sha256.hpp"
#include "core/utf8.hpp"
#include "importers/readers/jsonl_reader.hpp"
#include "importers/readers/reader.hpp"
#include "importers/readers/text_reader.hpp"

namespace causeline::importers {
namespace {

constexpr Reader kReaders[] = {
    {"jsonl", &jsonl_accepts, &read_jsonl},
    {"text", &text_accepts, &read_text},
};

}  // namespace

std::span<const Reader> readers() noexcept { return kReaders; }

void read_file(const std::filesystem::path& path, const DocumentSink& sink) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    sink(Error{path.string() + ": cannot open file"});
    return;
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  const std::string bytes = std::move(buf).str();
  const std::string_view head(bytes.data(), std::min<size_t>(bytes.size(), 512));
  for (const Reader& r : kReaders) {
    if (r.accepts(path, head)) {
      r.read(path, bytes, sink);
      return;
    }
  }
  sink(Error{path.string() + ": unsupported file type (expected .txt, .md or .jsonl)"});
}

Result<std::string> checked_text(const std::filesystem::path& path, std::string_view bytes) {
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return Error{path.string() + ": empty file"};
  }
  if (auto nul = bytes.find('\0'); nul != std::string_view::npos) {
    return Error{path.string() + ": binary file (NUL byte at offset " + std::to_string(nul) + ")"};
  }
  if (auto bad = utf8::find_invalid(bytes); bad != std::string_view::npos) {
    return Error{path.string() + ": invalid UTF-8 at byte offset " + std::to_string(bad)};
  }
  std::string text(bytes);
  // Normalise line ends so offsets do not depend on the platform that saved the file.
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

TimeValue parse_published(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  TimeValue v = TimeValue::parse(s);
  if (v.anchored()) return v;
  if (s.size() > 10 && (s[10] == 'T' || s[10] == ' ')) {
    v = TimeValue::parse(s.substr(0, 10));
    if (v.anchored()) return v;
  }
  return {};
}

}  // namespace causeline::importers
