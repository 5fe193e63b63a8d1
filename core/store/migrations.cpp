#include "core/store/migrations.hpp"

#include <array>

namespace causeline::store {
namespace {

constexpr std::string_view kV1 = R"sql(
CREATE TABLE documents (
  id           TEXT PRIMARY KEY,
  source       TEXT NOT NULL,
  title        TEXT NOT NULL,
  lang         TEXT NOT NULL,
  published    TEXT,
  content_hash TEXT NOT NULL,
  text         TEXT NOT NULL
) STRICT;

CREATE TABLE events (
  id             TEXT PRIMARY KEY,
  doc            TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  title          TEXT NOT NULL,
  type           TEXT NOT NULL,
  timex          TEXT,
  mod            TEXT NOT NULL DEFAULT '',
  grain          TEXT NOT NULL,
  begin_day      INTEGER,
  end_day        INTEGER,
  dating         TEXT NOT NULL,
  modality       TEXT NOT NULL,
  confidence     REAL NOT NULL,
  trigger_begin  INTEGER NOT NULL,
  trigger_end    INTEGER NOT NULL,
  evidence_begin INTEGER NOT NULL,
  evidence_end   INTEGER NOT NULL,
  evidence       TEXT NOT NULL,
  lang           TEXT NOT NULL
) STRICT;
CREATE INDEX events_doc ON events(doc);
CREATE INDEX events_begin ON events(begin_day);

CREATE TABLE participants (
  event TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  name  TEXT NOT NULL,
  PRIMARY KEY (event, name)
) STRICT;

CREATE TABLE links (
  from_event TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  to_event   TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  type       TEXT NOT NULL CHECK (type IN ('caused', 'enabled', 'prevented', 'preceded')),
  cue        TEXT NOT NULL,
  evidence   TEXT NOT NULL,
  doc        TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  confidence REAL NOT NULL,
  PRIMARY KEY (from_event, to_event, type)
) STRICT;
CREATE INDEX links_to ON links(to_event);
CREATE INDEX links_doc ON links(doc);
)sql";

// v2: document identity and versions. A document whose content changes keeps its id; the
// replaced version (its text, metadata, events and links) moves to document_versions, so the old
// provenance stays recoverable. Content already stored under another id is recorded as an alias
// of that document instead of a second copy.
constexpr std::string_view kV2 = R"sql(
ALTER TABLE documents ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
CREATE INDEX documents_hash ON documents(content_hash);

CREATE TABLE document_versions (
  doc          TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  version      INTEGER NOT NULL,
  source       TEXT NOT NULL,
  title        TEXT NOT NULL,
  lang         TEXT NOT NULL,
  published    TEXT,
  content_hash TEXT NOT NULL,
  text         TEXT NOT NULL,
  events       TEXT NOT NULL,
  links        TEXT NOT NULL,
  PRIMARY KEY (doc, version)
) STRICT;

CREATE TABLE document_aliases (
  alias  TEXT PRIMARY KEY,
  doc    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  source TEXT NOT NULL
) STRICT;
CREATE INDEX document_aliases_doc ON document_aliases(doc);
)sql";

constexpr std::array<std::string_view, 2> kMigrations = {kV1, kV2};

}  // namespace

std::span<const std::string_view> migrations() noexcept { return kMigrations; }

}  // namespace causeline::store
