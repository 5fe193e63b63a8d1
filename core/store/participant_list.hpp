#pragma once
// An event's participants as one column of its row (schema v5) instead of a row each in a table
// of their own: the names, sorted by bytes and without repeats, joined by the unit separator
// (0x1F); a name's own 0x1E and 0x1F bytes are written after an 0x1E. No participants: NULL.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace causeline::store {

/// The column value for `names` (std::nullopt when there are none).
std::optional<std::string> encode_participants(const std::vector<std::string>& names);

/// The names stored in a column value written by encode_participants (or by the v5 migration).
std::vector<std::string> decode_participants(std::string_view column);

}  // namespace causeline::store
