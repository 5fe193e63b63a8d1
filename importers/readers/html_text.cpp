#include "importers/readers/html_text.hpp"

#include <array>
#include <cctype>
#include <vector>

#include "core/utf8.hpp"
#include "importers/readers/html_dom.hpp"

namespace causeline::importers::html {
namespace {

constexpr std::array<std::string_view, 20> kNeverText = {
    "script", "style",  "noscript", "template", "svg",    "math",  "head",
    "iframe", "object", "embed",    "canvas",   "video",  "audio", "select",
    "button", "input",  "textarea", "dialog",   "option", "map"};
// Page furniture: dropped when looking for the article, kept in feed content.
constexpr std::array<std::string_view, 6> kFurniture = {"nav",  "footer", "aside",
                                                        "form", "header", "menu"};
constexpr std::array<std::string_view, 33> kBlocks = {
    "p",    "div",     "section", "article",    "main",    "h1",         "h2",
    "h3",   "h4",      "h5",      "h6",         "li",      "ul",         "ol",
    "dl",   "dt",      "dd",      "blockquote", "pre",     "table",      "tr",
    "td",   "th",      "hr",      "address",    "figure",  "figcaption", "center",
    "body", "details", "summary", "caption",    "fieldset"};
// Class or id words that mark page furniture in any language's markup.
constexpr std::array<std::string_view, 42> kFurnitureWords = {
    "share",       "sharing",       "social",     "cookie",      "cookies",      "consent",
    "gdpr",        "banner",        "newsletter", "subscribe",   "subscription", "related",
    "recommended", "comments",      "comment",    "footer",      "nav",          "navbar",
    "navigation",  "menu",          "breadcrumb", "breadcrumbs", "sidebar",      "widget",
    "advert",      "advertisement", "ad",         "ads",         "adsbygoogle",  "promo",
    "popup",       "modal",         "skip",       "print",       "tags",         "paywall",
    "masthead",    "toolbar",       "disqus",     "outbrain",    "taboola",      "sponsored"};
// Boilerplate lines that carry no article content, compared case-insensitively after trimming.
constexpr std::array<std::string_view, 30> kBoilerLines = {"share",
                                                           "share this",
                                                           "tweet",
                                                           "print",
                                                           "email",
                                                           "read more",
                                                           "advertisement",
                                                           "skip to content",
                                                           "exit mobile version",
                                                           "subscribe",
                                                           "follow us",
                                                           "related",
                                                           "comments",
                                                           "leave a comment",
                                                           "condividi",
                                                           "pubblicità",
                                                           "partager",
                                                           "publicité",
                                                           "compartir",
                                                           "publicidad",
                                                           "teilen",
                                                           "werbung",
                                                           "compartilhar",
                                                           "publicidade",
                                                           "分享",
                                                           "广告",
                                                           "leggi anche",
                                                           "lire aussi",
                                                           "lee también",
                                                           "lesen sie auch"};

template <size_t N>
bool in(const std::array<std::string_view, N>& set, std::string_view s) {
  for (auto x : set) {
    if (x == s)
      return true;
  }
  return false;
}

bool furniture_words(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !std::isalnum(static_cast<unsigned char>(s[i]))) ++i;
    size_t j = i;
    std::string word;
    while (j < s.size() && std::isalnum(static_cast<unsigned char>(s[j]))) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(s[j])));
      ++j;
    }
    if (!word.empty() && in(kFurnitureWords, word))
      return true;
    i = j;
  }
  return false;
}

bool hidden(const xmlNode* n) {
  if (has_attr(n, "hidden") || attr(n, "aria-hidden") == "true")
    return true;
  std::string style;
  for (char c : attr(n, "style")) {
    if (c != ' ')
      style += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

/// Link density of a subtree: bytes of text inside <a> over all text bytes, judged on the first
/// few KiB (so nested furniture-like containers stay linear).
double link_density(xmlNode* n) {
  size_t all = 0, linked = 0;
  walk(n, [&](xmlNode* c) {
    if (all > 4096)
      return false;
    if (name(c) == "a") {
      size_t l = text_length(c, 4096);
      linked += l;
      all += l;
      return false;
    }
    all += trim(text(c)).size();
    return true;
  });
  return all ? static_cast<double>(linked) / static_cast<double>(all) : 0.0;
}

bool furniture(xmlNode* n) {
  std::string_view nm = name(n);
  if (in(kFurniture, nm))
    return true;
  std::string_view role = attr(n, "role");
  if (role == "navigation" || role == "banner" || role == "contentinfo" ||
      role == "complementary" || role == "search" || role == "dialog" || role == "alertdialog") {
    return true;
  }
  if (!furniture_words(attr(n, "class")) && !furniture_words(attr(n, "id")))
    return false;
  if (nm == "body" || nm == "html" || nm == "article" || nm == "main")
    return false;
  // A container named like furniture that holds the bulk of the article is not furniture.
  return text_length(n, 600) < 600 || link_density(n) > 0.3;
}

struct Block {
  std::string text;
  size_t link_bytes = 0;
  bool heading = false;
};

class BlockCollector {
 public:
  explicit BlockCollector(bool clean) : clean_(clean) {}

  void run(xmlNode* root) {
    // An explicit stack of (node, leaving) so blocks can be closed on the way out.
    std::vector<std::pair<xmlNode*, bool>> stack;
    stack.emplace_back(root, false);
    while (!stack.empty()) {
      auto [n, leaving] = stack.back();
      stack.pop_back();
      std::string_view nm = name(n);
      if (leaving) {
        if (nm == "a")
          --in_link_;
        if (nm == "pre")
          --in_pre_;
        if (in(kBlocks, nm))
          flush();
        continue;
      }
      if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        add_text(text(n));
        continue;
      }
      if (n->type != XML_ELEMENT_NODE && n->type != XML_DOCUMENT_NODE &&
          n->type != XML_HTML_DOCUMENT_NODE) {
        continue;
      }
      if (in(kNeverText, nm) || hidden(n))
        continue;
      if (clean_ && n != root && furniture(n))
        continue;
      if (nm == "br") {
        cur_.text += '\n';
        continue;
      }
      if (in(kBlocks, nm)) {
        flush();
        if (nm.size() == 2 && nm[0] == 'h' && nm[1] >= '1' && nm[1] <= '6')
          heading_ = true;
      }
      if (nm == "a")
        ++in_link_;
      if (nm == "pre")
        ++in_pre_;
      stack.emplace_back(n, true);
      // Children pushed in reverse so they pop in document order.
      xmlNode* last = n->children;
      while (last && last->next) last = last->next;
      for (xmlNode* c = last; c; c = c->prev) stack.emplace_back(c, false);
    }
    flush();
  }

  std::vector<Block> blocks;

 private:
  void add_text(std::string_view t) {
    const size_t before = cur_.text.size();
    if (in_pre_ > 0) {
      cur_.text.append(t);
    } else {
      append_collapsed(cur_.text, t);
    }
    if (in_link_ > 0)
      cur_.link_bytes += cur_.text.size() - before;
  }

  void flush() {
    // Tidy lines: collapse spaces around the newlines <br> produced, drop empty lines.
    std::string out;
    size_t pos = 0;
    const std::string& t = cur_.text;
    while (pos <= t.size()) {
      size_t eol = t.find('\n', pos);
      if (eol == std::string::npos)
        eol = t.size();
      std::string_view line = in_pre_ > 0 ? std::string_view(t).substr(pos, eol - pos)
                                          : trim(std::string_view(t).substr(pos, eol - pos));
      if (!trim(line).empty()) {
        if (!out.empty())
          out += '\n';
        out += line;
      }
      pos = eol + 1;
    }
    if (!out.empty()) {
      cur_.text = std::move(out);
      cur_.heading = heading_;
      blocks.push_back(std::move(cur_));
    }
    cur_ = Block{};
    heading_ = false;
  }

  bool clean_;
  Block cur_;
  bool heading_ = false;
  int in_link_ = 0;
  int in_pre_ = 0;
};

/// The block's text trimmed and without the '.', ':', '!' and spaces it ends in: the form
/// boilerplate lines are compared in, ignoring ASCII case.
std::string_view bare_line(std::string_view s) {
  std::string_view v = trim(s);
  while (!v.empty() && (v.back() == '.' || v.back() == ':' || v.back() == '!' || v.back() == ' '))
    v.remove_suffix(1);
  return v;
}

/// Whether `s` with its ASCII letters lowered is `lower`; nothing is copied (blocks are whole
/// paragraphs, the words they are compared with a few letters).
bool equals_lowered(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size())
    return false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i] >= 'A' && s[i] <= 'Z' ? static_cast<char>(s[i] - 'A' + 'a') : s[i];
    if (c != lower[i])
      return false;
  }
  return true;
}

enum class Kind { good, shortish, bad };

Kind classify(const Block& b) {
  const std::string_view t = b.text;
  const size_t chars = utf8::codepoints(t, t.size());
  const std::string_view line = bare_line(t);
  for (std::string_view boiler : kBoilerLines) {
    if (equals_lowered(line, boiler))
      return Kind::bad;
  }
  if (chars < 200 &&
      (t.find("©") != std::string_view::npos || equals_lowered(line.substr(0, 9), "copyright"))) {
    return Kind::bad;
  }
  if (b.link_bytes * 2 > t.size())
    return Kind::bad;
  // Han text packs a word into 3 bytes: count characters, and need fewer of them.
  const bool han = t.size() > chars * 2;
  if (b.heading || chars < (han ? 15u : 50u))
    return Kind::shortish;
  return Kind::good;
}

}  // namespace

xmlNode* content_root(xmlDoc* doc) {
  xmlNode* top = xmlDocGetRootElement(doc);
  if (!top)
    return nullptr;
  xmlNode* body = nullptr;
  xmlNode* body_text = nullptr;
  xmlNode* best_article = nullptr;
  size_t best_article_len = 0;
  xmlNode* main = nullptr;
  int articles = 0;
  walk(top, [&](xmlNode* n) {
    std::string_view nm = name(n);
    if (nm.empty())
      return false;
    if (nm == "script" || nm == "style" || nm == "head")
      return false;
    if (nm == "body" && !body)
      body = n;
    if (!body_text && attr(n, "itemprop") == "articleBody")
      body_text = n;
    if (nm == "article" && ++articles <= 50) {  // bounded: nested articles must stay linear
      size_t len = text_length(n);
      if (len > best_article_len) {
        best_article = n;
        best_article_len = len;
      }
    }
    if (!main && (nm == "main" || attr(n, "role") == "main"))
      main = n;
    return true;
  });
  xmlNode* page = body ? body : top;
  const size_t page_len = text_length(page);
  for (xmlNode* cand : {body_text, best_article, main}) {
    if (!cand)
      continue;
    const size_t len = cand == best_article ? best_article_len : text_length(cand);
    if (len >= 500 || len * 4 >= page_len)
      return cand;
  }
  return page;
}

std::string article_text(xmlNode* root, bool remove_boilerplate) {
  if (!root)
    return {};
  BlockCollector c(remove_boilerplate);
  c.run(root);
  std::vector<Kind> kinds;
  kinds.reserve(c.blocks.size());
  for (const Block& b : c.blocks) kinds.push_back(remove_boilerplate ? classify(b) : Kind::good);
  size_t first_good = kinds.size(), last_good = 0;
  for (size_t i = 0; i < kinds.size(); ++i) {
    if (kinds[i] == Kind::good) {
      first_good = std::min(first_good, i);
      last_good = i;
    }
  }
  std::string out;
  for (size_t i = 0; i < c.blocks.size(); ++i) {
    if (kinds[i] == Kind::bad)
      continue;
    if (kinds[i] == Kind::shortish && first_good < kinds.size()) {
      // Short blocks survive between good ones, and a heading right before the first good one.
      const bool inside = i > first_good && i < last_good;
      const bool lead_heading = c.blocks[i].heading && i + 1 == first_good;
      if (!inside && !lead_heading)
        continue;
    }
    if (!out.empty())
      out += "\n\n";
    out += c.blocks[i].text;
  }
  if (!out.empty())
    out += '\n';
  return out;
}

}  // namespace causeline::importers::html
