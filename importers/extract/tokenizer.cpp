#include "importers/extract/tokenizer.hpp"

#include <array>

#include "importers/extract/fold.hpp"

namespace causeline::extract {
namespace {

bool alnum(CharClass c) { return c == CharClass::letter || c == CharClass::digit; }

struct Cursor {
  std::string_view text;
  size_t end;
  CharClass at(size_t i, size_t& len, bool& upper) const {
    if (i >= end) {
      len = 0;
      upper = false;
      return CharClass::space;
    }
    return char_class(text, i, len, upper);
  }
};

constexpr std::array<std::string_view, 7> kClitics = {"s", "t", "re", "ve", "ll", "d", "m"};

bool is_clitic(std::string_view folded_tail) {
  for (auto c : kClitics) {
    if (c == folded_tail)
      return true;
  }
  return false;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, size_t begin, size_t end) {
  if (end > text.size())
    end = text.size();
  Cursor cur{text, end};
  std::vector<Token> out;
  // About one token per five bytes of text: growing the vector from empty moved every token
  // several times.
  out.reserve(begin < end ? (end - begin) / 5 + 16 : 0);
  unsigned char newlines = 0;
  size_t i = begin;
  while (i < end) {
    size_t len = 0;
    bool upper = false;
    CharClass c = cur.at(i, len, upper);
    if (c == CharClass::space) {
      if (text[i] == '\n' && newlines < 2)
        ++newlines;
      i += len;
      continue;
    }
    // Built in place: a token moved in and its husk destroyed cost more than filling it there.
    Token& t = out.emplace_back();
    t.begin = i;
    t.newlines_before = newlines;
    newlines = 0;
    if (!alnum(c)) {
      t.kind = TokenKind::punct;
      t.end = i + len;
      fold_into(text.substr(i, len), t.norm);
      i += len;
      continue;
    }
    // A word or number: alnum runs joined by single hyphens, apostrophes, or (numbers) . and ,
    bool digits_only = true, any_upper = false, any_lower = false;
    t.capitalized = upper;
    size_t j = i;
    size_t split_after_apostrophe = 0;  // byte position where a new token starts, if any
    size_t split_before_apostrophe = 0;
    while (j < end) {
      // ASCII letters and digits, most bytes of most words, without the general classification.
      if (const auto b = static_cast<unsigned char>(text[j]); b < 0x80) {
        const CharClass ak = kAsciiClasses[b];
        if (ak == CharClass::letter) {
          digits_only = false;
          (b <= 'Z' ? any_upper : any_lower) = true;
          ++j;
          continue;
        }
        if (ak == CharClass::digit) {
          ++j;
          continue;
        }
      }
      size_t l = 0;
      bool up = false;
      CharClass k = cur.at(j, l, up);
      if (alnum(k)) {
        if (k == CharClass::letter) {
          digits_only = false;
          (up ? any_upper : any_lower) = true;
          t.non_ascii |= l > 1;
        }
        j += l;
        continue;
      }
      size_t l2 = 0;
      bool up2 = false;
      CharClass next = cur.at(j + l, l2, up2);
      if (k == CharClass::hyphen && alnum(next)) {
        j += l;
        continue;
      }
      if ((text[j] == '.' || text[j] == ',') && digits_only && next == CharClass::digit) {
        j += l;
        continue;
      }
      if (text[j] == '.' && !digits_only && next == CharClass::letter && j + l + l2 < end &&
          text[j + l + l2] == '.' && (j == i + 1 || text[j - 2] == '.')) {
        // Initialisms such as "U.S." stay one token.
        j += l;
        continue;
      }
      if (k == CharClass::apostrophe && next == CharClass::letter) {
        // Look at the letters after the apostrophe to choose how to split.
        size_t m = j + l;
        while (m < end) {
          size_t l3 = 0;
          bool up3 = false;
          if (cur.at(m, l3, up3) != CharClass::letter)
            break;
          m += l3;
        }
        if (is_clitic(fold(text.substr(j + l, m - j - l)))) {
          split_before_apostrophe = j;
        } else {
          split_after_apostrophe = j + l;
        }
      }
      break;
    }
    // Initialisms: absorb a final period after single-letter segments ("U.S.").
    if (j < end && text[j] == '.' && j >= i + 3 && text[j - 2] == '.') {
      j += 1;
    }
    if (split_after_apostrophe) {
      j = split_after_apostrophe;  // "l’" keeps its apostrophe
    } else if (split_before_apostrophe) {
      j = split_before_apostrophe;
    }
    t.end = j;
    t.kind = digits_only ? TokenKind::number : TokenKind::word;
    t.all_caps = any_upper && !any_lower && (j - i) >= 2;
    fold_into(text.substr(i, j - i), t.norm);
    i = j;
    if (split_before_apostrophe) {
      // The clitic: apostrophe plus letters.
      size_t l = 0;
      bool up = false;
      cur.at(i, l, up);
      size_t m = i + l;
      while (m < end) {
        size_t l3 = 0;
        bool up3 = false;
        if (cur.at(m, l3, up3) != CharClass::letter)
          break;
        m += l3;
      }
      Token& c2 = out.emplace_back();  // `t` is not used past here
      c2.begin = i;
      c2.end = m;
      fold_into(text.substr(i, m - i), c2.norm);
      i = m;
    }
  }
  return out;
}

}  // namespace causeline::extract
