#pragma once
// The benchmark's hostile text: digit runs, repeated month names, no whitespace, one long line.
#include <cstddef>
#include <string>

namespace causeline::bench {

/// Deterministic hostile text of `bytes` bytes: every piece tempts the rules into long partial
/// matches.
inline std::string adversarial(size_t bytes) {
  static const char* kPieces[] = {
      "12345678901234567890123456789012345678901234567890",
      "MarchMarchMarchMayMayJanuary2025202520252025",
      "March 2025 March 2025 March 2025 the 15th of April 2025 ",
      "1/1/1/1/1/1/1/1/1/1/1/1/1/1/1/1/1/1/1/1/1/1/",
      "15.04.15.04.15.04.15.04.2025.2025.2025.",
      "last last last last next next this year year year ",
      "10:30:10:30:10:30 a.m.p.m.a.m. ",
      "the the the the the end of the end of the beginning of ",
      "three three three years years ago ago ago ",
  };
  std::string out;
  out.reserve(bytes + 64);
  size_t i = 0;
  while (out.size() < bytes) out += kPieces[i++ % (sizeof kPieces / sizeof *kPieces)];
  out.resize(bytes);
  return out;
}

}  // namespace causeline::bench
