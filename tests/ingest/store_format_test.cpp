// Store format v3-v5: evidence kept as offsets into the document text, WITHOUT ROWID tables,
// participants as a column of the event row, and the migration of a version-2 database (whose
// evidence is stored as text) in place.
#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>

#include "core/sha256.hpp"
#include "core/store/migrations.hpp"
#include "core/store/store.hpp"
#include "tests/ingest/ingest_test_util.hpp"

using namespace causeline;

namespace {

const std::string kText =
    "In April 2025 the ministry tightened export rules. Exports fell, so prices rose in May.";

Event event_of(const std::string& id, const std::string& doc, size_t begin, size_t end,
               const std::string& evidence) {
  Event e;
  e.id = id;
  e.title = "title " + id;
  e.type = "restrict";
  e.when = TimeValue::parse("2025-04");
  e.dating = Dating::explicit_;
  e.participants = {"ministry", "exporters"};
  e.sources.push_back(Source{doc, begin, begin + 4, begin, end, evidence, "en"});
  return e;
}

Link link_of(const std::string& from, const std::string& to, const std::string& evidence) {
  Link l;
  l.from = from;
  l.to = to;
  l.type = LinkType::caused;
  l.cue = "so";
  l.evidence = evidence;
  l.doc = "d";
  l.confidence = 0.75;
  return l;
}

/// Events: one whose evidence is a slice of the text, one whose evidence is not (curated text,
/// wrong offsets), one with offsets past the end; links: one slice, one foreign sentence.
struct Fixture {
  Document doc = test::store_doc("d", kText);
  std::vector<Event> events = {
      event_of("d-14", "d", 0, 50, kText.substr(0, 50)),
      event_of("d-51", "d", 51, 63, "Exports fell (as curated)"),
      event_of("d-70", "d", 70, 9999, "prices rose"),
  };
  std::vector<Link> links = {link_of("d-51", "d-70", kText.substr(51)),
                             link_of("d-14", "d-51", "A sentence from elsewhere.")};
  // Rows whose ids do not start with "d-" (as curated rows may be named) and another document
  // whose event ids do: the by-document queries must find the former and leave the latter.
  Event curated = event_of("rule-change", "d", 0, 50, kText.substr(0, 50));
  Link curated_link = link_of("rule-change", "d-14", "so");
  Document other = test::store_doc("d-2", "Another text about d.");
  Event other_event = event_of("d-2-0", "d-2", 0, 7, "Another");
};

int64_t count(SQLite::Database& db, const std::string& sql) {
  return db.execAndGet(sql).getInt64();
}

}  // namespace

TEST_CASE("store format: evidence round-trips, slices are stored as offsets only",
          "[ingest][store]") {
  auto dir = test::scratch_dir("store-format");
  Fixture f;
  store::Store s(dir / "t.db");
  REQUIRE(s.put(f.doc, f.events, f.links) == store::PutOutcome::added);
  CHECK(count(s.database(), "SELECT count(*) FROM events WHERE evidence IS NULL") == 1);
  CHECK(count(s.database(), "SELECT count(*) FROM links WHERE evidence IS NULL") == 1);
  auto t = s.load();
  REQUIRE(t.events.size() == 3);
  for (size_t i = 0; i < 3; ++i) {
    CAPTURE(i);
    CHECK(t.events[i].sources[0].evidence == f.events[i].sources[0].evidence);
    CHECK(t.events[i].sources[0].evidence_end == f.events[i].sources[0].evidence_end);
    CHECK(t.events[i].participants == std::vector<std::string>{"exporters", "ministry"});
  }
  REQUIRE(t.links.size() == 2);
  CHECK(t.links[0].evidence == f.links[1].evidence);  // d-14 > d-51 sorts first
  CHECK(t.links[1].evidence == f.links[0].evidence);
  CHECK(t.links[1].confidence == 0.75);

  // A new version archives the old events with their evidence rebuilt from the old text.
  REQUIRE(s.put(test::store_doc("d", "Other text."), {}, {}) == store::PutOutcome::updated);
  auto old = s.versions("d");
  REQUIRE(old.size() == 1);
  REQUIRE(old[0].events.size() == 3);
  CHECK(old[0].events[0].sources[0].evidence == f.events[0].sources[0].evidence);
  REQUIRE(old[0].links.size() == 2);
  CHECK(old[0].links[1].evidence == f.links[0].evidence);
  CHECK(count(s.database(), "SELECT count(*) FROM events") == 0);
  CHECK(count(s.database(), "SELECT count(*) FROM links") == 0);
}

TEST_CASE("store format: a document's rows are found whatever their ids", "[ingest][store]") {
  auto dir = test::scratch_dir("store-format-ids");
  Fixture f;
  store::Store s(dir / "t.db");
  REQUIRE(s.put(f.other, {f.other_event}, {}) == store::PutOutcome::added);
  auto events = f.events;
  events.push_back(f.curated);
  auto links = f.links;
  links.push_back(f.curated_link);
  REQUIRE(s.put(f.doc, events, links) == store::PutOutcome::added);
  // Only the rows a key range cannot find are in the by-document indexes.
  CHECK(count(s.database(),
              "SELECT count(*) FROM events INDEXED BY events_doc WHERE doc = 'd' "
              "AND NOT (id >= doc || '-' AND id < doc || '.')") == 1);
  CHECK(count(s.database(),
              "SELECT count(*) FROM links INDEXED BY links_doc WHERE doc = 'd' AND "
              "NOT (from_event >= doc || '-' AND from_event < doc || '.')") == 1);

  REQUIRE(s.put(test::store_doc("d", "Other text."), {}, {}) == store::PutOutcome::updated);
  auto old = s.versions("d");
  REQUIRE(old.size() == 1);
  REQUIRE(old[0].events.size() == 4);
  CHECK(old[0].events[3].id == "rule-change");
  REQUIRE(old[0].links.size() == 3);
  CHECK(old[0].links[2].from == "rule-change");
  // Everything of "d" is gone; "d-2" (whose event ids also start with "d-") is untouched.
  CHECK(count(s.database(), "SELECT count(*) FROM events WHERE doc = 'd'") == 0);
  CHECK(count(s.database(), "SELECT count(*) FROM links WHERE doc = 'd'") == 0);
  CHECK(count(s.database(), "SELECT count(*) FROM events WHERE id = 'd-2-0'") == 1);
  CHECK(count(s.database(),
              "SELECT count(*) FROM events WHERE id = 'd-2-0' AND participants IS NOT NULL") == 1);
}

TEST_CASE("store format: a version-2 database is migrated in place", "[ingest][store]") {
  auto dir = test::scratch_dir("store-format-v2");
  auto path = dir / "v2.db";
  Fixture f;
  {
    SQLite::Database db(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec(std::string(store::migrations()[0]));
    db.exec(std::string(store::migrations()[1]));
    db.exec("PRAGMA user_version = 2");
    db.exec(
        "INSERT INTO documents (id, source, title, lang, published, content_hash, text) "
        "VALUES ('d', 'x', 'T', 'en', '2025-06-02', '" +
        f.doc.content_hash + "', '" + kText + "')");
    db.exec(
        "INSERT INTO events VALUES ('d-14', 'd', 't', 'restrict', '2025-04', '', 'month', "
        "20179, 20208, 'explicit', 'asserted', 0.8, 0, 4, 0, 50, '" +
        kText.substr(0, 50) + "', 'en')");
    db.exec(
        "INSERT INTO events VALUES ('d-51', 'd', 't', 'fall', NULL, '', 'none', NULL, NULL, "
        "'undated', 'asserted', 0.8, 51, 58, 51, 63, 'Exports fell', 'en')");
    db.exec("INSERT INTO participants VALUES ('d-14', 'ministry')");
    db.exec("INSERT INTO participants VALUES ('d-14', 'a' || char(31) || 'z' || char(30))");
    db.exec(
        "INSERT INTO links VALUES ('d-14', 'd-51', 'caused', 'so', 'Exports fell.', 'd', "
        "0.5)");
  }
  store::Store s(path);
  CHECK(s.schema_version() == static_cast<int>(store::migrations().size()));
  CHECK(s.database().execAndGet("PRAGMA foreign_keys").getInt() == 1);
  CHECK(s.database().execAndGet("PRAGMA integrity_check").getString() == "ok");
  auto t = s.load();
  REQUIRE(t.events.size() == 2);
  CHECK(t.events[0].sources[0].evidence == kText.substr(0, 50));
  CHECK(t.events[1].sources[0].evidence == "Exports fell");
  CHECK(t.events[0].participants == std::vector<std::string>{"a\x1fz\x1e", "ministry"});
  CHECK(t.events[1].participants.empty());
  REQUIRE(t.links.size() == 1);
  CHECK(t.links[0].evidence == "Exports fell.");
  // The foreign keys survive the rebuild: deleting the document cascades to everything.
  s.database().exec("DELETE FROM documents WHERE id = 'd'");
  CHECK(count(s.database(), "SELECT count(*) FROM events") == 0);
  CHECK(count(s.database(), "SELECT count(*) FROM links") == 0);
  // And new documents are stored in the v3 form.
  REQUIRE(s.put(f.doc, f.events, f.links) == store::PutOutcome::added);
  CHECK(count(s.database(), "SELECT count(*) FROM events WHERE evidence IS NULL") == 1);
}

TEST_CASE("store format: participants are one column, sorted, without repeats, any bytes",
          "[ingest][store]") {
  auto dir = test::scratch_dir("store-format-participants");
  Fixture f;
  auto events = f.events;
  events[0].participants = {"b", "a\x1e", "a\x1fz", "b", ""};
  events[1].participants.clear();
  store::Store s(dir / "t.db");
  REQUIRE(s.put(f.doc, events, f.links) == store::PutOutcome::added);
  CHECK(count(s.database(), "SELECT count(*) FROM events WHERE participants IS NULL") == 1);
  auto t = s.load();
  REQUIRE(t.events.size() == 3);
  CHECK(t.events[0].participants == std::vector<std::string>{"", "a\x1e", "a\x1fz", "b"});
  CHECK(t.events[1].participants.empty());
  REQUIRE(s.put(test::store_doc("d", "Other text."), {}, {}) == store::PutOutcome::updated);
  auto old = s.versions("d");
  REQUIRE(old.size() == 1);
  REQUIRE(old[0].events.size() == 3);
  CHECK(old[0].events[0].participants == t.events[0].participants);
}
