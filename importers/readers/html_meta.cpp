#include "importers/readers/html_meta.hpp"

#include <cctype>
#include <nlohmann/json.hpp>

#include "importers/readers/doc_id.hpp"
#include "importers/readers/html_dom.hpp"

namespace causeline::importers::html {
namespace {

std::string lower(std::string_view s) {
  std::string out;
  for (char c : s) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

/// Candidates found while walking, kept by priority (lower index wins).
struct Found {
  std::string title[4];      // og:title, json-ld headline, h1, <title>
  std::string published[4];  // article:published_time, json-ld, itemprop/meta date names, <time>
  std::string lang[4];       // <html lang>, json-ld inLanguage, content-language, og:locale
  std::string canonical[3];  // link rel=canonical, og:url, json-ld url

  static void set(std::string& slot, std::string_view v) {
    v = trim(v);
    if (slot.empty() && !v.empty())
      slot = std::string(v);
  }
};

bool is_article_type(const nlohmann::json& t) {
  auto one = [](const std::string& s) {
    return s.find("Article") != std::string::npos || s == "BlogPosting" || s == "Report" ||
           s == "LiveBlogPosting" || s == "WebPage";
  };
  if (t.is_string())
    return one(t.get<std::string>());
  if (t.is_array()) {
    for (const auto& x : t) {
      if (x.is_string() && one(x.get<std::string>()))
        return true;
    }
  }
  return false;
}

std::string json_str(const nlohmann::json& o, const char* key) {
  auto it = o.find(key);
  if (it == o.end())
    return {};
  if (it->is_string())
    return it->get<std::string>();
  if (it->is_object()) {
    if (auto id = it->find("@id"); id != it->end() && id->is_string())
      return id->get<std::string>();
    if (auto n = it->find("name"); n != it->end() && n->is_string())
      return n->get<std::string>();
  }
  return {};
}

void read_json_ld(std::string_view script, Found& f) {
  auto j = nlohmann::json::parse(script, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded())
    return;
  // Breadth-first over objects, arrays and @graph, bounded so hostile input stays cheap.
  std::vector<const nlohmann::json*> todo = {&j};
  for (size_t i = 0; i < todo.size() && i < 256; ++i) {
    const nlohmann::json& o = *todo[i];
    if (o.is_array()) {
      for (const auto& x : o) todo.push_back(&x);
      continue;
    }
    if (!o.is_object())
      continue;
    if (auto g = o.find("@graph"); g != o.end())
      todo.push_back(&*g);
    auto type = o.find("@type");
    if (type == o.end() || !is_article_type(*type))
      continue;
    Found::set(f.title[1], json_str(o, "headline"));
    Found::set(f.published[1], json_str(o, "datePublished"));
    Found::set(f.lang[1], json_str(o, "inLanguage"));
    std::string url = json_str(o, "url");
    if (url.empty())
      url = json_str(o, "mainEntityOfPage");
    if (is_web_url(url))
      Found::set(f.canonical[2], url);
  }
}

}  // namespace

std::string primary_language(std::string_view tag) {
  tag = trim(tag);
  size_t end = 0;
  while (end < tag.size() && std::isalpha(static_cast<unsigned char>(tag[end]))) ++end;
  if (end < 2 || end > 3)
    return {};
  if (end < tag.size() && tag[end] != '-' && tag[end] != '_')
    return {};
  return lower(tag.substr(0, end));
}

PageMeta page_meta(xmlDoc* doc, xmlNode* content) {
  Found f;
  xmlNode* top = xmlDocGetRootElement(doc);
  if (!top)
    return {};
  Found::set(f.lang[0], attr(top, "lang"));
  if (f.lang[0].empty())
    Found::set(f.lang[0], attr(top, "xml:lang"));
  walk(top, [&](xmlNode* n) {
    std::string_view nm = name(n);
    if (nm.empty())
      return false;
    if (nm == "title") {
      Found::set(f.title[3], inner_text(n));
      return false;
    }
    if (nm == "meta") {
      const std::string key = lower(!attr(n, "property").empty() ? attr(n, "property")
                                    : !attr(n, "name").empty()   ? attr(n, "name")
                                                                 : attr(n, "itemprop"));
      const std::string_view value = attr(n, "content");
      if (key == "og:title")
        Found::set(f.title[0], value);
      if (key == "article:published_time" || key == "og:published_time") {
        Found::set(f.published[0], value);
      }
      if (key == "datepublished" || key == "date" || key == "pubdate" || key == "publishdate" ||
          key == "dc.date" || key == "dc.date.issued" || key == "dcterms.created" ||
          key == "dcterms.issued" || key == "parsely-pub-date" || key == "sailthru.date") {
        Found::set(f.published[2], value);
      }
      if (key == "og:url" && is_web_url(value))
        Found::set(f.canonical[1], value);
      if (key == "og:locale")
        Found::set(f.lang[3], value);
      if (lower(attr(n, "http-equiv")) == "content-language")
        Found::set(f.lang[2], value);
      return false;
    }
    if (nm == "link") {
      if (lower(attr(n, "rel")) == "canonical" && is_web_url(attr(n, "href"))) {
        Found::set(f.canonical[0], attr(n, "href"));
      }
      return false;
    }
    if (nm == "script") {
      if (lower(attr(n, "type")) == "application/ld+json") {
        std::string body;
        for (xmlNode* c = n->children; c; c = c->next) body += text(c);
        read_json_ld(body, f);
      }
      return false;
    }
    if (nm == "style")
      return false;
    if (attr(n, "itemprop") == "datePublished") {
      Found::set(f.published[2],
                 !attr(n, "datetime").empty() ? attr(n, "datetime") : attr(n, "content"));
    }
    return true;
  });
  if (content) {
    walk(content, [&](xmlNode* n) {
      std::string_view nm = name(n);
      if (nm.empty())
        return false;
      if (nm == "time" && f.published[3].empty())
        Found::set(f.published[3], attr(n, "datetime"));
      if (nm == "h1" && f.title[2].empty())
        Found::set(f.title[2], inner_text(n));
      return f.published[3].empty() || f.title[2].empty();
    });
  }
  PageMeta m;
  for (auto& t : f.title) {
    if (m.title.empty())
      m.title = t;
  }
  for (auto& p : f.published) {
    if (!p.empty())
      m.published.push_back(p);
  }
  for (auto& l : f.lang) {
    if (m.lang.empty())
      m.lang = primary_language(l);
  }
  for (auto& c : f.canonical) {
    if (m.canonical.empty())
      m.canonical = c;
  }
  return m;
}

}  // namespace causeline::importers::html
