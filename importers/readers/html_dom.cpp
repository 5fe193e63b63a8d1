#include "importers/readers/html_dom.hpp"

#include <libxml/parser.h>

#include <cctype>
#include <mutex>

namespace causeline::importers::html {
namespace {

bool iequals(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size())
    return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

std::string_view sv(const xmlChar* s) noexcept {
  return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view();
}

bool is_space(char c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool skipped_for_text(const xmlNode* n) {
  auto nm = name(n);
  return nm == "script" || nm == "style" || nm == "noscript" || nm == "template";
}

}  // namespace

void init() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

DocPtr parse(std::string_view utf8_html) {
  init();
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                      HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC |
                      XML_PARSE_HUGE;  // lifts the nesting (256) and text-node size limits
  if (utf8_html.size() > static_cast<size_t>(INT32_MAX))
    return nullptr;
  return DocPtr(htmlReadMemory(utf8_html.data(), static_cast<int>(utf8_html.size()), nullptr,
                               "UTF-8", options));
}

std::string_view name(const xmlNode* n) noexcept {
  if (!n || n->type != XML_ELEMENT_NODE)
    return {};
  return sv(n->name);
}

std::string_view attr(const xmlNode* n, std::string_view attr_name) noexcept {
  if (!n || n->type != XML_ELEMENT_NODE)
    return {};
  for (const xmlAttr* a = n->properties; a; a = a->next) {
    if (iequals(sv(a->name), attr_name)) {
      if (a->children && (a->children->type == XML_TEXT_NODE) && !a->children->next) {
        return sv(a->children->content);
      }
      return {};
    }
  }
  return {};
}

bool has_attr(const xmlNode* n, std::string_view attr_name) noexcept {
  if (!n || n->type != XML_ELEMENT_NODE)
    return false;
  for (const xmlAttr* a = n->properties; a; a = a->next) {
    if (iequals(sv(a->name), attr_name))
      return true;
  }
  return false;
}

std::string_view text(const xmlNode* n) noexcept {
  if (!n || (n->type != XML_TEXT_NODE && n->type != XML_CDATA_SECTION_NODE))
    return {};
  return sv(n->content);
}

std::string_view trim(std::string_view s) noexcept {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

void append_collapsed(std::string& out, std::string_view t) {
  // Runs of other bytes are appended whole, not byte by byte.
  for (size_t i = 0; i < t.size(); ++i) {
    size_t run = i;
    while (run < t.size() && !is_space(t[run])) ++run;
    out.append(t, i, run - i);
    if (run == t.size())
      break;
    if (!out.empty() && out.back() != ' ' && out.back() != '\n')
      out.push_back(' ');
    i = run;  // the space just read; the loop steps past it
  }
}

std::string inner_text(xmlNode* n) {
  std::string out;
  walk(n, [&](xmlNode* c) {
    if (skipped_for_text(c))
      return false;
    append_collapsed(out, text(c));
    return true;
  });
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

size_t text_length(xmlNode* n, size_t limit) {
  size_t len = 0;
  walk(n, [&](xmlNode* c) {
    if (len > limit || skipped_for_text(c))
      return false;
    len += trim(text(c)).size();
    return true;
  });
  return len;
}

}  // namespace causeline::importers::html
