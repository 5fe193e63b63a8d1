#include "importers/readers/feed_reader.hpp"

#include <libxml/xmlreader.h>

#include <array>
#include <cctype>
#include <memory>

#include "core/sha256.hpp"
#include "importers/readers/doc_id.hpp"
#include "importers/readers/encoding.hpp"
#include "importers/readers/html_dom.hpp"
#include "importers/readers/html_meta.hpp"
#include "importers/readers/html_text.hpp"

namespace causeline::importers {
namespace {

struct ReaderFree {
  void operator()(xmlTextReader* r) const noexcept { xmlFreeTextReader(r); }
};

struct ParseError {
  std::string message;
  int line = 0;
};

void on_error(void* arg, xmlError* e) {
  auto* pe = static_cast<ParseError*>(arg);
  if (!e || e->level < XML_ERR_ERROR || !pe->message.empty())
    return;
  pe->message = e->message ? e->message : "XML error";
  while (!pe->message.empty() && (pe->message.back() == '\n' || pe->message.back() == ' ')) {
    pe->message.pop_back();
  }
  pe->line = e->line;
}

std::string_view sv(const xmlChar* s) {
  return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view();
}

/// The first child element with this local name.
xmlNode* child(xmlNode* n, std::string_view local) {
  for (xmlNode* c = n->children; c; c = c->next) {
    if (c->type == XML_ELEMENT_NODE && sv(c->name) == local)
      return c;
  }
  return nullptr;
}

/// The first child element with this local name in a namespace whose URI contains `ns_part`.
xmlNode* child_ns(xmlNode* n, std::string_view local, std::string_view ns_part) {
  for (xmlNode* c = n->children; c; c = c->next) {
    if (c->type == XML_ELEMENT_NODE && sv(c->name) == local && c->ns &&
        sv(c->ns->href).find(ns_part) != std::string_view::npos) {
      return c;
    }
  }
  return nullptr;
}

/// Concatenated text of a node's descendants, as written (no collapsing).
std::string raw_text(xmlNode* n) {
  std::string out;
  if (!n)
    return out;
  html::walk(n, [&](xmlNode* c) {
    out += html::text(c);
    return true;
  });
  return out;
}

/// Readable text of a feed field that may hold HTML (escaped or as XHTML children).
std::string field_text(xmlNode* n) {
  if (!n)
    return {};
  const std::string_view type = html::attr(n, "type");
  if (type == "xhtml")
    return html::article_text(n, /*remove_boilerplate=*/false);
  std::string raw = raw_text(n);
  if (html::trim(raw).empty())
    return {};
  if (type == "text" || raw.find('<') == std::string::npos) {
    std::string out;
    // Plain text: keep paragraph breaks, collapse the rest.
    size_t pos = 0;
    while (pos <= raw.size()) {
      size_t eol = raw.find("\n\n", pos);
      if (eol == std::string::npos)
        eol = raw.size();
      std::string para;
      html::append_collapsed(para, raw.substr(pos, eol - pos));
      std::string_view t = html::trim(para);
      if (!t.empty()) {
        if (!out.empty())
          out += "\n\n";
        out += t;
      }
      pos = eol + 2;
    }
    return out.empty() ? out : out + "\n";
  }
  auto dom = html::parse(raw);
  if (!dom)
    return {};
  return html::article_text(xmlDocGetRootElement(dom.get()), /*remove_boilerplate=*/false);
}

std::string title_text(xmlNode* n) {
  std::string t = field_text(n);
  std::string out;
  html::append_collapsed(out, t);
  return std::string(html::trim(out));
}

std::string atom_link(xmlNode* entry) {
  std::string fallback;
  for (xmlNode* c = entry->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE || sv(c->name) != "link")
      continue;
    std::string_view rel = html::attr(c, "rel");
    std::string_view href = html::attr(c, "href");
    if (href.empty())
      continue;
    if (rel.empty() || rel == "alternate")
      return std::string(href);
    if (fallback.empty() && rel != "self" && rel != "enclosure" && rel != "replies")
      fallback = href;
  }
  return fallback;
}

struct FeedInfo {
  std::string lang;
  std::string stem;
  size_t items = 0;
};

Result<Record> parse_item(const std::string& where, xmlNode* item, const FeedInfo& feed,
                          std::string_view item_lang) {
  const bool atom = sv(item->name) == "entry";
  Document doc;
  doc.title = title_text(child(item, "title"));
  std::string link, key;
  if (atom) {
    link = atom_link(item);
    key = std::string(html::trim(raw_text(child(item, "id"))));
  } else {
    link = std::string(html::trim(raw_text(child(item, "link"))));
    key = std::string(html::trim(raw_text(child(item, "guid"))));
    if (link.empty() && is_web_url(key))
      link = key;
  }
  // The full content when there is one, else the summary.
  for (xmlNode* n : {child_ns(item, "encoded", "content"), atom ? child(item, "content") : nullptr,
                     child(item, atom ? "summary" : "description")}) {
    if (n && doc.text.empty())
      doc.text = field_text(n);
  }
  if (doc.text.empty() && !doc.title.empty())
    doc.text = doc.title + "\n";
  if (doc.text.empty())
    return Error{where + ": feed item has no text"};
  std::array<xmlNode*, 4> dates = {atom ? child(item, "published") : child(item, "pubDate"),
                                   child_ns(item, "date", "purl.org/dc"),
                                   atom ? child(item, "updated") : nullptr,
                                   child_ns(item, "issued", "purl.org/dc")};
  for (xmlNode* d : dates) {
    if (d && !doc.published.ok())
      doc.published = parse_feed_date(html::trim(raw_text(d)));
  }
  std::string lang = html::primary_language(raw_text(child_ns(item, "language", "purl.org/dc")));
  if (lang.empty())
    lang = html::primary_language(item_lang);
  doc.lang = lang.empty() ? feed.lang : lang;
  if (is_web_url(link)) {
    doc.source = normalize_url(link);
    doc.id = id_from_url(link);
  } else if (!key.empty()) {
    doc.source = where;
    doc.id = slug(key, 50) + "-" + sha256_hex(key).substr(0, 8);
  } else {
    doc.source = where;
    doc.id = feed.stem + "-" + std::to_string(feed.items);
  }
  doc.content_hash = sha256_hex(doc.text);
  return article_record(std::move(doc));
}

int month_number(std::string_view m) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  if (m.size() < 3)
    return 0;
  std::string l;
  for (char c : m.substr(0, 3)) l += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (kMonths[i] == l)
      return static_cast<int>(i) + 1;
  }
  return 0;
}

}  // namespace

TimeValue parse_feed_date(std::string_view s) {
  s = html::trim(s);
  if (TimeValue iso = parse_published(s); iso.ok())
    return iso;
  // [Day ","] DD Mon YYYY [hh:mm[:ss] zone]
  if (auto comma = s.find(','); comma != std::string_view::npos && comma < 12) {
    s.remove_prefix(comma + 1);
  }
  s = html::trim(s);
  std::array<std::string_view, 3> parts;
  for (auto& p : parts) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    size_t sp = s.find(' ');
    p = s.substr(0, sp);
    s.remove_prefix(sp == std::string_view::npos ? s.size() : sp);
  }
  int day = 0, year = 0;
  for (char c : parts[0])
    day = std::isdigit(static_cast<unsigned char>(c)) ? day * 10 + (c - '0') : -1000;
  for (char c : parts[2])
    year = std::isdigit(static_cast<unsigned char>(c)) ? year * 10 + (c - '0') : -100000;
  int month = month_number(parts[1]);
  if (parts[2].size() == 2 && year >= 0)
    year += year < 70 ? 2000 : 1900;
  if (day < 1 || day > 31 || month == 0 || year < 1000)
    return {};
  date::year_month_day ymd{date::year{year}, date::month{static_cast<unsigned>(month)},
                           date::day{static_cast<unsigned>(day)}};
  if (!ymd.ok())
    return {};
  return TimeValue::of_day(ymd);
}

bool feed_accepts(const std::filesystem::path& path, std::string_view head) {
  auto ext = path.extension().string();
  if (ext == ".rss" || ext == ".atom" || ext == ".rdf")
    return true;
  if (ext == ".xml" || !head.empty()) {
    if (head.empty())
      return ext == ".xml";
    std::string_view h = head.substr(0, 1024);
    return h.find("<rss") != std::string_view::npos || h.find("<feed") != std::string_view::npos ||
           h.find("<rdf:RDF") != std::string_view::npos;
  }
  return false;
}

void read_feed(const std::filesystem::path& path, std::string_view bytes, const RecordSink& sink) {
  const std::string name = path.string();
  if (html::trim(bytes).empty()) {
    sink(Error{name + ": empty file"});
    return;
  }
  auto utf8 = to_utf8(path, bytes, xml_declared_charset(bytes.substr(0, 256)));
  if (!utf8) {
    sink(utf8.error());
    return;
  }
  html::init();
  if (utf8->size() > static_cast<size_t>(INT32_MAX)) {
    sink(Error{name + ": file too large"});
    return;
  }
  const int options = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_IGNORE_ENC |
                      XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES;
  std::unique_ptr<xmlTextReader, ReaderFree> rd(
      xmlReaderForMemory(utf8->data(), static_cast<int>(utf8->size()), nullptr, "UTF-8", options));
  if (!rd) {
    sink(Error{name + ": cannot read the feed"});
    return;
  }
  ParseError err;
  xmlTextReaderSetStructuredErrorHandler(rd.get(), &on_error, &err);
  FeedInfo feed;
  feed.stem = slug(path.stem().string());
  if (feed.stem.empty())
    feed.stem = "feed";
  bool seen_root = false;
  int r = xmlTextReaderRead(rd.get());
  while (r == 1) {
    if (xmlTextReaderNodeType(rd.get()) == XML_READER_TYPE_ELEMENT) {
      const std::string_view local = sv(xmlTextReaderConstLocalName(rd.get()));
      if (!seen_root) {
        seen_root = true;
        if (local != "rss" && local != "feed" && local != "RDF") {
          sink(Error{name + ": not an RSS or Atom feed (root element <" + std::string(local) +
                     ">)"});
          return;
        }
        feed.lang = html::primary_language(sv(xmlTextReaderConstXmlLang(rd.get())));
      } else if (local == "item" || local == "entry") {
        const std::string item_lang(sv(xmlTextReaderConstXmlLang(rd.get())));
        xmlNode* item = xmlTextReaderExpand(rd.get());
        if (!item)
          break;
        const long line = xmlGetLineNo(item);
        ++feed.items;
        sink(parse_item(name + ":" + std::to_string(line), item, feed, item_lang));
        r = xmlTextReaderNext(rd.get());
        continue;
      } else if (local == "language" && xmlTextReaderDepth(rd.get()) <= 2 && feed.lang.empty()) {
        if (xmlNode* n = xmlTextReaderExpand(rd.get()))
          feed.lang = html::primary_language(raw_text(n));
      }
    }
    r = xmlTextReaderRead(rd.get());
  }
  if (r < 0 || !err.message.empty()) {
    const int line = err.line > 0 ? err.line : xmlTextReaderGetParserLineNumber(rd.get());
    sink(Error{name + ":" + std::to_string(line) + ": truncated or malformed feed (" +
               (err.message.empty() ? std::string("XML error") : err.message) + "); " +
               std::to_string(feed.items) + " complete items read before it"});
    return;
  }
  if (!seen_root) {
    sink(Error{name + ": not an RSS or Atom feed"});
  } else if (feed.items == 0) {
    sink(Error{name + ": feed has no items"});
  }
}

}  // namespace causeline::importers
