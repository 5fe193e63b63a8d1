#include "importers/readers/html_reader.hpp"

#include <cctype>

#include "core/sha256.hpp"
#include "importers/readers/doc_id.hpp"
#include "importers/readers/encoding.hpp"
#include "importers/readers/html_dom.hpp"
#include "importers/readers/html_meta.hpp"
#include "importers/readers/html_text.hpp"

namespace causeline::importers {
namespace {

bool sniff_html(std::string_view head) {
  if (std::string_view bom = bom_charset(head); !bom.empty())
    head.remove_prefix(bom.size() == 5 ? 3 : 2);
  head = html::trim(head.substr(0, 512));
  auto starts_ci = [&](std::string_view p) {
    if (head.size() < p.size())
      return false;
    for (size_t i = 0; i < p.size(); ++i) {
      if (std::tolower(static_cast<unsigned char>(head[i])) != p[i])
        return false;
    }
    return true;
  };
  return starts_ci("<!doctype html") || starts_ci("<html") || starts_ci("<head") ||
         (starts_ci("<?xml") && head.find("<html") != std::string_view::npos);
}

}  // namespace

bool html_accepts(const std::filesystem::path& path, std::string_view head) {
  auto ext = path.extension().string();
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml" || ext == ".HTML" || ext == ".HTM") {
    return true;
  }
  return !head.empty() && sniff_html(head);
}

void read_html(const std::filesystem::path& path, std::string_view bytes, const RecordSink& sink) {
  if (html::trim(bytes).empty()) {
    sink(Error{path.string() + ": empty file"});
    return;
  }
  std::string declared = html_declared_charset(bytes);
  if (declared.empty())
    declared = xml_declared_charset(bytes.substr(0, 256));
  auto utf8 = to_utf8(path, bytes, declared);
  if (!utf8) {
    sink(utf8.error());
    return;
  }
  auto dom = html::parse(*utf8);
  if (!dom) {
    sink(Error{path.string() + ": not an HTML document"});
    return;
  }
  xmlNode* root = html::content_root(dom.get());
  html::PageMeta meta = html::page_meta(dom.get(), root);
  Document doc;
  doc.text = html::article_text(root);
  if (doc.text.empty()) {
    sink(Error{path.string() + ": no article text found in the page"});
    return;
  }
  doc.title = meta.title;
  doc.lang = meta.lang;
  for (const auto& p : meta.published) {
    doc.published = parse_published(p);
    if (doc.published.ok())
      break;
  }
  if (!meta.canonical.empty()) {
    doc.source = normalize_url(meta.canonical);
    doc.id = id_from_url(meta.canonical);
  } else {
    doc.source = path.string();
    doc.id = path.stem().string();
  }
  // The body alone decides identity: the same article saved twice with other ads is one document.
  doc.content_hash = sha256_hex(doc.text);
  sink(article_record(std::move(doc)));
}

}  // namespace causeline::importers
