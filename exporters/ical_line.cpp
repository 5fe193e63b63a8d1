#include "exporters/ical_line.hpp"

#include "core/utf8.hpp"

namespace causeline::exporters::ical {
namespace {

void append_text_valid(std::string& dst, std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    switch (c) {
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
        if (i + 1 < s.size() && s[i + 1] == '\n')
          ++i;
        break;
      case '\n':
        dst.append("\\n");
        break;
      case '\t':
        dst.push_back('\t');
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
          dst.push_back(' ');
        } else {
          dst.push_back(c);
        }
    }
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
