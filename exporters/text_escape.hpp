#pragma once
// Escaping shared by the HTML-producing exporters (TimelineJS, vis, report), plus UTF-8-safe
// truncation and single-line flattening for labels.
#include <string>
#include <string_view>

namespace causeline::exporters {

/// Appends s with & < > " ' escaped; control characters except \n and \t become spaces and invalid
/// UTF-8 becomes U+FFFD.
void append_html(std::string& dst, std::string_view s);
inline std::string html(std::string_view s) {
  std::string out;
  append_html(out, s);
  return out;
}
/// append_html(dst, one_line(s)) in one pass, without the temporary.
void append_html_line(std::string& dst, std::string_view s);
inline std::string html_line(std::string_view s) {
  std::string out;
  append_html_line(out, s);
  return out;
}
/// html(truncate_cp(one_line(s), max_cp)), appended without temporaries.
void append_html_line_cut(std::string& dst, std::string_view s, size_t max_cp);
/// s on one line: every run of whitespace or control characters becomes one space; trimmed;
/// invalid UTF-8 becomes U+FFFD.
std::string one_line(std::string_view s);
void append_one_line(std::string& dst, std::string_view s);
/// At most max_cp code points of s, with "…" appended when something was cut.
std::string truncate_cp(std::string_view s, size_t max_cp);
/// True for http:// and https:// URLs without characters that could break out of an attribute.
bool is_web_url(std::string_view s);

}  // namespace causeline::exporters
