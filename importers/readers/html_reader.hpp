#pragma once
// Saved web pages (.html, .htm, .xhtml): the article body without boilerplate, with title,
// publication date, language and canonical URL from the page's metadata. Legacy charsets declared
// by <meta charset> are converted to UTF-8. A page with a canonical URL gets its id from that URL,
// so saving the same page again (with new content) updates the same document.
#include "importers/readers/reader.hpp"

namespace causeline::importers {

bool html_accepts(const std::filesystem::path& path, std::string_view head);
void read_html(const std::filesystem::path& path, std::string_view bytes, const RecordSink& sink);

}  // namespace causeline::importers
