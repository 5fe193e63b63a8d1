#include "core/utf8.hpp"

#include <cstdint>
#include <cstring>

namespace causeline::utf8 {

size_t seq_len(unsigned char c) noexcept {
  if (c < 0x80)
    return 1;
  if ((c >> 5) == 0x6)
    return 2;
  if ((c >> 4) == 0xe)
    return 3;
  if ((c >> 3) == 0x1e)
    return 4;
  return 1;
}

size_t find_invalid(std::string_view s) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    while (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      if (w & 0x8080808080808080ULL)
        break;
      i += 8;
    }
    while (i < n && p[i] < 0x80) ++i;
    if (i >= n)
      break;
    // One multi-byte sequence: no overlongs, no surrogates, nothing above U+10FFFF.
    const unsigned char c = p[i];
    size_t len;
    unsigned cp;
    if (c >= 0xc2 && c <= 0xdf) {
      len = 2;
      cp = c & 0x1fu;
    } else if ((c >> 4) == 0xe) {
      len = 3;
      cp = c & 0x0fu;
    } else if (c >= 0xf0 && c <= 0xf4) {
      len = 4;
      cp = c & 0x07u;
    } else {
      return i;
    }
    if (i + len > n)
      return i;
    for (size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xc0) != 0x80)
        return i;
      cp = (cp << 6) | (p[i + k] & 0x3fu);
    }
    if ((len == 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) ||
        (len == 4 && (cp < 0x10000 || cp > 0x10ffff))) {
      return i;
    }
    i += len;
  }
  return std::string_view::npos;
}

size_t codepoints(std::string_view s, size_t bytes) noexcept {
  size_t n = 0;
  for (size_t i = 0; i < bytes && i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xc0) != 0x80)
      ++n;
  }
  return n;
}

size_t safe_prefix(std::string_view s, size_t max_bytes) noexcept {
  if (max_bytes >= s.size())
    return s.size();
  size_t i = max_bytes;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xc0) == 0x80) --i;
  return i;
}

}  // namespace causeline::utf8
