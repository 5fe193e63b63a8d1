#pragma once
// Document versions: archiving the current version of a document before it is replaced.
#include <SQLiteCpp/Database.h>

#include <string>

namespace causeline::store {

/// Copies the current row of document `doc_id`, with its events and links, into
/// document_versions. Runs inside the caller's transaction.
void archive_current_version(SQLite::Database& db, const std::string& doc_id);

}  // namespace causeline::store
