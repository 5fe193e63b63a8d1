// Pack loading: files are found on disk, and every error names the file (and line).
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "importers/timex/pack.hpp"
#include "importers/timex/tagger.hpp"
#include "tests/scratch_dir.hpp"

namespace fs = std::filesystem;
using namespace causeline;
using namespace causeline::timex;

namespace {

// A scratch language root with one pack "xx" made of the given files.
struct ScratchPack {
  test::ScratchDir dir;
  fs::path root = dir.path();
  explicit ScratchPack(const std::string& name) : dir("timex-" + name) {
    fs::create_directories(root / "xx" / "timex" / "lexicon");
    fs::create_directories(root / "xx" / "timex" / "rules");
  }
  void write(const std::string& rel, const std::string& text) const {
    std::ofstream(root / "xx" / "timex" / rel) << text;
  }
  void minimal() const {
    write("lexicon/month.tsv", "# months\napril\t04\n=may\t05\n");
    write("rules/date.rules", "# rules\ndate_month_year\tDATE\t{year}-{month}\t-\t<month> #year\n");
  }
};

std::string load_error(const ScratchPack& p) {
  auto pack = load_pack(p.root, "xx");
  return pack ? std::string("<loaded>") : pack.error().message;
}

}  // namespace

TEST_CASE("timex pack loader: a minimal pack loads and tags", "[timex][loader]") {
  ScratchPack p("ok");
  p.minimal();
  auto tagger = Tagger::load(p.root, "xx");
  REQUIRE(tagger.ok());
  auto found = (*tagger)->tag("In April 2025 and may 2024.", Context{});
  REQUIRE(found.size() == 1);
  CHECK(found[0].value.str() == "2025-04");
  CHECK(found[0].rule == "date_month_year");
  CHECK(available_languages(p.root) == std::vector<std::string>{"xx"});
}

TEST_CASE("timex pack loader: errors name the file and line", "[timex][loader]") {
  ScratchPack p("errors");
  p.minimal();
  SECTION("missing pack") {
    auto pack = load_pack(p.root, "yy");
    REQUIRE_FALSE(pack.ok());
    CHECK_THAT(pack.error().message, Catch::Contains("yy") && Catch::Contains("no temporal pack"));
  }
  SECTION("missing rules folder") {
    fs::remove_all(p.root / "xx" / "timex" / "rules");
    CHECK_THAT(load_error(p), Catch::Contains("rules") && Catch::Contains("missing directory"));
  }
  SECTION("unknown class") {
    p.write("rules/date.rules", "\n\ndate_x\tDATE\t{day}\t-\t<day>\n");
    CHECK_THAT(load_error(p),
               Catch::Contains("date.rules:3") && Catch::Contains("unknown class <day>"));
  }
  SECTION("wrong column count") {
    p.write("rules/date.rules", "date_x\tDATE\t{month}\n");
    CHECK_THAT(load_error(p), Catch::Contains("date.rules:1") && Catch::Contains("expected"));
  }
  SECTION("unknown type") {
    p.write("rules/date.rules", "date_x\tMOMENT\t{month}\t-\t<month>\n");
    CHECK_THAT(load_error(p), Catch::Contains("unknown type 'MOMENT'"));
  }
  SECTION("capture not in the pattern") {
    p.write("rules/date.rules", "date_x\tDATE\t{year}\t-\t<month>\n");
    CHECK_THAT(load_error(p), Catch::Contains("unknown capture 'year'"));
  }
  SECTION("unbalanced pattern") {
    p.write("rules/date.rules", "date_x\tDATE\t{month}\t-\t( <month>\n");
    CHECK_THAT(load_error(p), Catch::Contains("missing ')'"));
  }
  SECTION("negative element in the middle") {
    p.write("rules/date.rules", "date_x\tDATE\t{month}\t-\t<month> !#int #year\n");
    CHECK_THAT(load_error(p), Catch::Contains("first or last"));
  }
  SECTION("duplicate lexicon key") {
    p.write("lexicon/month.tsv", "april\t04\nApril\t04\n");
    CHECK_THAT(load_error(p), Catch::Contains("month.tsv:2") && Catch::Contains("duplicate"));
  }
  SECTION("unknown mod") {
    p.write("rules/date.rules", "date_x\tDATE\t{month}\tSOON\t<month>\n");
    CHECK_THAT(load_error(p), Catch::Contains("unknown mod 'SOON'"));
  }
}

TEST_CASE("timex pack loader: every shipped pack loads", "[timex][loader]") {
  const fs::path root = CAUSELINE_TEST_LANG_DIR;
  auto langs = available_languages(root);
  CHECK(langs == std::vector<std::string>{"de", "en", "es", "fr", "it", "pt", "zh"});
  for (const std::string& lang : langs) {
    auto pack = load_pack(root, lang);
    INFO((pack ? std::string() : pack.error().message));
    CHECK(pack.ok());
  }
}
