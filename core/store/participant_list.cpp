#include "core/store/participant_list.hpp"

#include <algorithm>

namespace causeline::store {
namespace {

constexpr char kSeparator = '\x1f';
constexpr char kEscape = '\x1e';

}  // namespace

std::optional<std::string> encode_participants(const std::vector<std::string>& names) {
  if (names.empty())
    return std::nullopt;
  std::vector<const std::string*> sorted;
  sorted.reserve(names.size());
  for (const std::string& n : names) sorted.push_back(&n);
  std::sort(sorted.begin(), sorted.end(),
            [](const std::string* a, const std::string* b) { return *a < *b; });
  sorted.erase(std::unique(sorted.begin(), sorted.end(),
                           [](const std::string* a, const std::string* b) { return *a == *b; }),
               sorted.end());
  std::string out;
  for (const std::string* n : sorted) {
    if (n != sorted.front())
      out += kSeparator;
    for (const char c : *n) {
      if (c == kSeparator || c == kEscape)
        out += kEscape;
      out += c;
    }
  }
  return out;
}

std::vector<std::string> decode_participants(std::string_view column) {
  std::vector<std::string> names(1);
  for (size_t i = 0; i < column.size(); ++i) {
    const char c = column[i];
    if (c == kEscape && i + 1 < column.size()) {
      names.back() += column[++i];
    } else if (c == kSeparator) {
      names.emplace_back();
    } else {
      names.back() += c;
    }
  }
  return names;
}

}  // namespace causeline::store
