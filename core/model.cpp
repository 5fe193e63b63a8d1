#include <array>

#include "core/event.hpp"
#include "core/link.hpp"

namespace causeline {
namespace {
constexpr std::array<std::string_view, 5> kDating = {"explicit", "inherited", "publication",
                                                     "reference", "undated"};
constexpr std::array<std::string_view, 4> kLinkTypes = {"caused", "enabled", "prevented",
                                                        "preceded"};
}  // namespace

std::string_view to_string(Dating d) noexcept { return kDating[static_cast<size_t>(d)]; }

Dating dating_from_string(std::string_view s) noexcept {
  for (size_t i = 0; i < kDating.size(); ++i) {
    if (kDating[i] == s)
      return static_cast<Dating>(i);
  }
  return Dating::undated;
}

std::string_view to_string(LinkType t) noexcept { return kLinkTypes[static_cast<size_t>(t)]; }

std::optional<LinkType> link_type_from_string(std::string_view s) noexcept {
  for (size_t i = 0; i < kLinkTypes.size(); ++i) {
    if (kLinkTypes[i] == s)
      return static_cast<LinkType>(i);
  }
  return std::nullopt;
}

}  // namespace causeline
