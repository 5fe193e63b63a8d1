#pragma once
// RSS 2.0 (and RSS 1.0) and Atom feeds: every item or entry is an article. Its date is pubDate
// (RSS), published or else updated (Atom); its text is the full content when the feed carries it
// (content:encoded, Atom content), else the description or summary, HTML turned into text. Item
// ids come from the item's link (so a feed item and the saved page of the same URL are one
// document), else from its guid or Atom id. The feed is read as a stream: in a truncated feed
// every complete item is imported and the error names the file and line where it broke.
#include "importers/readers/reader.hpp"

namespace causeline::importers {

bool feed_accepts(const std::filesystem::path& path, std::string_view head);
void read_feed(const std::filesystem::path& path, std::string_view bytes, const RecordSink& sink);

/// RFC 822 / RFC 1123 dates as used by RSS ("Tue, 15 Apr 2025 09:30:00 GMT") reduced to their
/// day, or an ISO 8601 date or timestamp; !ok() when neither.
TimeValue parse_feed_date(std::string_view s);

}  // namespace causeline::importers
