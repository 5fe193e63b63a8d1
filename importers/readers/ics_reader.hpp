#pragma once
// iCalendar files (RFC 5545): every VEVENT (and VJOURNAL, undated) is a curated event with its own
// provenance. DTSTART gives the date (VALUE=DATE: a day; date-times: to the minute), refined by
// X-TIMELINE-PRECISION (DAY, MONTH, QUARTER, YEAR ...) as causeline's exporter writes it;
// SUMMARY is the headline, DESCRIPTION the text, CATEGORIES the type then participants, UID the
// author's id; RELATED-TO;RELTYPE=DEPENDS-ON[;X-LINK-TYPE=CAUSED|ENABLED|PREVENTED|PRECEDED]:UID
// becomes a link from that event to this one. Errors name the file and line.
#include "importers/readers/reader.hpp"

namespace causeline::importers {

bool ics_accepts(const std::filesystem::path& path, std::string_view head);
void read_ics(const std::filesystem::path& path, std::string_view bytes, const RecordSink& sink);

}  // namespace causeline::importers
