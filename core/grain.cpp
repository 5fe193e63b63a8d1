#include "core/grain.hpp"

#include <array>

namespace causeline {
namespace {
constexpr std::array<std::string_view, 15> kNames = {
    "none",   "second",  "minute", "hour", "part_of_day", "day",     "week",      "month",
    "season", "quarter", "half",   "year", "decade",      "century", "millennium"};
}  // namespace

std::string_view to_string(Grain g) noexcept { return kNames[static_cast<size_t>(g)]; }

std::optional<Grain> grain_from_string(std::string_view s) noexcept {
  for (size_t i = 0; i < kNames.size(); ++i) {
    if (kNames[i] == s)
      return static_cast<Grain>(i);
  }
  return std::nullopt;
}

}  // namespace causeline
