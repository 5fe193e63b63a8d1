#include "core/store/evidence.hpp"

#include <algorithm>

namespace causeline::store {

bool is_slice(const std::string& text, size_t begin, size_t end, const std::string& evidence) {
  return begin <= end && end <= text.size() && end - begin == evidence.size() &&
         text.compare(begin, end - begin, evidence) == 0;
}

std::string stored_evidence(const SQLite::Column& column, const std::string& text, size_t begin,
                            size_t end) {
  if (!column.isNull())
    return column.getString();
  end = std::min(end, text.size());
  begin = std::min(begin, end);
  return text.substr(begin, end - begin);
}

}  // namespace causeline::store
