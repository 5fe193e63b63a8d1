#include "core/taxonomy.hpp"

#include <sstream>
#include <vector>

namespace causeline {
namespace detail {
std::string_view taxonomy_tsv() noexcept;  // generated from core/taxonomy.tsv (taxonomy_data.cpp)
}  // namespace detail
namespace {

std::vector<EventType> parse() {
  std::vector<EventType> out;
  std::istringstream in{std::string(detail::taxonomy_tsv())};
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#')
      continue;
    std::vector<std::string> cols;
    std::istringstream fields(line);
    std::string f;
    while (std::getline(fields, f, '\t')) cols.push_back(f);
    if (cols.size() < 3)
      continue;
    EventType t{cols[0], cols[1], TypeClass::generic, cols.size() > 3 ? cols[3] : ""};
    if (cols[2] == "intervention")
      t.cls = TypeClass::intervention;
    if (cols[2] == "change")
      t.cls = TypeClass::change;
    if (cols[2] == "action")
      t.cls = TypeClass::action;
    if (cols[2] == "state")
      t.cls = TypeClass::state;
    out.push_back(std::move(t));
  }
  return out;
}

const std::vector<EventType>& table() {
  static const std::vector<EventType> t = parse();
  return t;
}

}  // namespace

std::span<const EventType> event_types() noexcept { return table(); }

const EventType* find_event_type(std::string_view name) noexcept {
  for (const auto& t : table()) {
    if (t.name == name)
      return &t;
  }
  return nullptr;
}

std::string_view event_family(std::string_view type) noexcept {
  const EventType* t = find_event_type(type);
  return t ? std::string_view(t->family) : type;
}

}  // namespace causeline
