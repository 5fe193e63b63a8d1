#include "importers/readers/jsonl_reader.hpp"

#include <array>

#include "core/sha256.hpp"
#include "core/utf8.hpp"
#include "importers/readers/doc_id.hpp"
#include "importers/readers/json_members.hpp"

namespace causeline::importers {
namespace {

/// The members an article is read from, and their indices.
constexpr std::array<std::string_view, 6> kKeys = {"url",   "id",   "text",
                                                   "title", "lang", "published"};
enum Key : size_t { kUrl, kId, kText, kTitle, kLang, kPublished };

Result<Document> parse_record(const std::string& where, std::string_view line) {
  std::array<json::Member, kKeys.size()> m;
  switch (json::read_members(line, kKeys, m)) {
    case json::Shape::invalid:
      return Error{where + ": not valid JSON"};
    case json::Shape::not_object:
      return Error{where + ": expected a JSON object"};
    case json::Shape::object:
      break;
  }
  // A member that is not a string reads as an empty one.
  auto str = [&](Key k) -> std::string {
    return m[k].kind == json::Member::Kind::string ? std::move(m[k].text) : std::string();
  };
  Document doc;
  doc.source = str(kUrl);
  const json::Member& id = m[kId];
  if (id.kind == json::Member::Kind::string || id.kind == json::Member::Kind::integer) {
    doc.id = id.kind == json::Member::Kind::string ? id.text : std::to_string(id.integer);
    if (doc.id.empty())
      return Error{where + ": empty \"id\""};
  } else if (id.kind == json::Member::Kind::absent && is_web_url(doc.source)) {
    doc.id = id_from_url(doc.source);
  } else {
    return Error{where + ": missing \"id\""};
  }
  if (m[kText].kind != json::Member::Kind::string)
    return Error{where + ": missing \"text\""};
  doc.text = str(kText);
  if (doc.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    return Error{where + ": empty \"text\""};
  }
  if (doc.text.find('\0') != std::string::npos)
    return Error{where + ": NUL character in \"text\""};
  doc.text = normalize_newlines(doc.text);
  doc.title = str(kTitle);
  doc.lang = str(kLang);
  doc.published = parse_published(str(kPublished));
  doc.content_hash = sha256_hex(doc.text);
  return doc;
}

}  // namespace

bool jsonl_accepts(const std::filesystem::path& path, std::string_view) {
  auto ext = path.extension().string();
  return ext == ".jsonl" || ext == ".ndjson" || path == "-";
}

Result<Record> read_jsonl_line(const std::string& where, std::string_view line) {
  if (auto bad = utf8::find_invalid(line); bad != std::string_view::npos) {
    return Error{where + ": invalid UTF-8 at byte " + std::to_string(bad) + " of the line"};
  }
  auto doc = parse_record(where, line);
  if (!doc)
    return doc.error();
  if (doc->source.empty())
    doc->source = where;
  return article_record(std::move(*doc));
}

void read_jsonl(const std::filesystem::path& path, std::string_view bytes, const RecordSink& sink) {
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF")
    bytes.remove_prefix(3);
  size_t pos = 0;
  size_t line_no = 0;
  bool any = false;
  while (pos < bytes.size()) {
    size_t eol = bytes.find('\n', pos);
    if (eol == std::string_view::npos)
      eol = bytes.size();
    std::string_view line = bytes.substr(pos, eol - pos);
    ++line_no;
    pos = eol + 1;
    if (!line.empty() && line.back() == '\r')
      line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos)
      continue;
    any = true;
    sink(read_jsonl_line(path.string() + ":" + std::to_string(line_no), line));
  }
  if (!any)
    sink(Error{path.string() + ": empty file"});
}

}  // namespace causeline::importers
