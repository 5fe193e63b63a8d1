#include "importers/timex/tokenizer.hpp"

#include <utf8proc.h>

#include <cstdlib>
#include <cstring>

namespace causeline::timex {
namespace detail {
namespace {

bool is_cjk(std::int32_t cp) noexcept {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0x20000 && cp <= 0x2FA1F) || cp == 0x3007;
}

CharClass class_of(std::int32_t cp) noexcept {
  if (cp == 0x2028 || cp == 0x2029 || cp == 0x85)
    return CharClass::newline;
  if (is_cjk(cp))
    return CharClass::cjk;
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
      return CharClass::upper;
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND:
      return CharClass::letter;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
      return CharClass::space;
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
      return CharClass::newline;
    default:
      return CharClass::punct;
  }
}

}  // namespace

CharClass classify_utf8(std::string_view text, size_t i, size_t& len) noexcept {
  if (const size_t cp = two_byte_code_point(text, i); cp != 0) {
    len = 2;
    return two_byte().cls[cp];
  }
  utf8proc_int32_t cp = -1;
  auto got = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                              static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
  if (got <= 0 || cp < 0) {
    len = 1;
    return CharClass::punct;
  }
  len = static_cast<size_t>(got);
  return class_of(cp);
}

std::string_view fold_punct(std::string_view ch) noexcept {
  if (ch.size() == 1)
    return ch;
  if (ch == "\u2019" || ch == "\u2018" || ch == "\u02BC" || ch == "\u00B4" || ch == "\u2032") {
    return "'";
  }
  if (ch == "\u2013" || ch == "\u2014" || ch == "\u2010" || ch == "\u2011" || ch == "\u2212") {
    return "-";
  }
  if (ch == "\u201C" || ch == "\u201D" || ch == "\u00AB" || ch == "\u00BB" || ch == "\u201E") {
    return "\"";
  }
  if (ch == "\uFF0C" || ch == "\u3001")
    return ",";
  if (ch == "\u3002")
    return ".";
  if (ch == "\uFF1A")
    return ":";
  if (ch == "\uFF0F")
    return "/";
  if (ch == "\uFF5E" || ch == "\u301C")
    return "~";
  return ch;
}

}  // namespace detail

namespace {

void fold_utf8proc(std::string_view word, std::string& out) {
  utf8proc_uint8_t* mapped = nullptr;
  auto n = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(word.data()),
      static_cast<utf8proc_ssize_t>(word.size()), &mapped,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE |
                                     UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK));
  if (n < 0 || mapped == nullptr) {
    out.assign(word);
  } else {
    out.assign(reinterpret_cast<const char*>(mapped), static_cast<size_t>(n));
  }
  std::free(mapped);
}

}  // namespace

namespace detail {

// Made once by the utf8proc path itself (class_of and fold_utf8proc of the single code point), so
// the table gives exactly utf8proc's answers. Combining marks, unassigned code points
// and folds longer than a slot keep fold_len kNoFold: a word holding one takes the utf8proc path.
TwoByteTable::TwoByteTable() {
  std::memset(fold_len, kNoFold, sizeof fold_len);
  std::string folded;
  for (std::int32_t cp = 0x80; cp < 0x800; ++cp) {
    utf8proc_uint8_t enc[4];
    const auto len = utf8proc_encode_char(cp, enc);
    const std::string_view ch(reinterpret_cast<const char*>(enc), static_cast<size_t>(len));
    cls[static_cast<size_t>(cp)] = class_of(cp);
    const auto cat = utf8proc_category(cp);
    if (cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC || cat == UTF8PROC_CATEGORY_ME ||
        cat == UTF8PROC_CATEGORY_CN) {
      continue;
    }
    fold_utf8proc(ch, folded);
    if (folded.size() > sizeof fold[0])
      continue;
    std::memcpy(fold[static_cast<size_t>(cp)], folded.data(), folded.size());
    fold_len[static_cast<size_t>(cp)] = static_cast<std::uint8_t>(folded.size());
  }
}

const TwoByteTable& two_byte() noexcept {
  static const TwoByteTable table;
  return table;
}

}  // namespace detail

void fold_word(std::string_view word, std::string& out) {
  out.clear();
  for (size_t i = 0; i < word.size();) {
    const auto b = static_cast<unsigned char>(word[i]);
    if (b < 0x80) {
      out += (b >= 'A' && b <= 'Z') ? static_cast<char>(b - 'A' + 'a') : static_cast<char>(b);
      ++i;
      continue;
    }
    if (const size_t cp = detail::two_byte_code_point(word, i); cp != 0) {
      const detail::TwoByteTable& table = detail::two_byte();
      if (const std::uint8_t len = table.fold_len[cp]; len != detail::kNoFold) {
        out.append(table.fold[cp], len);
        i += 2;
        continue;
      }
    }
    fold_utf8proc(word, out);  // anything else: the whole word through utf8proc
    return;
  }
}

std::vector<std::string> folded_tokens(std::string_view phrase) {
  std::vector<std::string> out;
  for_each_token(phrase, [&](const RawToken&, std::string_view folded, std::uint64_t) {
    out.emplace_back(folded);
  });
  return out;
}

}  // namespace causeline::timex
