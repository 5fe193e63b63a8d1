#include "importers/timex/value_template.hpp"

namespace causeline::timex {
namespace {

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9')
      return -1;
    v = v * 10 + (c - '0');
  }
  return s.empty() ? -1 : v;
}

}  // namespace

void ValueTemplate::expand(const std::string_view* captures, std::string& out) const {
  out.clear();
  for (const Part& p : parts_) {
    if (p.slot < 0) {
      out += p.literal;
      continue;
    }
    std::string_view v = captures[p.slot];
    if (v.empty()) {
      if (p.has_default)
        out += p.fallback;
      continue;
    }
    if (p.add_slot >= 0) {
      int h = to_int(v);
      int add = to_int(captures[p.add_slot]);
      if (h >= 0) {
        h = add >= 0 ? h % 12 + add : h;
        out += static_cast<char>('0' + h / 10 % 10);
        out += static_cast<char>('0' + h % 10);
      }
      continue;
    }
    out += p.prefix > 0 && p.prefix < v.size() ? v.substr(0, p.prefix) : v;
  }
}

}  // namespace causeline::timex
