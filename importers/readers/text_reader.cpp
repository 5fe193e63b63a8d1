#include "importers/readers/text_reader.hpp"

#include <array>

#include "core/sha256.hpp"

namespace causeline::importers {
namespace {

constexpr std::array<std::string_view, 5> kKeys = {"title", "url", "lang", "published", "source"};

bool known_key(std::string_view k) {
  for (auto key : kKeys) {
    if (key == k)
      return true;
  }
  return false;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

bool text_accepts(const std::filesystem::path& path, std::string_view) {
  auto ext = path.extension().string();
  return ext == ".txt" || ext == ".md" || ext == ".text";
}

size_t parse_header_block(std::string_view text, Document& doc) {
  size_t pos = 0;
  Document parsed;
  bool any = false;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos)
      return 0;  // a header must be ended by a blank line
    std::string_view line = text.substr(pos, eol - pos);
    if (trim(line).empty()) {
      if (!any)
        return 0;
      if (!parsed.title.empty())
        doc.title = parsed.title;
      if (!parsed.source.empty())
        doc.source = parsed.source;
      if (!parsed.lang.empty())
        doc.lang = parsed.lang;
      if (parsed.published.ok())
        doc.published = parsed.published;
      return eol + 1;
    }
    size_t colon = line.find(':');
    if (colon == std::string_view::npos)
      return 0;
    std::string_view key = trim(line.substr(0, colon));
    if (!known_key(key))
      return 0;
    std::string_view value = trim(line.substr(colon + 1));
    if (key == "title")
      parsed.title = value;
    if (key == "url" || key == "source")
      parsed.source = value;
    if (key == "lang")
      parsed.lang = value;
    if (key == "published")
      parsed.published = parse_published(value);
    any = true;
    pos = eol + 1;
  }
  return 0;
}

void read_text(const std::filesystem::path& path, std::string_view bytes, const RecordSink& sink) {
  auto text = checked_text(path, bytes);
  if (!text) {
    sink(text.error());
    return;
  }
  Document doc;
  doc.id = path.stem().string();
  doc.source = path.string();
  size_t body = parse_header_block(*text, doc);
  doc.text = text->substr(body);
  doc.content_hash = sha256_hex(*text);
  sink(article_record(std::move(doc)));
}

}  // namespace causeline::importers
