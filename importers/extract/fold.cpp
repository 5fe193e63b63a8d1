#include "importers/extract/fold.hpp"

#include <utf8proc.h>

#include <cstdlib>

namespace causeline::extract {

std::string fold(std::string_view s) {
  // ASCII (most tokens of most languages): case folding is lowering, and the only apostrophe to
  // unify is '`'; the same result as utf8proc's, without its allocation and tables.
  bool ascii = true;
  for (char ch : s) {
    if (static_cast<unsigned char>(ch) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    std::string out(s);
    for (char& ch : out) {
      if (ch >= 'A' && ch <= 'Z')
        ch = static_cast<char>(ch - 'A' + 'a');
      else if (ch == '`')
        ch = '\'';
    }
    return out;
  }
  std::string unified;
  unified.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t len = 1;
    bool upper = false;
    CharClass c = char_class(s, i, len, upper);
    if (c == CharClass::apostrophe) {
      unified += '\'';
    } else {
      unified.append(s.substr(i, len));
    }
    i += len;
  }
  utf8proc_uint8_t* out = nullptr;
  const auto opts = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_DECOMPOSE |
                                                   UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(unified.data()),
                                    static_cast<utf8proc_ssize_t>(unified.size()), &out, opts);
  if (n < 0) {
    for (char& ch : unified) {
      if (ch >= 'A' && ch <= 'Z')
        ch = static_cast<char>(ch - 'A' + 'a');
    }
    return unified;
  }
  std::string result(reinterpret_cast<const char*>(out), static_cast<size_t>(n));
  std::free(out);
  return result;
}

CharClass char_class(std::string_view s, size_t i, size_t& len, bool& upper) noexcept {
  upper = false;
  if (const auto b = static_cast<unsigned char>(s[i]); b < 0x80) {
    // ASCII without a table lookup; the classes are those utf8proc gives the same code points.
    len = 1;
    if (b >= 'a' && b <= 'z')
      return CharClass::letter;
    if (b >= 'A' && b <= 'Z') {
      upper = true;
      return CharClass::letter;
    }
    if (b >= '0' && b <= '9')
      return CharClass::digit;
    if (b == ' ' || b < 0x20 || b == 0x7f)
      return CharClass::space;  // Zs and Cc
    if (b == '\'' || b == '`')
      return CharClass::apostrophe;
    if (b == '-')
      return CharClass::hyphen;
    return CharClass::other;
  }
  utf8proc_int32_t cp = -1;
  utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                        static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  if (n <= 0) {
    len = 1;
    return CharClass::other;
  }
  len = static_cast<size_t>(n);
  switch (cp) {
    case '\'':
    case 0x2019:  // ’
    case 0x02BC:  // ʼ
    case 0x2018:  // ‘ (used as an apostrophe by some typesetters)
    case '`':
      return CharClass::apostrophe;
    case '-':
    case 0x2010:  // hyphen
    case 0x2011:  // non-breaking hyphen
      return CharClass::hyphen;
    default:
      break;
  }
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
      upper = true;
      return CharClass::letter;
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
      return CharClass::letter;
    case UTF8PROC_CATEGORY_ND:
      return CharClass::digit;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:
      return CharClass::space;
    default:
      return CharClass::other;
  }
}

}  // namespace causeline::extract
