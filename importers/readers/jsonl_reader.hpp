#pragma once
// JSON Lines articles: one object per line, {"id", "text", "title"?, "url"?, "lang"?, "published"?}.
// A broken line is reported as "file:line: ..." and the other lines are still read.
#include "importers/readers/reader.hpp"

namespace causeline::importers {

bool jsonl_accepts(const std::filesystem::path& path, std::string_view head);
void read_jsonl(const std::filesystem::path& path, std::string_view bytes, const DocumentSink& sink);

}  // namespace causeline::importers
