#include "exporters/ical_line.hpp"

#include <array>

#include "core/utf8.hpp"
#include "exporters/text_escape.hpp"

namespace causeline::exporters::ical {
namespace {

// 1 = needs escaping or replacing in TEXT (\ ; , line breaks, controls other than tab).
constexpr std::array<unsigned char, 256> kTextClass = [] {
  std::array<unsigned char, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[static_cast<size_t>(c)] = 1;
  t['\t'] = 0;
  t[0x7f] = t['\\'] = t[';'] = t[','] = 1;
  return t;
}();

void append_text_valid(std::string& dst, std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i;
    while (j < s.size() && kTextClass[static_cast<unsigned char>(s[j])] == 0) ++j;
    dst.append(s.substr(i, j - i));
    if (j == s.size())
      return;
    switch (s[j]) {
      case '\\':
        dst.append("\\\\");
        break;
      case ';':
        dst.append("\\;");
        break;
      case ',':
        dst.append("\\,");
        break;
      case '\r':
        dst.append("\\n");
        if (j + 1 < s.size() && s[j + 1] == '\n')
          ++j;
        break;
      case '\n':
        dst.append("\\n");
        break;
      default:
        dst.push_back(' ');
    }
    i = j + 1;
  }
}

}  // namespace

void append_text(std::string& dst, std::string_view s) {
  while (!s.empty()) {
    const size_t bad = utf8::find_invalid(s);
    if (bad == std::string_view::npos) {
      append_text_valid(dst, s);
      return;
    }
    append_text_valid(dst, s.substr(0, bad));
    dst.append("\xef\xbf\xbd");
    s.remove_prefix(bad + 1);
  }
}

void append_uri(std::string& dst, std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  static constexpr std::string_view kUnsafe = "\"<>\\^`{|} ";
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c <= 0x20 || c >= 0x7f || kUnsafe.find(ch) != std::string_view::npos) {
      dst.push_back('%');
      dst.push_back(kHex[c >> 4]);
      dst.push_back(kHex[c & 0xf]);
    } else {
      dst.push_back(ch);
    }
  }
}

void put_folded(Sink& out, std::string_view line) {
  size_t limit = 75;  // the first physical line; continuations lose one octet to the leading space
  while (line.size() > limit) {
    size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xc0) == 0x80) --cut;
    out.put(line.substr(0, cut));
    out.put("\r\n ");
    line.remove_prefix(cut);
    limit = 74;
  }
  out.put(line);
  out.put("\r\n");
}

}  // namespace causeline::exporters::ical
