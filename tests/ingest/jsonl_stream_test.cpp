// JSON Lines: broken lines in the middle, ids from URLs, BOM, line-by-line reading.
#include <catch2/catch.hpp>

#include "importers/readers/doc_id.hpp"
#include "importers/readers/jsonl_reader.hpp"
#include "tests/ingest/ingest_test_util.hpp"

using namespace causeline;
using causeline::test::read_path;
using causeline::test::scratch_dir;
using causeline::test::write_bytes;

TEST_CASE("jsonl: a broken line in the middle is named; the lines around it are read",
          "[ingest][jsonl][bad-input]") {
  auto dir = scratch_dir("jsonl-broken");
  std::string body = "\xEF\xBB\xBF";
  for (int i = 1; i <= 5; ++i) {
    if (i == 3) {
      body += "{\"id\": \"r3\", \"text\": \"cut in the mid\n";
    } else {
      body += "{\"id\": \"r" + std::to_string(i) + "\", \"text\": \"In April 2025 item " +
              std::to_string(i) + ".\"}\r\n";
    }
  }
  auto p = write_bytes(dir / "batch.jsonl", body);
  auto out = read_path(p);
  REQUIRE(out.records.size() == 4);
  CHECK(out.records[0].doc.id == "r1");
  CHECK(out.records[3].doc.id == "r5");
  CHECK(out.errors == std::vector<std::string>{p.string() + ":3: not valid JSON"});
}

TEST_CASE("jsonl: records without id take one from their URL; text line ends are normalised",
          "[ingest][jsonl]") {
  auto r = importers::read_jsonl_line(
      "in.jsonl:7",
      R"({"url": "https://news.example/a?x=1", "text": "Line one.\r\nLine two.", "lang": "en"})");
  REQUIRE(r.ok());
  CHECK(r->doc.id == importers::id_from_url("https://news.example/a?x=1"));
  CHECK(r->doc.source == "https://news.example/a?x=1");
  CHECK(r->doc.text == "Line one.\nLine two.");
  auto bad = importers::read_jsonl_line("in.jsonl:8", "{\"text\": \"no id, no url\"}");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message == "in.jsonl:8: missing \"id\"");
  auto nul = importers::read_jsonl_line("in.jsonl:9", R"({"id": "n", "text": "a\u0000b"})");
  REQUIRE_FALSE(nul.ok());
  CHECK(nul.error().message == "in.jsonl:9: NUL character in \"text\"");
}

TEST_CASE("readers: unknown files are sniffed by content, else refused", "[ingest]") {
  auto dir = scratch_dir("sniff");
  auto html = read_path(
      write_bytes(dir / "saved-page",
                  "<!DOCTYPE html><html><body><p>Sniffed page text, 2025.</p></body></html>"));
  REQUIRE(html.records.size() == 1);
  CHECK(html.records[0].doc.text == "Sniffed page text, 2025.\n");
  auto feed = read_path(
      write_bytes(dir / "feed.dat",
                  "<?xml version=\"1.0\"?><rss><channel><item><title>T</title><description>Sniffed "
                  "feed.</description></item></channel></rss>"));
  REQUIRE(feed.records.size() == 1);
  auto png = read_path(write_bytes(dir / "photo.png", "\x89PNG\r\n"));
  REQUIRE(png.errors.size() == 1);
  CHECK_THAT(png.errors[0], Catch::Contains("unsupported file type"));
}
