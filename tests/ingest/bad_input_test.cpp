// Bad input end to end: every broken file gets one clear error naming it (and the line), every
// good document, feed item, JSON line and sheet row around them is imported, exit code 1.
#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <set>

#include "tests/ingest/child_process.hpp"
#include "tests/ingest/corpus_writer.hpp"

using namespace causeline;
namespace fs = std::filesystem;

namespace {

std::set<std::string> doc_ids(const fs::path& db_path) {
  SQLite::Database db(db_path.string(), SQLite::OPEN_READONLY);
  std::set<std::string> ids;
  SQLite::Statement q(db, "SELECT id FROM documents");
  while (q.executeStep()) ids.insert(q.getColumn(0).getString());
  return ids;
}

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t eol = s.find('\n', pos);
    if (eol == std::string::npos)
      eol = s.size();
    out.push_back(s.substr(pos, eol - pos));
    pos = eol + 1;
  }
  return out;
}

}  // namespace

TEST_CASE("bad input: each broken file is named, everything else is imported, exit 1",
          "[ingest][bad-input]") {
  auto dir = test::scratch_dir("bad-input");
  const fs::path in = dir / "in";
  const std::string s1 = test::corpus_sentence(1), s2 = test::corpus_sentence(2);
  test::write_bytes(in / "good.txt", "lang: en\n\n" + s1 + "\n");
  test::write_bytes(in / "empty.txt", "");
  test::write_bytes(in / "binary.txt", std::string("\x7f"
                                                   "ELF\0\0\x01\x02",
                                                   8));
  std::string big;
  while (big.size() < 20'000'000) big += s2 + " ";
  test::write_bytes(in / "huge-line.txt", big);
  std::string deep = "<html><body><p>" + s1 + "</p>";
  for (int i = 0; i < 50000; ++i) deep += "<div>";
  deep += s2;
  for (int i = 0; i < 50000; ++i) deep += "</div>";
  test::write_bytes(in / "deep.html", deep + "</body></html>");
  std::string rss = "<rss><channel>\n";
  for (int i = 0; i < 3; ++i) {
    rss += "<item><link>https://w.example/" + std::to_string(i) + "</link><description>" +
           test::corpus_sentence(10 + i) + "</description></item>\n";
  }
  test::write_bytes(in / "truncated.rss", rss + "<item><link>https://w.example/cut</link><descr");
  test::write_bytes(in / "broken.jsonl",
                    "{\"id\": \"j1\", \"text\": \"" + test::corpus_sentence(20) +
                        "\"}\n{\"id\": \"j2\", \"text\": \n{\"id\": \"j3\", \"text\": \"" +
                        test::corpus_sentence(21) + "\"}\n");
  test::write_bytes(
      in / "ragged.csv",
      "Year,Month,Headline,Text\n2025,4,Licence,Needed.\n2025,5\n2025,6,Abroad,Moved.\n");
  test::write_bytes(in / "legacy.html",
                    "<html><head><meta charset=\"windows-1252\"></head><body>\n<p>Caf\xE9 "
                    "\x81</p></body></html>");
  test::write_bytes(
      in / "legacy-ok.html",
      "<html><head><meta charset=\"iso-8859-1\"></head><body><p>En avril 2025, la r\xE8gle a "
      "chang\xE9 pour les puces, ce qui a men\xE9 \xE0 une hausse de la "
      "demande.</p></body></html>");

  pid_t pid = test::spawn_causeline(
      {"import", in.string(), "--db", (dir / "t.db").string(), "--jobs", "2", "--no-progress"},
      dir.string(), "run");
  const int rc = test::wait_exit(pid);
  const std::string err = test::slurp(dir / "run.err"), out = test::slurp(dir / "run.out");
  INFO(err << out);
  CHECK(rc == 1);
  const fs::path d = in;
  std::vector<std::string> expected = {
      "causeline: error: " + (d / "binary.txt").string() + ": binary file (NUL byte at offset 4)",
      "causeline: error: " + (d / "broken.jsonl").string() + ":2: not valid JSON",
      "causeline: error: " + (d / "empty.txt").string() + ": empty file",
      "causeline: error: " + (d / "huge-line.txt").string() +
          ": document too large (20.0 MB of text; the limit is 8 MiB: split it into articles)",
      "causeline: error: " + (d / "legacy.html").string() + ":2:9: invalid windows-1252 byte 0x81",
      "causeline: error: " + (d / "ragged.csv").string() +
          ":3: ragged row: 2 fields, the header has 4",
  };
  auto got = lines_of(err);
  REQUIRE(got.size() == expected.size() + 1);
  // The truncated feed's message carries libxml2's words; check its shape.
  CHECK_THAT(got.back(),
             Catch::StartsWith("causeline: error: " + (d / "truncated.rss").string() + ":") &&
                 Catch::Contains("truncated or malformed feed") &&
                 Catch::Contains("3 complete items read before it"));
  got.pop_back();
  CHECK(got == expected);
  CHECK_THAT(out,
             Catch::Contains("failures:  binary file (1), document too large (1), empty file (1), "
                             "invalid windows-1252 byte (1), not valid JSON (1), ragged row (1), "
                             "truncated or malformed feed (1)"));
  CHECK_THAT(out,
             Catch::Contains("documents: 9 imported (9 new, 0 unchanged, 0 updated), 7 failed"));
  auto ids = doc_ids(dir / "t.db");
  CHECK(ids.count("good") == 1);
  CHECK(ids.count("deep") == 1);
  CHECK(ids.count("legacy-ok") == 1);
  CHECK(ids.count("ragged") == 1);
  CHECK(ids.count("j1") == 1);
  CHECK(ids.count("j3") == 1);
  CHECK(ids.size() == 9);  // the six above and the three complete feed items
}
