#pragma once
// The readable text of an HTML page: the article body without navigation, scripts, share buttons,
// cookie banners, related links or footers. Language-neutral: it relies on structure (the article
// root, link density, block length and position, class names) rather than on words.
#include <libxml/tree.h>

#include <string>

namespace causeline::importers::html {

/// The element holding the article: itemprop=articleBody, else the largest <article>, else <main>
/// or role=main, else <body>; a candidate with much less text than the page falls back to <body>.
xmlNode* content_root(xmlDoc* doc);

/// Article text below root: one paragraph per block, separated by blank lines, ending in '\n';
/// "" when nothing readable is left. With `remove_boilerplate` false (feed item content), only
/// scripts, styles and hidden elements are dropped.
std::string article_text(xmlNode* root, bool remove_boilerplate = true);

}  // namespace causeline::importers::html
