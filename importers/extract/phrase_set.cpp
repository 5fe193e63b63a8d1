#include "importers/extract/phrase_set.hpp"

#include "importers/extract/fold.hpp"

namespace causeline::extract {

bool PhraseToken::matches(std::string_view norm) const noexcept {
  for (const auto& e : exact) {
    if (e == norm)
      return true;
  }
  for (const auto& p : prefixes) {
    if (norm.size() >= p.size() && norm.substr(0, p.size()) == p)
      return true;
  }
  for (const auto& x : suffixes) {
    // A suffix pattern needs a stem of at least three bytes in front of it.
    if (norm.size() >= x.size() + 3 && norm.substr(norm.size() - x.size()) == x)
      return true;
  }
  return false;
}

std::vector<PhraseToken> parse_phrase(std::string_view pattern) {
  std::vector<PhraseToken> out;
  const std::string folded = fold(pattern);
  std::string_view s = folded;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    if (i >= s.size())
      break;
    size_t j = s.find(' ', i);
    if (j == std::string_view::npos)
      j = s.size();
    std::string_view word = s.substr(i, j - i);
    PhraseToken tok;
    size_t a = 0;
    while (a <= word.size()) {
      size_t b = word.find('|', a);
      if (b == std::string_view::npos)
        b = word.size();
      std::string_view alt = word.substr(a, b - a);
      if (!alt.empty()) {
        if (alt.size() > 1 && alt.front() == '*') {
          tok.suffixes.emplace_back(alt.substr(1));
        } else if (alt.size() > 1 && alt.back() == '*') {
          tok.prefixes.emplace_back(alt.substr(0, alt.size() - 1));
        } else {
          tok.exact.emplace_back(alt);
        }
      }
      a = b + 1;
    }
    out.push_back(std::move(tok));
    i = j;
  }
  return out;
}

}  // namespace causeline::extract
