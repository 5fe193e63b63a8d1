// Readers: header blocks, JSON Lines, and bad input named by file (and line).
#include "importers/readers/reader.hpp"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "importers/readers/text_reader.hpp"
#include "tests/scratch_dir.hpp"

using namespace causeline;
namespace fs = std::filesystem;

namespace {

fs::path write_file(const std::string& name, const std::string& bytes) {
  static const test::ScratchDir dir("reader-test");  // removed when the test process exits
  fs::path p = dir / name;
  std::ofstream(p, std::ios::binary) << bytes;
  return p;
}

std::vector<Result<Document>> read_all(const fs::path& p) {
  std::vector<Result<Document>> out;
  importers::read_file(p, [&](Result<Document> d) { out.push_back(std::move(d)); });
  return out;
}

}  // namespace

TEST_CASE("text reader: header block gives metadata, body keeps its own offsets", "[importers]") {
  auto p =
      write_file("h20-note.txt",
                 "title: H20 note\nurl: https://example.org/n\nlang: en\npublished: 2025-06-02\n\n"
                 "In April 2025 the rule changed.\n");
  auto docs = read_all(p);
  REQUIRE(docs.size() == 1);
  REQUIRE(docs[0].ok());
  const Document& d = *docs[0];
  CHECK(d.id == "h20-note");
  CHECK(d.title == "H20 note");
  CHECK(d.source == "https://example.org/n");
  CHECK(d.lang == "en");
  CHECK(d.published.str() == "2025-06-02");
  CHECK(d.text == "In April 2025 the rule changed.\n");
  CHECK(d.content_hash.size() == 64);
}

TEST_CASE("text reader: no header when the first line is not a known key", "[importers]") {
  auto p = write_file("plain.txt", "Note: this is prose.\n\nSecond paragraph.\n");
  auto docs = read_all(p);
  REQUIRE(docs.size() == 1);
  REQUIRE(docs[0].ok());
  CHECK(docs[0]->text == "Note: this is prose.\n\nSecond paragraph.\n");
  CHECK(docs[0]->title.empty());
  CHECK_FALSE(docs[0]->published.ok());
}

TEST_CASE("text reader: timestamps reduce to their day; BOM and CRLF are normalised",
          "[importers]") {
  auto p = write_file("crlf.txt",
                      "\xEF\xBB\xBFpublished: 2025-04-15T09:30:00Z\r\n\r\nLine one.\r\nTwo.\r\n");
  auto docs = read_all(p);
  REQUIRE(docs.size() == 1);
  REQUIRE(docs[0].ok());
  CHECK(docs[0]->published.str() == "2025-04-15");
  CHECK(docs[0]->text == "Line one.\nTwo.\n");
}

TEST_CASE("readers: bad input gives one error naming the file", "[importers]") {
  auto [name, bytes, message] = GENERATE(table<std::string, std::string, std::string>({
      {"empty.txt", "", "empty file"},
      {"blank.txt", " \n\n", "empty file"},
      {"binary.txt", std::string("ab\0cd", 5), "binary file (NUL byte at offset 2)"},
      {"latin1.txt", "caf\xE9 cr\xE8me\n", "invalid UTF-8 at byte offset 3"},
      {"photo.png", "\x89PNG", "unsupported file type"},
  }));
  CAPTURE(name);
  auto p = write_file(name, bytes);
  auto docs = read_all(p);
  REQUIRE(docs.size() == 1);
  REQUIRE_FALSE(docs[0].ok());
  CHECK_THAT(docs[0].error().message,
             Catch::StartsWith(p.string() + ": ") && Catch::Contains(message));
}

TEST_CASE("jsonl reader: a broken line is reported with its number, the others are read",
          "[importers]") {
  auto p = write_file(
      "batch.jsonl",
      "{\"id\": \"a\", \"text\": \"In April 2025 it changed.\", \"lang\": \"en\", "
      "\"published\": \"2025-06-01\"}\n"
      "{\"id\": \"b\", \"text\": \n"
      "\n"
      "{\"id\": 7, \"text\": \"Il 13 maggio 2025.\", \"title\": \"T\", \"url\": \"https://x\"}\n"
      "{\"text\": \"no id\"}\n");
  auto docs = read_all(p);
  REQUIRE(docs.size() == 4);
  REQUIRE(docs[0].ok());
  CHECK(docs[0]->id == "a");
  CHECK(docs[0]->published.str() == "2025-06-01");
  REQUIRE_FALSE(docs[1].ok());
  CHECK(docs[1].error().message == p.string() + ":2: not valid JSON");
  REQUIRE(docs[2].ok());
  CHECK(docs[2]->id == "7");
  CHECK(docs[2]->source == "https://x");
  REQUIRE_FALSE(docs[3].ok());
  CHECK(docs[3].error().message == p.string() + ":5: missing \"id\"");
}

TEST_CASE("published dates: TIMEX3 values and ISO timestamps", "[importers]") {
  CHECK(importers::parse_published("2025-04").str() == "2025-04");
  CHECK(importers::parse_published(" 2025-04-15 10:00:00 ").str() == "2025-04-15");
  CHECK_FALSE(importers::parse_published("yesterday").ok());
}

TEST_CASE("normalize_newlines turns CR LF and lone CR into LF", "[ingest][reader]") {
  CHECK(importers::normalize_newlines("") == "");
  CHECK(importers::normalize_newlines("no breaks") == "no breaks");
  CHECK(importers::normalize_newlines("a\r\nb\rc\nd") == "a\nb\nc\nd");
  CHECK(importers::normalize_newlines("\r\r\n\n\r") == "\n\n\n\n");
  CHECK(importers::normalize_newlines("end\r") == "end\n");
  CHECK(importers::normalize_newlines("\n\r x") == "\n\n x");
}
