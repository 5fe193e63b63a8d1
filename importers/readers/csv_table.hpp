#pragma once
// RFC 4180 CSV: quoted fields with "" escapes and line breaks inside quotes; ',' ';' or tab as
// delimiter (guessed from the header line). Each row knows the line it starts on.
#include <string>
#include <string_view>
#include <vector>

namespace causeline::importers {

struct CsvRow {
  size_t line = 0;  // 1-based line where the row starts
  std::vector<std::string> fields;
  std::string error;  // a malformed row the reader skips ("text after a closing quote")
};

class CsvTable {
 public:
  /// `text` must outlive the table; it is UTF-8 with '\n' line ends.
  explicit CsvTable(std::string_view text, char delimiter = 0);

  /// Reads the next row; false at the end or on an error that ends the table (then error() is
  /// set). A malformed row comes back with row.error set, and reading goes on after it.
  bool next(CsvRow& row);
  /// "LINE: unterminated quoted field" and the like; "" when none.
  const std::string& error() const noexcept { return error_; }
  char delimiter() const noexcept { return delim_; }

 private:
  std::string_view text_;
  size_t pos_ = 0;
  size_t line_ = 1;
  char delim_;
  std::string error_;
};

}  // namespace causeline::importers
