#include "importers/readers/csv_table.hpp"

namespace causeline::importers {
namespace {

/// The delimiter that occurs most often outside quotes on the first line.
char guess_delimiter(std::string_view text) {
  size_t counts[3] = {0, 0, 0};
  const char delims[3] = {',', ';', '\t'};
  bool quoted = false;
  for (char c : text) {
    if (c == '"')
      quoted = !quoted;
    if (!quoted && c == '\n')
      break;
    for (int i = 0; i < 3; ++i) {
      if (!quoted && c == delims[i])
        ++counts[i];
    }
  }
  int best = 0;
  for (int i = 1; i < 3; ++i) {
    if (counts[i] > counts[best])
      best = i;
  }
  return delims[best];
}

}  // namespace

CsvTable::CsvTable(std::string_view text, char delimiter)
    : text_(text), delim_(delimiter ? delimiter : guess_delimiter(text)) {}

bool CsvTable::next(CsvRow& row) {
  row.fields.clear();
  row.error.clear();
  if (!error_.empty())
    return false;
  // Skip blank lines between rows.
  while (pos_ < text_.size() && text_[pos_] == '\n') {
    ++pos_;
    ++line_;
  }
  if (pos_ >= text_.size())
    return false;
  row.line = line_;
  std::string field;
  bool quoted = false;
  bool was_quoted = false;
  size_t quote_line = 0;
  while (pos_ < text_.size()) {
    const char c = text_[pos_++];
    if (quoted) {
      if (c == '"') {
        if (pos_ < text_.size() && text_[pos_] == '"') {
          field += '"';
          ++pos_;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n')
          ++line_;
        field += c;
      }
      continue;
    }
    if (c == '"' && !was_quoted && field.find_first_not_of(" \t") == std::string::npos) {
      field.clear();
      quoted = was_quoted = true;
      quote_line = line_;
    } else if (c == delim_) {
      row.fields.push_back(std::move(field));
      field.clear();
      was_quoted = false;
    } else if (c == '\n') {
      ++line_;
      row.fields.push_back(std::move(field));
      return true;
    } else if (was_quoted && c != ' ' && c != '\t') {
      row.error = "text after a closing quote";
      while (pos_ < text_.size() && text_[pos_] != '\n') ++pos_;
      if (pos_ < text_.size()) {
        ++pos_;
        ++line_;
      }
      return true;
    } else if (!was_quoted) {
      field += c;
    }
  }
  if (quoted) {
    error_ = std::to_string(quote_line) + ": unterminated quoted field";
    return false;
  }
  row.fields.push_back(std::move(field));
  return true;
}

}  // namespace causeline::importers
