#pragma once
// Link: a directed relation between two events, from = cause, to = effect.
#include <optional>
#include <string>
#include <string_view>

namespace causeline {

enum class LinkType : unsigned char { caused, enabled, prevented, preceded };
std::string_view to_string(LinkType t) noexcept;
std::optional<LinkType> link_type_from_string(std::string_view s) noexcept;

struct Link {
  std::string from;  // cause event id
  std::string to;    // effect event id
  LinkType type = LinkType::caused;
  std::string cue;       // the connective or verb ("a causa di", "led to")
  std::string evidence;  // the sentence(s) holding the cue
  std::string doc;       // document the link was read from
  double confidence = 0.5;
};

}  // namespace causeline
