#include "importers/extract/fold.hpp"

#include <utf8proc.h>

#include <array>
#include <cstdlib>
#include <vector>

namespace causeline::extract {

namespace {

/// The general path: apostrophes unified, then utf8proc's decomposition, case folding and mark
/// stripping.
std::string fold_unicode(std::string_view s) {
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

/// Folded forms of U+0080..U+027F (Latin-1, Latin Extended-A and -B, IPA), each computed once by
/// fold_unicode: the letters of most non-English words. Folding is per code point there (marks
/// are stripped, never reordered against letters), so a word of these folds piece by piece,
/// without utf8proc's allocation and passes.
constexpr char32_t kTableEnd = 0x280;

const std::array<std::string, kTableEnd>& two_byte_folds() {
  static const std::array<std::string, kTableEnd> table = [] {
    std::array<std::string, kTableEnd> t;
    for (char32_t cp = 0x80; cp < kTableEnd; ++cp) {
      const char utf8[2] = {static_cast<char>(0xC0 | (cp >> 6)),
                            static_cast<char>(0x80 | (cp & 0x3F))};
      t[cp] = fold_unicode(std::string_view(utf8, 2));
    }
    return t;
  }();
  return table;
}

/// Folded forms of the three-byte punctuation and symbol blocks that stand alone as tokens or sit
/// in words: General Punctuation and currency signs (U+2000..U+20BF: quotes, dashes, the
/// typographic apostrophe), CJK Symbols and Punctuation (U+3000..U+303F) and the halfwidth and
/// fullwidth forms (U+FF00..U+FFEF). Each is one code point folded by fold_unicode, as above.
struct ThreeByteBlock {
  char32_t first, last;
};
constexpr std::array<ThreeByteBlock, 3> kThreeByteBlocks = {
    {{0x2000, 0x20BF}, {0x3000, 0x303F}, {0xFF00, 0xFFEF}}};

const std::string* three_byte_fold(char32_t cp) {
  static const std::vector<std::vector<std::string>> tables = [] {
    std::vector<std::vector<std::string>> t;
    for (const auto& block : kThreeByteBlocks) {
      auto& folds = t.emplace_back();
      for (char32_t c = block.first; c <= block.last; ++c) {
        const char utf8[3] = {static_cast<char>(0xE0 | (c >> 12)),
                              static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
                              static_cast<char>(0x80 | (c & 0x3F))};
        folds.push_back(fold_unicode(std::string_view(utf8, 3)));
      }
    }
    return t;
  }();
  for (size_t b = 0; b < kThreeByteBlocks.size(); ++b) {
    if (cp >= kThreeByteBlocks[b].first && cp <= kThreeByteBlocks[b].last)
      return &tables[b][cp - kThreeByteBlocks[b].first];
  }
  return nullptr;
}

/// CJK ideographs (U+3400..U+4DBF, U+4E00..U+9FFF) have no case, no decomposition and no marks:
/// they fold to themselves. Chinese text is runs of them, each run one token.
bool folds_to_itself(char32_t cp) {
  return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF);
}

}  // namespace

void fold_into(std::string_view s, std::string& out) {
  // ASCII (most tokens of most languages): case folding is lowering, and the only apostrophe to
  // unify is '`'; the same result as utf8proc's, without its allocation and tables. Two-byte
  // sequences below U+0280 and three-byte punctuation and symbols come from tables, CJK
  // ideographs stay as they are; anything else takes the general path.
  // One pass: ASCII bytes are folded from a table while copied; the first other byte (rare)
  // sends the word to the general loop below.
  static constexpr std::array<char, 128> kAsciiFolds = [] {
    std::array<char, 128> t{};
    for (int b = 0; b < 128; ++b) {
      t[static_cast<size_t>(b)] = b >= 'A' && b <= 'Z' ? static_cast<char>(b - 'A' + 'a')
                                  : b == '`'           ? '\''
                                                       : static_cast<char>(b);
    }
    return t;
  }();
  out.assign(s);
  bool ascii = true;
  for (char& ch : out) {
    const auto b = static_cast<unsigned char>(ch);
    if (b >= 0x80) {
      ascii = false;
      break;
    }
    ch = kAsciiFolds[b];
  }
  if (ascii)
    return;
  const auto& table = two_byte_folds();
  out.clear();
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      out += b >= 'A' && b <= 'Z' ? static_cast<char>(b - 'A' + 'a') : b == '`' ? '\'' : s[i];
      ++i;
      continue;
    }
    auto continuation = [&](size_t k) {
      return k < s.size() && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80;
    };
    if (b >= 0xC2 && b <= 0xC9 && continuation(i + 1)) {
      out += table[((b & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu)];
      i += 2;
      continue;
    }
    if ((b & 0xF0) == 0xE0 && continuation(i + 1) && continuation(i + 2)) {
      const char32_t cp = ((b & 0x0Fu) << 12) |
                          ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
                          (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
      if (folds_to_itself(cp)) {
        out.append(s.substr(i, 3));
        i += 3;
        continue;
      }
      if (const std::string* f = three_byte_fold(cp)) {
        out += *f;
        i += 3;
        continue;
      }
    }
    out = fold_unicode(s);
    return;
  }
}

std::string fold(std::string_view s) {
  std::string out;
  fold_into(s, out);
  return out;
}

CharClass char_class_unicode(std::string_view s, size_t i, size_t& len, bool& upper) noexcept {
  upper = false;
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
