#pragma once
// Ordered schema migrations; PRAGMA user_version records how many have run.
#include <span>
#include <string_view>

namespace causeline::store {

/// migrations()[i] takes the schema from version i to i + 1. Append only; never edit a released
/// step.
std::span<const std::string_view> migrations() noexcept;

}  // namespace causeline::store
