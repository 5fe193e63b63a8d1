// Identity and versions: same content twice is one document; the same id (URL) with new content
// replaces the events and keeps the old version recoverable.
#include <catch2/catch.hpp>

#include "core/sha256.hpp"
#include "core/store/migrations.hpp"
#include "core/store/store.hpp"
#include "tests/ingest/ingest_test_util.hpp"

using namespace causeline;

namespace {

Event event_of(const std::string& id, const std::string& doc, size_t begin, size_t end,
               const std::string& evidence) {
  Event e;
  e.id = id;
  e.title = evidence;
  e.type = "restrict";
  e.when = TimeValue::parse("2025-04");
  e.dating = Dating::explicit_;
  e.participants = {"Nvidia"};
  e.sources.push_back(Source{doc, begin, begin + 4, begin, end, evidence, "en"});
  return e;
}

}  // namespace

TEST_CASE("identity: the same content under another id is one document, recorded as an alias",
          "[ingest][identity]") {
  store::Store s(":memory:");
  const std::string text = "In April 2025 the licence became necessary.";
  REQUIRE(s.put(test::store_doc("a", text), {event_of("a-3", "a", 3, 43, text)}, {}) ==
          store::PutOutcome::added);
  CHECK(s.known("b", sha256_hex(text)));
  CHECK(s.put(test::store_doc("b", text), {event_of("b-3", "b", 3, 43, text)}, {}) ==
        store::PutOutcome::duplicate);
  auto c = s.counts();
  CHECK(c.documents == 1);
  CHECK(c.events == 1);
  CHECK(s.aliases("a") == std::vector<std::string>{"b"});
  // Seen again: still a duplicate, nothing more stored.
  CHECK(s.put(test::store_doc("b", text), {}, {}) == store::PutOutcome::duplicate);
  CHECK(s.counts().documents == 1);
  // The alias id later arrives with content of its own: now it is a document.
  CHECK_FALSE(s.known("b", sha256_hex("other")));
  CHECK(s.put(test::store_doc("b", "other"), {}, {}) == store::PutOutcome::added);
  CHECK(s.aliases("a").empty());
}

TEST_CASE("identity: new content for the same id replaces events and archives the old version",
          "[ingest][identity]") {
  store::Store s(":memory:");
  const std::string v1 = "In April 2025 the licence became necessary.";
  const std::string v2 = "Correction: in May 2025 the licence became necessary.";
  Event e1 = event_of("u-3", "u", 0, v1.size(), v1);
  Event e2 = event_of("u-9", "u", 9, 50, "other");
  REQUIRE(s.put(test::store_doc("u", v1), {e1, e2},
                {Link{"u-3", "u-9", LinkType::caused, "so", "ev", "u", 0.7}}) ==
          store::PutOutcome::added);
  CHECK(s.version("u") == 1);
  CHECK_FALSE(s.known("u", sha256_hex(v2)));
  REQUIRE(s.put(test::store_doc("u", v2), {event_of("u-16", "u", 16, 54, v2)}, {}) ==
          store::PutOutcome::updated);
  CHECK(s.version("u") == 2);
  Timeline t = s.load();
  REQUIRE(t.documents.size() == 1);
  CHECK(t.documents[0].text == v2);
  REQUIRE(t.events.size() == 1);
  CHECK(t.events[0].id == "u-16");
  CHECK(t.links.empty());
  auto old = s.versions("u");
  REQUIRE(old.size() == 1);
  CHECK(old[0].number == 1);
  CHECK(old[0].doc.text == v1);
  CHECK(old[0].doc.content_hash == sha256_hex(v1));
  REQUIRE(old[0].events.size() == 2);
  const Event& back = old[0].events[0];
  CHECK(back.id == "u-3");
  CHECK(back.when.str() == "2025-04");
  CHECK(back.participants == std::vector<std::string>{"Nvidia"});
  REQUIRE(back.sources.size() == 1);
  // The archived provenance still points into the archived text.
  const Source& src = back.sources[0];
  CHECK(old[0].doc.text.substr(src.evidence_begin, src.evidence_end - src.evidence_begin) ==
        src.evidence);
  REQUIRE(old[0].links.size() == 1);
  CHECK(old[0].links[0].cue == "so");
  // A third version archives the second; the first stays.
  REQUIRE(s.put(test::store_doc("u", "v3 text"), {}, {}) == store::PutOutcome::updated);
  auto all = s.versions("u");
  REQUIRE(all.size() == 2);
  CHECK(all[1].number == 2);
  CHECK(all[1].doc.text == v2);
  CHECK(s.version("u") == 3);
}

TEST_CASE("identity: a version-1 database is migrated in place", "[ingest][identity]") {
  auto dir = test::scratch_dir("identity-migrate");
  auto path = dir / "v1.db";
  {
    SQLite::Database db(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec(std::string(store::migrations()[0]));
    db.exec("PRAGMA user_version = 1");
    db.exec("INSERT INTO documents VALUES ('old', 'x.txt', 'T', 'en', NULL, 'h1', 'text')");
  }
  store::Store s(path);
  CHECK(s.schema_version() == static_cast<int>(store::migrations().size()));
  CHECK(s.version("old") == 1);
  CHECK(s.put(test::store_doc("old", "new text"), {}, {}) == store::PutOutcome::updated);
  CHECK(s.versions("old").size() == 1);
}
