// Store: migrations, one transaction per document, idempotent re-import, load round trip.
#include "core/store/store.hpp"

#include <SQLiteCpp/Statement.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "core/sha256.hpp"
#include "tests/scratch_dir.hpp"

using namespace causeline;

namespace {

Document make_doc(const std::string& id, const std::string& text) {
  Document d;
  d.id = id;
  d.source = id + ".txt";
  d.title = "Title " + id;
  d.lang = "en";
  d.published = TimeValue::parse("2025-05-14");
  d.text = text;
  d.content_hash = sha256_hex(text);
  return d;
}

Event make_event(const std::string& id, const std::string& doc, const char* when) {
  Event e;
  e.id = id;
  e.title = "event " + id;
  e.type = "restrict";
  e.when = TimeValue::parse(when, "AFTER");
  e.dating = Dating::explicit_;
  e.participants = {"Nvidia", "United States"};
  e.sources.push_back(Source{doc, 0, 4, 0, 10, "evidence", "en"});
  return e;
}

}  // namespace

TEST_CASE("store: fresh database is migrated to the latest schema", "[store]") {
  store::Store s(":memory:");
  CHECK(s.schema_version() >= 1);
  CHECK(s.database().execAndGet("PRAGMA foreign_keys").getInt() == 1);
}

TEST_CASE("store: put and load round-trip a document", "[store]") {
  store::Store s(":memory:");
  auto doc = make_doc("a", "Some text here.");
  std::vector<Event> events = {make_event("a-1", "a", "2025-04"), make_event("a-2", "a", "2025")};
  std::vector<Link> links = {Link{"a-1", "a-2", LinkType::caused, "led to", "ev", "a", 0.8}};
  CHECK(s.put(doc, events, links) == store::PutOutcome::added);
  Timeline t = s.load();
  REQUIRE(t.documents.size() == 1);
  CHECK(t.documents[0].published.str() == "2025-05-14");
  REQUIRE(t.events.size() == 2);
  CHECK(t.events[0].when == TimeValue::parse("2025-04", "AFTER"));
  CHECK(t.events[0].participants == std::vector<std::string>{"Nvidia", "United States"});
  CHECK(t.events[0].sources[0].evidence_end == 10);
  REQUIRE(t.links.size() == 1);
  CHECK(t.links[0].cue == "led to");
}

TEST_CASE("store: re-importing an unchanged document changes nothing", "[store]") {
  store::Store s(":memory:");
  auto doc = make_doc("a", "Some text here.");
  std::vector<Event> events = {make_event("a-1", "a", "2025-04")};
  REQUIRE(s.put(doc, events, {}) == store::PutOutcome::added);
  auto before = s.counts();
  CHECK(s.put(doc, events, {}) == store::PutOutcome::unchanged);
  auto after = s.counts();
  CHECK(after.documents == before.documents);
  CHECK(after.events == before.events);
}

TEST_CASE("store: changed content replaces the document's events", "[store]") {
  store::Store s(":memory:");
  REQUIRE(s.put(make_doc("a", "v1"), {make_event("a-1", "a", "2025-04")}, {}) ==
          store::PutOutcome::added);
  CHECK(s.put(make_doc("a", "v2"), {make_event("a-9", "a", "2024")}, {}) ==
        store::PutOutcome::updated);
  Timeline t = s.load();
  REQUIRE(t.events.size() == 1);
  CHECK(t.events[0].id == "a-9");
}

TEST_CASE("store: a failing document leaves nothing behind", "[store]") {
  store::Store s(":memory:");
  REQUIRE(s.put(make_doc("a", "v1"), {make_event("a-1", "a", "2025-04")}, {}) ==
          store::PutOutcome::added);
  // The second document reuses an event id: the insert fails half-way and must roll back entirely.
  CHECK_THROWS(s.put(make_doc("b", "other"),
                     {make_event("b-1", "b", "2025"), make_event("a-1", "b", "2025")}, {}));
  auto c = s.counts();
  CHECK(c.documents == 1);
  CHECK(c.events == 1);
  // and the store stays usable
  CHECK(s.put(make_doc("b", "other"), {make_event("b-1", "b", "2025")}, {}) ==
        store::PutOutcome::added);
}

TEST_CASE("store: a database from a newer causeline is refused", "[store]") {
  const test::ScratchDir dir("store-newer");
  const auto path = dir / "newer.db";
  {
    store::Store s(path);
    s.database().exec("PRAGMA user_version = 999");
  }
  CHECK_THROWS_WITH(store::Store(path), Catch::Contains("newer"));
}

namespace {

/// Every stored row of every table, in key order, as text.
std::string dump(store::Store& s) {
  std::string out;
  for (const char* q :
       {"SELECT id, version, content_hash FROM documents ORDER BY id",
        "SELECT id, doc, title FROM events ORDER BY id",
        "SELECT from_event, to_event, type, doc FROM links ORDER BY from_event, to_event, type",
        "SELECT doc, version FROM document_versions ORDER BY doc, version"}) {
    SQLite::Statement st(s.database(), q);
    while (st.executeStep()) {
      for (int c = 0; c < st.getColumnCount(); ++c) out += st.getColumn(c).getString() + '|';
      out += '\n';
    }
  }
  return out;
}

/// Puts that lean on the foreign keys: links to another document's events, a link to an event
/// stored nowhere (the document fails), and a new version of a document whose events another
/// document's link names (the link goes with them). Returns the rows and the failure message.
std::pair<std::string, std::string> put_linked_documents(store::Store& s) {
  REQUIRE(s.put(make_doc("a", "v1"),
                {make_event("a-1", "a", "2025"), make_event("a-2", "a", "2025")},
                {Link{"a-1", "a-2", LinkType::caused, "led to", "ev", "a", 0.8}}) ==
          store::PutOutcome::added);
  REQUIRE(s.put(make_doc("b", "b"), {make_event("b-1", "b", "2025")},
                {Link{"a-1", "b-1", LinkType::caused, "led to", "ev", "b", 0.8},
                 Link{"b-1", "a-2", LinkType::enabled, "so", "ev", "b", 0.8}}) ==
          store::PutOutcome::added);
  std::string failure;
  try {
    s.put(make_doc("c", "c"), {make_event("c-1", "c", "2025")},
          {Link{"c-1", "x-1", LinkType::caused, "led to", "ev", "c", 0.8}});
  } catch (const std::exception& e) {
    failure = e.what();
  }
  REQUIRE(s.put(make_doc("a", "v2"), {make_event("a-9", "a", "2024")}, {}) ==
          store::PutOutcome::updated);
  return {dump(s), failure};
}

}  // namespace

TEST_CASE("store: put keeps the foreign keys itself as SQLite does", "[store]") {
  store::Store checked(":memory:");
  const auto expected = put_linked_documents(checked);
  CHECK(expected.second == "FOREIGN KEY constraint failed");
  CHECK(expected.first.find("b-1|a-2") == std::string::npos);  // cascaded with a-2
  store::Store own(":memory:");
  {
    store::Store::OwnForeignKeys keys(own);
    CHECK(own.database().execAndGet("PRAGMA foreign_keys").getInt() == 0);
    CHECK(put_linked_documents(own) == expected);
  }
  CHECK(own.database().execAndGet("PRAGMA foreign_keys").getInt() == 1);
  SQLite::Statement violations(own.database(), "PRAGMA foreign_key_check");
  CHECK_FALSE(violations.executeStep());
}
