#include "importers/readers/encoding.hpp"

#include <iconv.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>

#include "core/utf8.hpp"

namespace causeline::importers {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

/// Case-insensitive find of an ASCII needle.
size_t ifind(std::string_view hay, std::string_view needle, size_t from = 0) {
  if (needle.size() > hay.size())
    return std::string_view::npos;
  for (size_t i = from; i + needle.size() <= hay.size(); ++i) {
    size_t k = 0;
    while (k < needle.size() && std::tolower(static_cast<unsigned char>(hay[i + k])) == needle[k]) {
      ++k;
    }
    if (k == needle.size())
      return i;
  }
  return std::string_view::npos;
}

/// The token after `charset=` (quotes and spaces allowed), starting at `pos`.
std::string charset_value(std::string_view s, size_t pos) {
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == '"' || s[pos] == '\'' || s[pos] == '=')) {
    ++pos;
  }
  size_t end = pos;
  while (end < s.size() && (std::isalnum(static_cast<unsigned char>(s[end])) || s[end] == '-' ||
                            s[end] == '_' || s[end] == '.' || s[end] == ':')) {
    ++end;
  }
  return std::string(s.substr(pos, end - pos));
}

std::string hex_byte(unsigned char c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", c);
  return buf;
}

struct IconvHandle {
  iconv_t cd;
  explicit IconvHandle(const std::string& from) : cd(iconv_open("UTF-8", from.c_str())) {}
  ~IconvHandle() {
    if (ok())
      iconv_close(cd);
  }
  IconvHandle(const IconvHandle&) = delete;
  IconvHandle& operator=(const IconvHandle&) = delete;
  bool ok() const { return cd != reinterpret_cast<iconv_t>(-1); }
};

}  // namespace

std::string_view bom_charset(std::string_view b) noexcept {
  if (b.size() >= 3 && b.substr(0, 3) == "\xEF\xBB\xBF")
    return "UTF-8";
  if (b.size() >= 2 && b.substr(0, 2) == "\xFF\xFE")
    return "UTF-16LE";
  if (b.size() >= 2 && b.substr(0, 2) == "\xFE\xFF")
    return "UTF-16BE";
  return {};
}

std::string xml_declared_charset(std::string_view head) {
  if (head.substr(0, 5) != "<?xml")
    return {};
  size_t end = head.find("?>");
  std::string_view decl = head.substr(0, end);
  size_t at = decl.find("encoding");
  if (at == std::string_view::npos)
    return {};
  return charset_value(decl, at + 8);
}

std::string html_declared_charset(std::string_view head) {
  head = head.substr(0, 4096);
  size_t pos = 0;
  while ((pos = ifind(head, "<meta", pos)) != std::string_view::npos) {
    size_t end = head.find('>', pos);
    std::string_view tag = head.substr(pos, end == std::string_view::npos ? end : end - pos);
    if (size_t at = ifind(tag, "charset"); at != std::string_view::npos) {
      std::string v = charset_value(tag, at + 7);
      if (!v.empty())
        return v;
    }
    pos += 5;
  }
  return {};
}

std::string canonical_charset(std::string_view label) {
  std::string l = lower(label);
  if (l == "utf-8" || l == "utf8" || l == "unicode-1-1-utf-8")
    return "UTF-8";
  // WHATWG Encoding: these labels all mean windows-1252 on the web.
  if (l == "iso-8859-1" || l == "iso8859-1" || l == "latin1" || l == "l1" || l == "us-ascii" ||
      l == "ascii" || l == "cp1252" || l == "windows-1252" || l == "x-cp1252" ||
      l == "iso_8859-1" || l == "cp819" || l == "ibm819") {
    return "WINDOWS-1252";
  }
  std::string up = l;
  std::transform(up.begin(), up.end(), up.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return up;
}

std::pair<size_t, size_t> line_column(std::string_view text, size_t offset) noexcept {
  offset = std::min(offset, text.size());
  size_t line = 1, line_start = 0;
  for (size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  return {line, offset - line_start + 1};
}

Result<std::string> to_utf8(const std::filesystem::path& path, std::string_view bytes,
                            std::string_view declared) {
  const std::string name = path.string();
  std::string charset;
  if (std::string_view bom = bom_charset(bytes); !bom.empty()) {
    bytes.remove_prefix(bom == "UTF-8" ? 3 : 2);
    charset = bom;
  } else {
    charset = declared.empty() ? "UTF-8" : canonical_charset(declared);
  }
  if (charset == "UTF-8") {
    if (auto bad = utf8::find_invalid(bytes); bad != std::string_view::npos) {
      auto [line, col] = line_column(bytes, bad);
      return Error{name + ":" + std::to_string(line) + ":" + std::to_string(col) +
                   ": invalid UTF-8 byte " + hex_byte(static_cast<unsigned char>(bytes[bad]))};
    }
    if (auto nul = bytes.find('\0'); nul != std::string_view::npos) {
      return Error{name + ": binary file (NUL byte at offset " + std::to_string(nul) + ")"};
    }
    return std::string(bytes);
  }
  if (charset != "UTF-16LE" && charset != "UTF-16BE") {
    // Single- and multi-byte legacy charsets never need NUL: a NUL means binary data.
    if (auto nul = bytes.find('\0'); nul != std::string_view::npos) {
      return Error{name + ": binary file (NUL byte at offset " + std::to_string(nul) + ")"};
    }
  }
  IconvHandle h(charset);
  if (!h.ok())
    return Error{name + ": unknown charset '" + std::string(declared) + "'"};
  std::string out;
  out.resize(bytes.size() * 2 + 16);
  char* in = const_cast<char*>(bytes.data());
  size_t in_left = bytes.size();
  size_t done = 0;
  while (in_left > 0) {
    char* dst = out.data() + done;
    size_t dst_left = out.size() - done;
    size_t r = iconv(h.cd, &in, &in_left, &dst, &dst_left);
    done = out.size() - dst_left;
    if (r != static_cast<size_t>(-1))
      break;
    if (errno == E2BIG) {
      out.resize(out.size() * 2);
      continue;
    }
    const size_t at = bytes.size() - in_left;
    // Lines are counted in the original bytes (ASCII newlines in every supported charset but
    // UTF-16, where the converted text gives the line).
    std::string where;
    if (charset == "UTF-16LE" || charset == "UTF-16BE") {
      auto [line, col] = line_column(std::string_view(out.data(), done), done);
      where = std::to_string(line) + ":" + std::to_string(col);
    } else {
      auto [line, col] = line_column(bytes, at);
      where = std::to_string(line) + ":" + std::to_string(col);
    }
    const std::string what = errno == EINVAL ? "truncated " + lower(charset) + " sequence"
                                             : "invalid " + lower(charset) + " byte " +
                                                   hex_byte(static_cast<unsigned char>(bytes[at]));
    return Error{name + ":" + where + ": " + what};
  }
  {
    char* dst = out.data() + done;
    size_t dst_left = out.size() - done;
    iconv(h.cd, nullptr, nullptr, &dst, &dst_left);  // flush stateful charsets (ISO-2022-JP)
    done = out.size() - dst_left;
  }
  out.resize(done);
  if (auto nul = out.find('\0'); nul != std::string::npos) {
    return Error{name + ": binary file (NUL character after decoding " + charset + ")"};
  }
  return out;
}

}  // namespace causeline::importers
