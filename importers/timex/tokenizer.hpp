#pragma once
// UTF-8 tokenizer for the temporal tagger: splits text into letter runs, digit runs, single CJK
// characters and single punctuation characters, and folds each token (case, accents, typographic
// punctuation) so that lexicon lookups are case- and accent-insensitive. Linear in the input.
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
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

/// Calls sink(const RawToken&, std::string_view folded, std::uint64_t word_hash(folded)) for every
/// token of text, in order (the hash is 0 for one-byte ASCII punctuation, which callers look up
/// directly). A sink taking a fourth bool also learns whether folded has eight readable bytes past
/// its end (for WordTable::find_padded). The folded view is only valid during the call. Words
/// longer than max_fold bytes are not folded (their view is empty): no lexicon holds them.
template <class Sink>
void for_each_token(std::string_view text, Sink&& sink, size_t max_fold = SIZE_MAX);

/// Folds a word: lower case, no accents, NFKC (utf8proc), with an ASCII fast path.
void fold_word(std::string_view word, std::string& out);

namespace detail {

enum class CharClass : std::uint8_t { space, newline, letter, upper, digit, cjk, punct };

/// Classes of the ASCII bytes, so the common case needs no decoding.
struct AsciiClasses {
  CharClass table[128];
  char lower[128];  // lower-case letter of a letter, 0 for anything else
  constexpr AsciiClasses() : table{}, lower{} {
    for (int b = 0; b < 128; ++b) {
      CharClass c = CharClass::punct;
      if (b >= 'a' && b <= 'z') {
        c = CharClass::letter;
      } else if (b >= 'A' && b <= 'Z') {
        c = CharClass::upper;
      } else if (b >= '0' && b <= '9') {
        c = CharClass::digit;
      } else if (b == '\n' || b == '\r') {
        c = CharClass::newline;
      } else if (b < 0x20 || b == ' ' || b == 0x7F) {
        c = CharClass::space;
      }
      table[b] = c;
      lower[b] = c == CharClass::letter  ? static_cast<char>(b)
                 : c == CharClass::upper ? static_cast<char>(b + 32)
                                         : 0;
    }
  }
};
inline constexpr AsciiClasses kAscii{};

/// 0x80 in each byte of v that is an ASCII letter (either case), 0 elsewhere.
inline std::uint64_t ascii_letter_mask(std::uint64_t v) noexcept {
  constexpr std::uint64_t k01 = 0x0101010101010101ull;
  constexpr std::uint64_t k80 = 0x8080808080808080ull;
  const std::uint64_t x = (v | (0x20 * k01)) & ~k80;      // lower case, high bit cleared
  const std::uint64_t ge_a = x + (0x80 - 'a') * k01;      // high bit: x >= 'a' (no carry out)
  const std::uint64_t gt_z = x + (0x80 - 'z' - 1) * k01;  // high bit: x > 'z'
  return ge_a & ~gt_z & ~v & k80;
}

/// Eight bytes of text with their ASCII letters lower-cased, and 0x80 in each byte that is no
/// ASCII letter (where a word scan stops).
struct Folded8 {
  std::uint64_t lower;
  std::uint64_t stop;
};
inline Folded8 fold8(const char* p) noexcept {
  std::uint64_t v;
  std::memcpy(&v, p, 8);
  const std::uint64_t letters = ascii_letter_mask(v);
  return {v | (letters >> 2), ~letters & 0x8080808080808080ull};  // 0x20 on the letters only
}

/// Classifies a non-ASCII code point starting at text[i]; sets len to its byte length.
CharClass classify_utf8(std::string_view text, size_t i, size_t& len) noexcept;
/// The same, returned with the length: a class and its length, no address taken.
struct Classified {
  CharClass cls;
  std::uint8_t len;
};
inline Classified classify_utf8(std::string_view text, size_t i) noexcept {
  size_t len = 1;
  const CharClass c = classify_utf8(text, i, len);
  return {c, static_cast<std::uint8_t>(len)};
}

/// The code point of a two-byte UTF-8 sequence at text[i] (U+0080..U+07FF: Latin accents, Greek,
/// Cyrillic ...), or 0 when text[i] does not start one.
inline size_t two_byte_code_point(std::string_view text, size_t i) noexcept {
  const auto b = static_cast<unsigned char>(text[i]);
  if (b < 0xC2 || b >= 0xE0 || i + 1 >= text.size())
    return 0;
  const auto c = static_cast<unsigned char>(text[i + 1]);
  if ((c & 0xC0) != 0x80)
    return 0;
  return (size_t(b & 0x1F) << 6) | (c & 0x3F);
}

inline constexpr std::uint8_t kNoFold = 0xFF;

/// Class and fold of every two-byte code point, so words in Latin, Greek or Cyrillic script are
/// tokenized and folded without decoding calls or allocation.
struct TwoByteTable {
  TwoByteTable();
  CharClass cls[0x800] = {};
  std::uint8_t fold_len[0x800];  // kNoFold: the word takes the utf8proc path
  char fold[0x800][8] = {};      // zero-padded, so a slot can be copied whole
};
const TwoByteTable& two_byte() noexcept;

/// Folds one punctuation character (curly quotes to ', dashes to -), else returns it unchanged.
std::string_view fold_punct(std::string_view ch) noexcept;

inline constexpr std::uint64_t kHashSeed = 0x9E3779B97F4A7C15ull;

inline std::uint64_t hash_mix(std::uint64_t x) noexcept {
  x ^= x >> 32;
  x *= 0xD6E8FEB86659FD93ull;
  x ^= x >> 32;
  return x;
}

/// Masks keeping the low n (< 8) bytes of a 64-bit word.
inline constexpr std::uint64_t kLowBytes[8] = {
    0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF, 0xFFFFFFFFFF, 0xFFFFFFFFFFFF, 0xFFFFFFFFFFFFFF};

/// The last step of word_hash: `h` after the whole eight-byte blocks, and the remaining `rest`
/// (< 8) bytes as the low bytes of `tail`, whatever lies above them. One multiply: its high bits
/// depend on every input bit, and the tables take their slots and filter bits from them.
inline std::uint64_t hash_last(std::uint64_t h, std::uint64_t tail, size_t rest) noexcept {
  return (h ^ (tail & kLowBytes[rest])) * 0xD6E8FEB86659FD93ull;
}

}  // namespace detail

/// Hash of a folded token, eight bytes at a time (no per-byte multiply chain). The word tables
/// use the same function, so the tokenizer's hash can be reused for lookups.
inline std::uint64_t word_hash(std::string_view s) noexcept {
  std::uint64_t h = detail::kHashSeed ^ s.size();
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t v;
    std::memcpy(&v, s.data() + i, 8);
    h = detail::hash_mix(h ^ v);
  }
  // The tail, byte by byte into the low end (as a little-endian load would): a variable-length
  // memcpy is a library call.
  std::uint64_t v = 0;
  for (size_t k = s.size() - i; k-- > 0;) v = (v << 8) | static_cast<unsigned char>(s[i + k]);
  return detail::hash_last(h, v, s.size() - i);
}

/// word_hash of p[0, n) when p has room for 8 bytes past n (the tokenizer's own buffer): the tail
/// is one masked load instead of a byte loop.
inline std::uint64_t word_hash_padded(const char* p, size_t n) noexcept {
  static_assert(std::endian::native == std::endian::little, "the masked tail assumes it");
  std::uint64_t h = detail::kHashSeed ^ n;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t v;
    std::memcpy(&v, p + i, 8);
    h = detail::hash_mix(h ^ v);
  }
  std::uint64_t v;
  std::memcpy(&v, p + i, 8);
  return detail::hash_last(h, v, n - i);
}

template <class Sink>
void for_each_token(std::string_view text, Sink&& sink, size_t max_fold) {
  using detail::CharClass;
  constexpr size_t kBuf = 256;
  char buf[kBuf + 8] = {};  // 8 spare bytes for word_hash_padded and whole fold slots
  std::string folded;
  const detail::TwoByteTable& two_byte = detail::two_byte();
  bool glued = false;
  bool newline = false;
  size_t i = 0;
  const size_t n = text.size();
  const char* const s = text.data();
  auto hash_of = [](std::string_view v) { return word_hash(v); };
  // Words shorter than this, and not longer than max_fold, are folded and hashed in a register.
  const size_t short_word = max_fold < 8 ? max_fold + 1 : 8;
  while (i < n) {
    // Scalars, not a RawToken: they stay in registers, and the token is made for the sink call.
    size_t len = 1;
    CharClass c;
    if (const auto b0 = static_cast<unsigned char>(s[i]); b0 < 0x80) {
      c = detail::kAscii.table[b0];
    } else {
      const detail::Classified u = detail::classify_utf8(text, i);
      c = u.cls;
      len = u.len;
    }
    if (c == CharClass::space || c == CharClass::newline) {
      glued = false;
      newline = newline || c == CharClass::newline;
      i += len;
      continue;
    }
    const auto begin = static_cast<std::uint32_t>(i);
    const bool capital = c == CharClass::upper;
    std::uint32_t end = 0;
    TokenKind kind = TokenKind::word;
    std::string_view view;
    std::uint64_t hash = 0;
    bool padded = false;  // view has eight readable bytes past its end
    if (c == CharClass::letter || c == CharClass::upper) {
      // Find the end of the letter run and fold it into buf: eight bytes at a time while they are
      // ASCII letters, then byte by byte (a run that goes on with a non-ASCII letter).
      kind = TokenKind::word;
      size_t j = i;
      size_t k = 0;
      bool bytewise = true;
      std::uint64_t first = 0;  // the first eight bytes, folded
      bool scan = j + 8 <= n;
      if (scan) {  // the first block on its own: most words end in it
        const detail::Folded8 f = detail::fold8(s + j);
        first = f.lower;
        std::memcpy(buf, &first, 8);
        if (f.stop != 0) {
          // The stop is bit 7 of the first byte that is no ASCII letter: that bit of the folded
          // block, kept from the text, tells whether the byte is non-ASCII (the word goes on).
          const int stop = std::countr_zero(f.stop);
          k = static_cast<size_t>(stop) / 8;
          j += k;
          bytewise = ((first >> stop) & 1) != 0;
          scan = false;
        } else {
          j += 8;
          k = 8;
        }
      }
      while (scan && j + 8 <= n) {
        const detail::Folded8 f = detail::fold8(s + j);
        if (k <= kBuf)
          std::memcpy(buf + k, &f.lower, 8);
        if (f.stop != 0) {
          const int stop = std::countr_zero(f.stop);
          const auto m = static_cast<size_t>(stop) / 8;
          j += m;
          k += m;
          bytewise = ((f.lower >> stop) & 1) != 0;
          break;
        }
        j += 8;
        k += 8;
      }
      if (!bytewise && k < short_word) {
        // The usual short ASCII word: folded and hashed in a register (word_hash_padded's value).
        end = static_cast<std::uint32_t>(j);
        view = std::string_view(buf, k);
        padded = true;
        hash = detail::hash_last(detail::kHashSeed ^ k, first, k);
      } else {
        bool in_buf = true;  // buf holds the fold of every letter so far
        if (bytewise) {
          while (j < n) {
            const auto b = static_cast<unsigned char>(s[j]);
            if (b < 0x80) {
              const char lc = detail::kAscii.lower[b];
              if (lc == 0)
                break;
              if (k < kBuf)
                buf[k] = lc;
              ++k;
              ++j;
              continue;
            }
            if (const size_t cp = detail::two_byte_code_point(text, j); cp != 0) {
              const CharClass c2 = two_byte.cls[cp];
              if (c2 != CharClass::letter && c2 != CharClass::upper)
                break;
              const std::uint8_t fl = two_byte.fold_len[cp];
              if (fl == detail::kNoFold) {
                in_buf = false;
              } else {
                if (k <= kBuf)
                  std::memcpy(buf + k, two_byte.fold[cp], 8);
                k += fl;
              }
              j += 2;
              continue;
            }
            size_t l2 = 1;
            const CharClass c2 = detail::classify_utf8(text, j, l2);
            if (c2 != CharClass::letter && c2 != CharClass::upper)
              break;
            in_buf = false;
            j += l2;
          }
        }
        end = static_cast<std::uint32_t>(j);
        if (j - i > max_fold) {
          view = {};  // longer than any lexicon word: not folded
        } else if (in_buf && k <= kBuf) {
          view = std::string_view(buf, k);
          hash = word_hash_padded(buf, k);
          padded = true;
        } else {
          fold_word(text.substr(i, j - i), folded);
          view = folded;
          hash = hash_of(view);
        }
      }
    } else if (c == CharClass::digit) {
      size_t j = i + 1;
      while (j < n && s[j] >= '0' && s[j] <= '9') ++j;
      kind = TokenKind::number;
      end = static_cast<std::uint32_t>(j);
      view = text.substr(i, j - i);
      hash = hash_of(view);  // numbers are rare enough
    } else if (c == CharClass::cjk) {
      kind = TokenKind::cjk;
      end = static_cast<std::uint32_t>(i + len);
      view = text.substr(i, len);
      hash = hash_of(view);
    } else {
      kind = TokenKind::punct;
      end = static_cast<std::uint32_t>(i + len);
      if (len == 1 && static_cast<unsigned char>(s[i]) < 0x80) {  // its own fold, hash 0
        view = text.substr(i, 1);
      } else {
        view = detail::fold_punct(text.substr(i, len));
        hash = view.size() == 1 && static_cast<unsigned char>(view[0]) < 0x80 ? 0 : hash_of(view);
      }
    }
    if constexpr (std::is_invocable_v<Sink, const RawToken&, std::string_view, std::uint64_t,
                                      bool>) {
      sink(RawToken{begin, end, kind, glued, capital, newline}, view, hash, padded);
    } else {
      sink(RawToken{begin, end, kind, glued, capital, newline}, view, hash);
    }
    i = end;
    glued = true;
    newline = false;
    if (i < n && s[i] == ' ') {  // the usual single space, without classifying it
      glued = false;
      ++i;
    }
  }
}

/// Splits a phrase into its folded tokens (used for lexicon keys and rule literals).
std::vector<std::string> folded_tokens(std::string_view phrase);

}  // namespace causeline::timex
