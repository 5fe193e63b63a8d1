#pragma once
// A UTF-8 tokenizer that keeps byte offsets: words (letters/digits with inner hyphens), numbers,
// and one token per punctuation mark. Elided articles split after the apostrophe ("l’aprile" ->
// "l’" + "aprile"); English clitics split before it ("company's" -> "company" + "'s").
#include <string>
#include <string_view>
#include <vector>

namespace causeline::extract {

enum class TokenKind : unsigned char { word, number, punct };

struct Token {
  size_t begin = 0;  // byte offsets into the text given to tokenize(), plus its base offset
  size_t end = 0;
  TokenKind kind = TokenKind::word;
  bool capitalized = false;           // first letter is upper case
  bool all_caps = false;              // every letter upper case (and at least two letters)
  unsigned char newlines_before = 0;  // line breaks between the previous token and this one (max 2)
  bool non_ascii = false;  // the word has letters outside ASCII (folding may have stripped accents)
  std::string norm;        // fold()ed text
};

/// Tokenizes text[begin, end); offsets in the result index text.
std::vector<Token> tokenize(std::string_view text, size_t begin = 0,
                            size_t end = std::string_view::npos);

}  // namespace causeline::extract
