#pragma once
// SHA-256 (FIPS 180-4) of a byte string, as 64 lower-case hex digits; used for document content
// hashes.
#include <string>
#include <string_view>

namespace causeline {
std::string sha256_hex(std::string_view data);
}  // namespace causeline
