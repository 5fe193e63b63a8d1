#include "core/store/versions.hpp"

#include <SQLiteCpp/Statement.h>

#include "core/store/doc_rows.hpp"
#include "core/store/evidence.hpp"
#include "core/store/participant_list.hpp"
#include "core/store/store.hpp"
#include "core/store/version_codec.hpp"

namespace causeline::store {
namespace {

/// Events and links of one document as stored now (one Source per event).
std::pair<std::vector<Event>, std::vector<Link>> current_events(SQLite::Database& db,
                                                                const std::string& doc_id) {
  std::string text;
  {
    SQLite::Statement t(db, "SELECT text FROM documents WHERE id = ?");
    t.bind(1, doc_id);
    if (t.executeStep())
      text = t.getColumn(0).getString();
  }
  std::vector<Event> events;
  SQLite::Statement q(db,
                      "SELECT id, title, type, timex, mod, dating, modality, confidence, "
                      "trigger_begin, trigger_end, evidence_begin, evidence_end, evidence, lang, "
                      "participants FROM events WHERE " +
                          kEventsOfDoc + " ORDER BY id");
  q.bind(1, doc_id);
  while (q.executeStep()) {
    Event e;
    e.id = q.getColumn(0).getString();
    e.title = q.getColumn(1).getString();
    e.type = q.getColumn(2).getString();
    if (!q.getColumn(3).isNull()) {
      e.when = TimeValue::parse(q.getColumn(3).getString(), q.getColumn(4).getString());
    }
    e.dating = dating_from_string(q.getColumn(5).getString());
    e.modality = q.getColumn(6).getString();
    e.confidence = q.getColumn(7).getDouble();
    Source s;
    s.doc = doc_id;
    s.trigger_begin = static_cast<size_t>(q.getColumn(8).getInt64());
    s.trigger_end = static_cast<size_t>(q.getColumn(9).getInt64());
    s.evidence_begin = static_cast<size_t>(q.getColumn(10).getInt64());
    s.evidence_end = static_cast<size_t>(q.getColumn(11).getInt64());
    s.evidence = stored_evidence(q.getColumn(12), text, s.evidence_begin, s.evidence_end);
    s.lang = q.getColumn(13).getString();
    e.sources.push_back(std::move(s));
    if (!q.getColumn(14).isNull())
      e.participants = decode_participants(q.getColumn(14).getString());
    events.push_back(std::move(e));
  }
  std::vector<Link> links;
  SQLite::Statement l(db,
                      "SELECT from_event, to_event, type, cue, evidence, confidence, "
                      "evidence_begin, evidence_end FROM links WHERE " +
                          kLinksOfDoc +
                          " ORDER BY from_event, "
                          "to_event, type");
  l.bind(1, doc_id);
  while (l.executeStep()) {
    Link link;
    link.from = l.getColumn(0).getString();
    link.to = l.getColumn(1).getString();
    link.type = link_type_from_string(l.getColumn(2).getString()).value_or(LinkType::caused);
    link.cue = l.getColumn(3).getString();
    link.evidence =
        stored_evidence(l.getColumn(4), text, static_cast<size_t>(l.getColumn(6).getInt64()),
                        static_cast<size_t>(l.getColumn(7).getInt64()));
    link.doc = doc_id;
    link.confidence = l.getColumn(5).getDouble();
    links.push_back(std::move(link));
  }
  return {std::move(events), std::move(links)};
}

}  // namespace

void archive_current_version(SQLite::Database& db, const std::string& doc_id) {
  auto [events, links] = current_events(db, doc_id);
  SQLite::Statement ins(db,
                        "INSERT INTO document_versions (doc, version, source, title, lang, "
                        "published, content_hash, text, events, links) SELECT id, version, "
                        "source, title, lang, published, content_hash, text, ?, ? FROM documents "
                        "WHERE id = ?");
  ins.bind(1, encode_events(events));
  ins.bind(2, encode_links(links));
  ins.bind(3, doc_id);
  ins.exec();
}

std::vector<Store::Version> Store::versions(const std::string& doc_id) {
  std::vector<Version> out;
  SQLite::Statement q(db_,
                      "SELECT version, source, title, lang, published, content_hash, text, events, "
                      "links FROM document_versions WHERE doc = ? ORDER BY version");
  q.bind(1, doc_id);
  while (q.executeStep()) {
    Version v;
    v.number = q.getColumn(0).getInt64();
    v.doc.id = doc_id;
    v.doc.source = q.getColumn(1).getString();
    v.doc.title = q.getColumn(2).getString();
    v.doc.lang = q.getColumn(3).getString();
    if (!q.getColumn(4).isNull())
      v.doc.published = TimeValue::parse(q.getColumn(4).getString());
    v.doc.content_hash = q.getColumn(5).getString();
    v.doc.text = q.getColumn(6).getString();
    v.events = decode_events(q.getColumn(7).getString());
    v.links = decode_links(q.getColumn(8).getString());
    out.push_back(std::move(v));
  }
  return out;
}

int64_t Store::version(const std::string& doc_id) {
  SQLite::Statement q(db_, "SELECT version FROM documents WHERE id = ?");
  q.bind(1, doc_id);
  return q.executeStep() ? q.getColumn(0).getInt64() : 0;
}

std::vector<std::string> Store::aliases(const std::string& doc_id) {
  std::vector<std::string> out;
  SQLite::Statement q(db_, "SELECT alias FROM document_aliases WHERE doc = ? ORDER BY alias");
  q.bind(1, doc_id);
  while (q.executeStep()) out.push_back(q.getColumn(0).getString());
  return out;
}

std::optional<PutOutcome> known_content(StatementCache& statements, const std::string& doc_id,
                                        const std::string& content_hash) {
  {
    auto by_id = statements.get("SELECT content_hash FROM documents WHERE id = ?");
    by_id->bind(1, doc_id);
    if (by_id->executeStep()) {
      if (by_id->getColumn(0).getString() == content_hash)
        return PutOutcome::unchanged;
      return std::nullopt;
    }
  }
  auto by_hash = statements.get("SELECT 1 FROM documents WHERE content_hash = ? LIMIT 1");
  by_hash->bind(1, content_hash);
  if (by_hash->executeStep())
    return PutOutcome::duplicate;
  return std::nullopt;
}

Lookup::Lookup(const std::filesystem::path& path, int busy_timeout_ms)
    : db_(configured_path(path), SQLite::OPEN_READONLY | SQLite::OPEN_NOMUTEX) {
  db_.setBusyTimeout(busy_timeout_ms);
}

std::optional<PutOutcome> Lookup::known(const std::string& doc_id,
                                        const std::string& content_hash) {
  return known_content(statements_, doc_id, content_hash);
}

}  // namespace causeline::store
