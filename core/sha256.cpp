#include "core/sha256.hpp"

#include <openssl/sha.h>

namespace causeline {

// libcrypto's one-shot SHA256() picks the fastest block function the processor offers (the x86
// SHA extensions, AVX2, ...) at run time.
std::string sha256_hex(std::string_view data) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(data.data()), data.size(), digest);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(2 * SHA256_DIGEST_LENGTH);
  for (unsigned char b : digest) {
    out.push_back(kHex[b >> 4]);
    out.push_back(kHex[b & 0xf]);
  }
  return out;
}

}  // namespace causeline
