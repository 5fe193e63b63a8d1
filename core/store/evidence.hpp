#pragma once
// Evidence stored as offsets: an event's or link's evidence is usually a slice of its document's
// text, so the store keeps only the byte offsets (evidence column NULL) and rebuilds the text on
// read; evidence that is not such a slice is stored as text.
#include <SQLiteCpp/Column.h>

#include <string>

namespace causeline::store {

/// True when `evidence` is exactly `text` from byte `begin` to byte `end`.
bool is_slice(const std::string& text, size_t begin, size_t end, const std::string& evidence);

/// The evidence of a row: the stored `column` when not NULL, else `text` from `begin` to `end`
/// (clamped to the text).
std::string stored_evidence(const SQLite::Column& column, const std::string& text, size_t begin,
                            size_t end);

}  // namespace causeline::store
