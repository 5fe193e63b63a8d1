#pragma once
// A thin RAII layer over libxml2's HTML parser and tree, shared by the HTML and feed readers.
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace causeline::importers::html {

struct DocFree {
  void operator()(xmlDoc* d) const noexcept { xmlFreeDoc(d); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocFree>;

/// Parses UTF-8 HTML leniently (recovering from errors, no network, any nesting depth); null only
/// when libxml2 cannot build a tree at all. Thread-safe once init() has run.
DocPtr parse(std::string_view utf8_html);

/// Initialises libxml2 once per process (call before using it from several threads).
void init();

/// Lower-case element name ("" for non-elements).
std::string_view name(const xmlNode* n) noexcept;
/// Attribute value, or "" when absent. Names are compared case-insensitively.
std::string_view attr(const xmlNode* n, std::string_view attr_name) noexcept;
bool has_attr(const xmlNode* n, std::string_view attr_name) noexcept;
/// Text of a text or CDATA node.
std::string_view text(const xmlNode* n) noexcept;

/// Depth-first pre-order walk without recursion (documents can nest without limit).
/// visit(node) returns false to skip the node's children.
template <class Visit>
void walk(xmlNode* root, Visit&& visit) {
  xmlNode* cur = root;
  while (cur) {
    bool descend = visit(cur);
    // Only elements are entered: an entity reference's children belong to its declaration.
    if (descend && cur->children &&
        (cur->type == XML_ELEMENT_NODE || cur->type == XML_DOCUMENT_NODE ||
         cur->type == XML_HTML_DOCUMENT_NODE)) {
      cur = cur->children;
      continue;
    }
    while (cur && cur != root && !cur->next) cur = cur->parent;
    if (!cur || cur == root)
      break;
    cur = cur->next;
  }
}

/// Every text character below n (script and style excluded), whitespace runs collapsed to one
/// space.
std::string inner_text(xmlNode* n);
/// Byte length of the text below n (script and style excluded), counting stops past `limit`.
size_t text_length(xmlNode* n, size_t limit = SIZE_MAX);

/// Appends text to out collapsing whitespace runs into one space (none at the start of out).
void append_collapsed(std::string& out, std::string_view text);
/// s without leading and trailing ASCII whitespace.
std::string_view trim(std::string_view s) noexcept;

}  // namespace causeline::importers::html
