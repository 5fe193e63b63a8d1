#pragma once
// The event taxonomy: language-neutral event types ("restrict", "repeal", "train" ...), each with a
// family (types that may describe one happening) and a class. The data is core/taxonomy.tsv,
// compiled in.
#include <span>
#include <string>
#include <string_view>

namespace causeline {

enum class TypeClass : unsigned char { intervention, change, action, state, generic };

struct EventType {
  std::string name;    // "tighten"
  std::string family;  // "restrict"
  TypeClass cls = TypeClass::generic;
  std::string description;
};

/// Every type of the taxonomy, in file order.
std::span<const EventType> event_types() noexcept;
/// The type named `name`, or nullptr.
const EventType* find_event_type(std::string_view name) noexcept;
/// The family of a type; the type itself when it is not in the taxonomy.
std::string_view event_family(std::string_view type) noexcept;

}  // namespace causeline
