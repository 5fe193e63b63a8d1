#pragma once
// Value templates of the rule files: literal text with substitutions of captured values.
//   {name}      the captured value ("" when the optional element was absent)
//   {name:3}    its first 3 characters ({year:3} of 1990 is the decade 199)
//   {name|X}    the value, or X when nothing was captured ({year|XXXX})
//   {a+b}       12-hour clock: (a mod 12) + b, two digits ({hour+ampm} with pm = 12)
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace causeline::timex {

class ValueTemplate {
 public:
  /// Compiles text; slot_of(name) returns the capture slot of a name or -1 when unknown.
  template <class SlotOf>
  static Result<ValueTemplate> compile(std::string_view text, SlotOf&& slot_of);

  /// Expands the template with the captured values (indexed by slot).
  void expand(const std::string_view* captures, std::string& out) const;
  bool empty() const noexcept { return parts_.empty(); }

 private:
  struct Part {
    std::string literal;  // when slot < 0
    std::int8_t slot = -1;
    std::int8_t add_slot = -1;
    std::uint8_t prefix = 0;  // 0 = whole value
    bool has_default = false;
    std::string fallback;
  };
  static Part literal_part(std::string_view s) {
    Part p;
    p.literal = std::string(s);
    return p;
  }
  std::vector<Part> parts_;
};

template <class SlotOf>
Result<ValueTemplate> ValueTemplate::compile(std::string_view text, SlotOf&& slot_of) {
  ValueTemplate t;
  size_t i = 0;
  while (i < text.size()) {
    size_t open = text.find('{', i);
    if (open == std::string_view::npos) {
      t.parts_.push_back(literal_part(text.substr(i)));
      break;
    }
    if (open > i)
      t.parts_.push_back(literal_part(text.substr(i, open - i)));
    size_t close = text.find('}', open);
    if (close == std::string_view::npos)
      return Error{"unclosed '{' in value template"};
    std::string_view body = text.substr(open + 1, close - open - 1);
    Part p;
    if (auto bar = body.find('|'); bar != std::string_view::npos) {
      p.has_default = true;
      p.fallback = std::string(body.substr(bar + 1));
      body = body.substr(0, bar);
    }
    if (auto colon = body.find(':'); colon != std::string_view::npos) {
      std::string_view n = body.substr(colon + 1);
      if (n.empty() || n.size() > 2 ||
          n.find_first_not_of("0123456789") != std::string_view::npos) {
        return Error{"bad prefix length in {" + std::string(body) + "}"};
      }
      p.prefix = static_cast<std::uint8_t>(std::stoi(std::string(n)));
      body = body.substr(0, colon);
    }
    if (auto plus = body.find('+'); plus != std::string_view::npos) {
      int add = slot_of(body.substr(plus + 1));
      if (add < 0)
        return Error{"unknown capture '" + std::string(body.substr(plus + 1)) + "'"};
      p.add_slot = static_cast<std::int8_t>(add);
      body = body.substr(0, plus);
    }
    int slot = slot_of(body);
    if (slot < 0)
      return Error{"unknown capture '" + std::string(body) + "' in value template"};
    p.slot = static_cast<std::int8_t>(slot);
    t.parts_.push_back(std::move(p));
    i = close + 1;
  }
  return t;
}

}  // namespace causeline::timex
