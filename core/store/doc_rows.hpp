#pragma once
// The rows of one document. An extracted event's id starts with its document's id and '-' (and a
// link's from_event with it), so those rows are found by a range on the primary key; the
// events_doc and links_doc indexes (schema v4) hold only the other rows. The conditions below
// repeat the indexes' WHERE clauses word for word, which is what lets SQLite use them.
#include <string>

namespace causeline::store {

/// WHERE condition for the events of document ?1.
inline const std::string kEventsOfDoc =
    "((id >= ?1 || '-' AND id < ?1 || '.' AND doc = ?1) OR "
    "(doc = ?1 AND NOT (id >= doc || '-' AND id < doc || '.')))";

/// WHERE condition for the links read from document ?1.
inline const std::string kLinksOfDoc =
    "((from_event >= ?1 || '-' AND from_event < ?1 || '.' AND doc = ?1) OR "
    "(doc = ?1 AND NOT (from_event >= doc || '-' AND from_event < doc || '.')))";

}  // namespace causeline::store
