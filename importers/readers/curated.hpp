#pragma once
// Curated events (CSV timelines, ICS calendars) become one document per file whose text renders
// every event as a paragraph ("Headline\nText"), so each event's Source points at its own words
// like an extracted event's does, and exports can quote it as evidence.
#include <string>
#include <utility>
#include <vector>

#include "importers/readers/reader.hpp"

namespace causeline::importers {

struct CuratedRow {
  std::string where;  // "FILE:LINE", for errors
  std::string key;    // the author's id for the row (Unique Id, UID), "" when none
  std::string headline;
  std::string text;
  TimeValue when;    // !ok() when undated
  std::string type;  // event type; "" means "curated"
  std::vector<std::string> participants;
  /// (type, key of the cause) for each link that ends at this row.
  std::vector<std::pair<LinkType, std::string>> causes;
};

/// Emits errors for rows that cannot be used (duplicate keys, links to unknown keys) and then one
/// Record holding the document and every usable row's event and links. `doc` must carry id,
/// source, title and content_hash; its text is generated here.
void emit_curated(Document doc, std::vector<CuratedRow> rows, const RecordSink& sink);

/// A TIMEX3 value from calendar fields: year alone, year-month, year-month-day, plus an optional
/// "hh:mm[:ss]" time; !ok() when the fields do not make a date.
TimeValue curated_date(int year, int month, int day, std::string_view time);

/// HTML or plain text cell content as one paragraph of plain text.
std::string plain_cell(std::string_view cell);

}  // namespace causeline::importers
