#include "exporters/text_escape.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

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

void put_html_char(std::string& dst, char c) {
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
    default:
      dst.push_back(c);
  }
}

}  // namespace

// Byte classes for the HTML writers: 0 copied as is, 1 whitespace or control, 2 markup to escape.
// kHtmlLine keeps ' ' in class 0 (a single space needs no work: only runs of them, other
// whitespace and controls do); kHtml also keeps '\n' and '\t'.
constexpr std::array<unsigned char, 256> make_class(bool keep_newlines) {
  std::array<unsigned char, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[static_cast<size_t>(c)] = 1;
  t[0x7f] = 1;
  if (keep_newlines)
    t['\n'] = t['\t'] = 0;
  for (unsigned char c : {'&', '<', '>', '"', '\''}) t[c] = 2;
  return t;
}
constexpr std::array<unsigned char, 256> kHtmlLine = make_class(false);
constexpr std::array<unsigned char, 256> kHtml = make_class(true);

// Appends a piece free of controls and markup, collapsing runs of spaces and dropping leading ones.
void append_spaced(std::string& dst, size_t start, std::string_view piece, bool& pending_space) {
  if (pending_space) {
    if (dst.size() > start && dst.back() != ' ' && piece.front() != ' ')
      dst.push_back(' ');
    pending_space = false;
  }
  if (piece.find("  ") == std::string_view::npos && !(dst.size() == start && piece[0] == ' ') &&
      !(piece[0] == ' ' && dst.size() > start && dst.back() == ' ')) {
    dst.append(piece);
    return;
  }
  for (char c : piece) {
    if (c == ' ' && (dst.size() == start || dst.back() == ' '))
      continue;
    dst.push_back(c);
  }
}

void append_html_line(std::string& dst, std::string_view s) {
  const size_t start = dst.size();
  bool pending_space = false;
  for_each_valid_run(s, dst, [&](std::string_view run) {
    size_t i = 0;
    while (i < run.size()) {
      size_t j = i;
      while (j < run.size() && kHtmlLine[static_cast<unsigned char>(run[j])] == 0) ++j;
      if (j > i) {
        append_spaced(dst, start, run.substr(i, j - i), pending_space);
        i = j;
        continue;
      }
      const char c = run[i++];
      if (kHtmlLine[static_cast<unsigned char>(c)] == 1) {
        pending_space = true;
        continue;
      }
      if (pending_space && dst.size() > start && dst.back() != ' ')
        dst.push_back(' ');
      pending_space = false;
      put_html_char(dst, c);
    }
  });
  while (dst.size() > start && dst.back() == ' ') dst.pop_back();
}

void append_html(std::string& dst, std::string_view s) {
  for_each_valid_run(s, dst, [&](std::string_view run) {
    size_t i = 0;
    while (i < run.size()) {
      size_t j = i;
      while (j < run.size() && kHtml[static_cast<unsigned char>(run[j])] == 0) ++j;
      dst.append(run.substr(i, j - i));
      if (j == run.size())
        break;
      const char c = run[j];
      if (kHtml[static_cast<unsigned char>(c)] == 2) {
        put_html_char(dst, c);
      } else {
        dst.push_back(' ');
      }
      i = j + 1;
    }
  });
}

std::string one_line(std::string_view s) {
  std::string out;
  append_one_line(out, s);
  return out;
}

void append_one_line(std::string& out, std::string_view s) {
  const size_t start = out.size();
  bool space = false;
  for_each_valid_run(s, out, [&](std::string_view run) {
    for (char c : run) {
      if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f) {
        space = true;
        continue;
      }
      if (space && out.size() > start)
        out.push_back(' ');
      space = false;
      out.push_back(c);
    }
  });
}

void append_html_line_cut(std::string& dst, std::string_view s, size_t max_cp) {
  thread_local std::string line;
  line.clear();
  append_one_line(line, s);
  size_t cp = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xc0) == 0x80)
      continue;
    if (cp++ == max_cp) {
      line.resize(i);
      line += "\xe2\x80\xa6";
      break;
    }
  }
  append_html(dst, line);
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
