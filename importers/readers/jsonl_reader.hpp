#pragma once
// JSON Lines articles: one object per line, {"id", "text", "title"?, "url"?, "lang"?,
// "published"?}. "id" may be left out when "url" is given (the id is then derived from the URL). A
// broken line is reported as "file:line: ..." and the other lines are still read. `-` reads
// standard input.
#include "importers/readers/reader.hpp"

namespace causeline::importers {

bool jsonl_accepts(const std::filesystem::path& path, std::string_view head);
void read_jsonl(const std::filesystem::path& path, std::string_view bytes, const RecordSink& sink);
/// One record; `where` ("FILE:LINE") prefixes errors and is the source when there is no URL.
Result<Record> read_jsonl_line(const std::string& where, std::string_view line);

}  // namespace causeline::importers
