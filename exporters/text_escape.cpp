#include "exporters/text_escape.hpp"

#include "core/utf8.hpp"

namespace causeline::exporters {
namespace {

template <class F>
void for_each_valid_run(std::string_view s, std::string& dst, F&& f) {
  while (!s.empty()) {
    const size_t bad = utf8::find_invalid(s);
    if (bad == std::string_view::npos) {
      f(s);
      return;
    }
    f(s.substr(0, bad));
    dst.append("\xef\xbf\xbd");
    s.remove_prefix(bad + 1);
  }
}

}  // namespace

void append_html(std::string& dst, std::string_view s) {
  for_each_valid_run(s, dst, [&](std::string_view run) {
    for (char c : run) {
      switch (c) {
        case '&':
          dst.append("&amp;");
          break;
        case '<':
          dst.append("&lt;");
          break;
        case '>':
          dst.append("&gt;");
          break;
        case '"':
          dst.append("&quot;");
          break;
        case '\'':
          dst.append("&#39;");
          break;
        case '\n':
        case '\t':
          dst.push_back(c);
          break;
        default:
          if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
            dst.push_back(' ');
          } else {
            dst.push_back(c);
          }
      }
    }
  });
}

std::string one_line(std::string_view s) {
  std::string out;
  bool space = false;
  for_each_valid_run(s, out, [&](std::string_view run) {
    for (char c : run) {
      if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f) {
        space = true;
        continue;
      }
      if (space && !out.empty())
        out.push_back(' ');
      space = false;
      out.push_back(c);
    }
  });
  return out;
}

std::string truncate_cp(std::string_view s, size_t max_cp) {
  size_t cp = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xc0) == 0x80)
      continue;
    if (cp == max_cp)
      return std::string(s.substr(0, i)) + "\xe2\x80\xa6";
    ++cp;
  }
  return std::string(s);
}

bool is_web_url(std::string_view s) {
  if (!s.starts_with("https://") && !s.starts_with("http://"))
    return false;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u == 0x7f || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\' ||
        c == '`') {
      return false;
    }
  }
  return true;
}

}  // namespace causeline::exporters
