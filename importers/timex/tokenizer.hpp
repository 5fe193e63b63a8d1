#pragma once
// UTF-8 tokenizer for the temporal tagger: splits text into letter runs, digit runs, single CJK
// characters and single punctuation characters, and folds each token (case, accents, typographic
// punctuation) so that lexicon lookups are case- and accent-insensitive. Linear in the input.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace causeline::timex {

enum class TokenKind : std::uint8_t { word, number, cjk, punct };

/// One token; begin/end are UTF-8 byte offsets into the tokenized text.
struct RawToken {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  TokenKind kind = TokenKind::word;
  bool glued = false;    // no whitespace between the previous token and this one
  bool capital = false;  // first character is an upper-case letter
  bool newline = false;  // a line break precedes the token
};

/// Calls sink(const RawToken&, std::string_view folded) for every token of text, in order.
/// The folded view is only valid during the call.
template <class Sink>
void for_each_token(std::string_view text, Sink&& sink);

/// Folds a word: lower case, no accents, NFKC (utf8proc), with an ASCII fast path.
void fold_word(std::string_view word, std::string& out);

namespace detail {

enum class CharClass : std::uint8_t { space, newline, letter, upper, digit, cjk, punct };

/// Classifies the code point starting at text[i]; sets len to its byte length (1 for invalid
/// bytes).
CharClass classify(std::string_view text, size_t i, size_t& len) noexcept;
/// Folds one punctuation character (curly quotes to ', dashes to -), else returns it unchanged.
std::string_view fold_punct(std::string_view ch) noexcept;

}  // namespace detail

template <class Sink>
void for_each_token(std::string_view text, Sink&& sink) {
  using detail::CharClass;
  std::string folded;
  bool glued = false;
  bool newline = false;
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    size_t len = 1;
    CharClass c = detail::classify(text, i, len);
    if (c == CharClass::space || c == CharClass::newline) {
      glued = false;
      newline = newline || c == CharClass::newline;
      i += len;
      continue;
    }
    RawToken t;
    t.begin = static_cast<std::uint32_t>(i);
    t.glued = glued && i > 0;
    t.newline = newline;
    t.capital = c == CharClass::upper;
    if (c == CharClass::letter || c == CharClass::upper) {
      size_t j = i + len;
      while (j < n) {
        size_t l2 = 1;
        CharClass c2 = detail::classify(text, j, l2);
        if (c2 != CharClass::letter && c2 != CharClass::upper)
          break;
        j += l2;
      }
      t.kind = TokenKind::word;
      t.end = static_cast<std::uint32_t>(j);
      fold_word(text.substr(i, j - i), folded);
    } else if (c == CharClass::digit) {
      size_t j = i + 1;
      while (j < n && text[j] >= '0' && text[j] <= '9') ++j;
      t.kind = TokenKind::number;
      t.end = static_cast<std::uint32_t>(j);
      folded.assign(text.substr(i, j - i));
    } else if (c == CharClass::cjk) {
      t.kind = TokenKind::cjk;
      t.end = static_cast<std::uint32_t>(i + len);
      folded.assign(text.substr(i, len));
    } else {
      t.kind = TokenKind::punct;
      t.end = static_cast<std::uint32_t>(i + len);
      folded.assign(detail::fold_punct(text.substr(i, len)));
    }
    sink(static_cast<const RawToken&>(t), std::string_view(folded));
    i = t.end;
    glued = true;
    newline = false;
  }
}

/// Splits a phrase into its folded tokens (used for lexicon keys and rule literals).
std::vector<std::string> folded_tokens(std::string_view phrase);

}  // namespace causeline::timex
