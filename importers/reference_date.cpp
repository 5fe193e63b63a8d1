#include "importers/reference_date.hpp"

namespace causeline::importers {

TimeValue copyright_year(std::string_view text) {
  static constexpr std::string_view kMarks[] = {"\xC2\xA9", "(c)", "(C)", "Copyright", "copyright"};
  TimeValue found;
  for (auto mark : kMarks) {
    for (size_t pos = text.find(mark); pos != std::string_view::npos;
         pos = text.find(mark, pos + 1)) {
      size_t i = pos + mark.size();
      while (i < text.size() && text[i] == ' ') ++i;
      if (i + 4 <= text.size()) {
        std::string_view digits = text.substr(i, 4);
        bool all = digits.find_first_not_of("0123456789") == std::string_view::npos;
        bool bounded = i + 4 == text.size() || !(text[i + 4] >= '0' && text[i + 4] <= '9');
        if (all && bounded && (digits[0] == '1' || digits[0] == '2')) {
          TimeValue y = TimeValue::parse(digits);
          if (y.ok() && (!found.ok() || found < y))
            found = y;  // the latest year wins
        }
      }
    }
  }
  return found;
}

}  // namespace causeline::importers
