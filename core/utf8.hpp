#pragma once
// UTF-8 helpers shared by importers and exporters: validation, code point offsets, safe truncation.
#include <cstddef>
#include <string>
#include <string_view>

namespace causeline::utf8 {

/// Byte offset of the first invalid sequence, or npos when s is valid UTF-8.
size_t find_invalid(std::string_view s) noexcept;
inline bool valid(std::string_view s) noexcept { return find_invalid(s) == std::string_view::npos; }
/// Number of code points in the first `bytes` bytes of s.
size_t codepoints(std::string_view s, size_t bytes) noexcept;
/// Length in bytes of the sequence starting with lead byte c (1 for invalid leads).
size_t seq_len(unsigned char c) noexcept;
/// Largest prefix length <= max_bytes that does not split a UTF-8 sequence.
size_t safe_prefix(std::string_view s, size_t max_bytes) noexcept;

}  // namespace causeline::utf8
