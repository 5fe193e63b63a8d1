// SHA-256: the FIPS 180-4 examples, and the block function on the SHA extensions against the
// portable one.
#include "core/sha256.hpp"

#include <catch2/catch.hpp>
#include <string>

#include "core/sha256_blocks.hpp"

using namespace causeline;

TEST_CASE("sha256: FIPS 180-4 examples", "[core][sha256]") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(sha256_hex(std::string(1000000, 'a')) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("sha256: the SHA extensions give the portable block function's state", "[core][sha256]") {
  using namespace sha256_blocks;
  if (!have_sha_extensions()) {
    WARN("no SHA extensions on this processor");
    return;
  }
  std::string data;
  for (int i = 0; i < 64 * 40; ++i) data += static_cast<char>((i * 131 + i / 7) & 0xff);
  const auto* p = reinterpret_cast<const unsigned char*>(data.data());
  for (size_t blocks = 0; blocks <= 40; ++blocks) {
    State a = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
               0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    State b = a;
    compress_portable(a, p, blocks);
    compress_sha_extensions(b, p, blocks);
    CAPTURE(blocks);
    CHECK(a == b);
  }
}
