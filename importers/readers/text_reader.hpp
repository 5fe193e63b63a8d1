#pragma once
// Plain-text articles: UTF-8, optionally starting with a header block of `key: value` lines
// (title, url, lang, published) ended by a blank line. Document id = file stem.
#include "importers/readers/reader.hpp"

namespace causeline::importers {

bool text_accepts(const std::filesystem::path& path, std::string_view head);
void read_text(const std::filesystem::path& path, std::string_view bytes, const RecordSink& sink);

/// Splits a header block off `text` into doc (title/url/lang/published); returns the body offset.
size_t parse_header_block(std::string_view text, Document& doc);

}  // namespace causeline::importers
