#pragma once
// Curated events in the TimelineJS spreadsheet template's columns (Year, Month, Day, Time, End
// Year, ..., Display Date, Headline, Text, Media, ..., Type, Group, Background), as CSV or TSV.
// Every row is an event that enters the timeline as it is, with the file as its provenance.
// Optional extra columns: "Unique Id" (or "Id"), "Event Type", "Participants" (separated by ';'),
// and "Caused By", "Enabled By", "Prevented By", "Preceded By" listing Unique Ids (separated by
// ';' or ','), which become links. A row of Type "title" names the document; "era" rows are
// skipped. A bad row is reported as "FILE:LINE: ..." and the other rows are imported.
#include "importers/readers/reader.hpp"

namespace causeline::importers {

bool csv_accepts(const std::filesystem::path& path, std::string_view head);
void read_csv(const std::filesystem::path& path, std::string_view bytes, const RecordSink& sink);

}  // namespace causeline::importers
