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

// v3: fewer and smaller pages written per document. Events, participants and links become
// WITHOUT ROWID tables clustered by their keys (an event id starts with its document's id, so one
// document's rows share a few leaf pages instead of landing in a table and a key index each); the
// begin_day index, which no query uses and which put every event on a different page, is gone;
// and evidence that is a slice of the document text is stored as its byte offsets only
// (evidence NULL), rebuilt from the text on read.
constexpr std::string_view kV3 = R"sql(
ALTER TABLE participants RENAME TO participants_v2;
ALTER TABLE links RENAME TO links_v2;
ALTER TABLE events RENAME TO events_v2;
DROP INDEX events_doc;
DROP INDEX events_begin;
DROP INDEX links_to;
DROP INDEX links_doc;

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
  evidence       TEXT,  -- NULL: the document text from evidence_begin to evidence_end
  lang           TEXT NOT NULL
) STRICT, WITHOUT ROWID;
INSERT INTO events SELECT * FROM events_v2;

CREATE TABLE participants (
  event TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  name  TEXT NOT NULL,
  PRIMARY KEY (event, name)
) STRICT, WITHOUT ROWID;
INSERT INTO participants SELECT event, name FROM participants_v2;

CREATE TABLE links (
  from_event     TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  to_event       TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  type           TEXT NOT NULL CHECK (type IN ('caused', 'enabled', 'prevented', 'preceded')),
  cue            TEXT NOT NULL,
  evidence       TEXT,  -- NULL: the document text from evidence_begin to evidence_end
  doc            TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  confidence     REAL NOT NULL,
  evidence_begin INTEGER,
  evidence_end   INTEGER,
  PRIMARY KEY (from_event, to_event, type)
) STRICT, WITHOUT ROWID;
INSERT INTO links (from_event, to_event, type, cue, evidence, doc, confidence)
  SELECT from_event, to_event, type, cue, evidence, doc, confidence FROM links_v2;

DROP TABLE participants_v2;
DROP TABLE links_v2;
DROP TABLE events_v2;
CREATE INDEX events_doc ON events(doc);
CREATE INDEX links_to ON links(to_event);
CREATE INDEX links_doc ON links(doc);
)sql";

// v4: the by-document indexes hold only the rows a primary-key range cannot find (events whose id
// does not start with their document's id and '-', links whose from_event does not), so an
// extracted document adds no entries to them. See doc_rows.hpp for the queries that use them.
constexpr std::string_view kV4 = R"sql(
DROP INDEX events_doc;
CREATE INDEX events_doc ON events(doc) WHERE NOT (id >= doc || '-' AND id < doc || '.');
DROP INDEX links_doc;
CREATE INDEX links_doc ON links(doc)
  WHERE NOT (from_event >= doc || '-' AND from_event < doc || '.');
)sql";

// v5: an event's participants are a column of its row (see participant_list.hpp) instead of one
// row each in a table of their own, so an import writes one B-tree fewer per document (about a
// sixth fewer pages per commit) and no participant row at all. The check on a link's type
// compares instead of testing membership in a list: SQLite builds a temporary table for an IN
// list of more than two constants, on every INSERT.
constexpr std::string_view kV5 = R"sql(
ALTER TABLE events ADD COLUMN participants TEXT;  -- NULL: none
UPDATE events SET participants = (
  SELECT group_concat(n, char(31)) FROM (
    SELECT replace(replace(name, char(30), char(30) || char(30)), char(31), char(30) || char(31))
      AS n
    FROM participants WHERE event = events.id ORDER BY name));
DROP TABLE participants;

ALTER TABLE links RENAME TO links_v4;
DROP INDEX links_to;
DROP INDEX links_doc;
CREATE TABLE links (
  from_event     TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  to_event       TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  type           TEXT NOT NULL CHECK (type = 'caused' OR type = 'enabled' OR type = 'prevented'
                                      OR type = 'preceded'),
  cue            TEXT NOT NULL,
  evidence       TEXT,  -- NULL: the document text from evidence_begin to evidence_end
  doc            TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  confidence     REAL NOT NULL,
  evidence_begin INTEGER,
  evidence_end   INTEGER,
  PRIMARY KEY (from_event, to_event, type)
) STRICT, WITHOUT ROWID;
INSERT INTO links SELECT * FROM links_v4;
DROP TABLE links_v4;
CREATE INDEX links_to ON links(to_event);
CREATE INDEX links_doc ON links(doc)
  WHERE NOT (from_event >= doc || '-' AND from_event < doc || '.');
)sql";

// v6: settings the database keeps between commands, such as the master timeline `build
// --reference` dated it with (key 'reference': the file's absolute path).
constexpr std::string_view kV6 = R"sql(
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT, WITHOUT ROWID;
)sql";

constexpr std::array<std::string_view, 6> kMigrations = {kV1, kV2, kV3, kV4, kV5, kV6};

}  // namespace

std::span<const std::string_view> migrations() noexcept { return kMigrations; }

}  // namespace causeline::store
