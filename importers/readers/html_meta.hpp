#pragma once
// Article metadata from an HTML page: title, publication date, language and canonical URL, from
// Open Graph / article meta tags, JSON-LD (schema.org NewsArticle), <time datetime>, <html lang>,
// <link rel=canonical> and <title>.
#include <libxml/tree.h>

#include <string>
#include <vector>

namespace causeline::importers::html {

struct PageMeta {
  std::string title;
  std::vector<std::string> published;  // candidates as written, most trusted first
  std::string lang;                    // ISO 639-1, lower case ("it" from "it-IT"), "" when none
  std::string canonical;               // absolute http(s) URL, "" when none
};

/// Reads the metadata; `content` (the article root) is searched for <time datetime> and <h1>.
PageMeta page_meta(xmlDoc* doc, xmlNode* content);

/// "it" from "it-IT", "it_IT" or "IT"; "" for anything that is not a language tag.
std::string primary_language(std::string_view tag);

}  // namespace causeline::importers::html
