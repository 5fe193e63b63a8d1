#pragma once
// Grain: the precision of a time value, from second to millennium (Duckling's list plus coarser
// ones).
#include <optional>
#include <string_view>

namespace causeline {

enum class Grain : unsigned char {
  none,  // undated, or a reference such as PRESENT_REF
  second,
  minute,
  hour,
  part_of_day,  // morning, afternoon, evening, night
  day,
  week,
  month,
  season,
  quarter,
  half,
  year,
  decade,
  century,
  millennium,
};

/// Lower-case name used in JSON and the store ("month").
std::string_view to_string(Grain g) noexcept;
/// Inverse of to_string; nullopt for an unknown name.
std::optional<Grain> grain_from_string(std::string_view s) noexcept;

/// True when a is coarser (covers more time) than b.
constexpr bool coarser(Grain a, Grain b) noexcept {
  return static_cast<unsigned char>(a) > static_cast<unsigned char>(b);
}

}  // namespace causeline
