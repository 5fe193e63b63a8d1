#pragma once
// Text folding for lexicon lookups: Unicode case folding, accents stripped, typographic apostrophes
// unified, so "Perché", "PERCHE" and "perche" meet the same lexicon entry.
#include <array>
#include <string>
#include <string_view>

namespace causeline::extract {

/// Case-folded, accent-stripped form of s (NFD + casefold + strip marks); ’ ʼ ` become '.
/// Invalid UTF-8 is returned lower-cased byte by byte.
std::string fold(std::string_view s);

/// fold(s) written into `out` (its storage reused); `s` must not point into `out`.
void fold_into(std::string_view s, std::string& out);

/// Unicode character class of the code point starting at s[i], as seen by the tokenizer.
enum class CharClass : unsigned char { letter, digit, space, apostrophe, hyphen, other };

/// char_class() of a code point outside ASCII (s[i] >= 0x80).
CharClass char_class_unicode(std::string_view s, size_t i, size_t& len, bool& upper) noexcept;

/// The classes of the ASCII bytes, those utf8proc gives the same code points; the tokenizer asks
/// about every byte of the text, so ASCII is answered inline.
inline constexpr std::array<CharClass, 128> kAsciiClasses = [] {
  std::array<CharClass, 128> t{};
  for (int b = 0; b < 128; ++b) {
    if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'))
      t[b] = CharClass::letter;
    else if (b >= '0' && b <= '9')
      t[b] = CharClass::digit;
    else if (b == ' ' || b < 0x20 || b == 0x7f)
      t[b] = CharClass::space;  // Zs and Cc
    else if (b == '\'' || b == '`')
      t[b] = CharClass::apostrophe;
    else if (b == '-')
      t[b] = CharClass::hyphen;
    else
      t[b] = CharClass::other;
  }
  return t;
}();

/// Decodes one code point at s[i]; sets len to its byte length (1 for invalid bytes).
inline CharClass char_class(std::string_view s, size_t i, size_t& len, bool& upper) noexcept {
  if (const auto b = static_cast<unsigned char>(s[i]); b < 0x80) {
    len = 1;
    upper = b >= 'A' && b <= 'Z';
    return kAsciiClasses[b];
  }
  return char_class_unicode(s, i, len, upper);
}

}  // namespace causeline::extract
