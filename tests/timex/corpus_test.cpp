// Every language pack's example corpus and negative list run as tests (Duckling's corpus tests),
// and every rule of a pack must win at least one of its examples.
#include <catch2/catch.hpp>
#include <set>
#include <sstream>

#include "importers/timex/pack.hpp"
#include "importers/timex/tagger.hpp"
#include "tests/timex/corpus_file.hpp"

namespace fs = std::filesystem;
using namespace causeline;
using namespace causeline::timex;

namespace {

const fs::path kLangRoot = CAUSELINE_TEST_LANG_DIR;

Context corpus_context() {
  Context ctx;
  ctx.dct = TimeValue::parse("2013-02-12T04:30");  // a Tuesday, Duckling's reference time
  return ctx;
}

std::string describe(const std::vector<Timex>& found, const std::string& input) {
  std::ostringstream os;
  for (const Timex& t : found) {
    os << "[" << t.begin << "," << t.end << ") '" << input.substr(t.begin, t.end - t.begin) << "' "
       << t.type << " " << t.value << " rule " << t.rule << "; ";
  }
  return os.str();
}

}  // namespace

TEST_CASE("timex corpus: every pack has its corpus and negative list", "[timex][corpus]") {
  auto langs = available_languages(kLangRoot);
  REQUIRE(langs.size() >= 3);
  for (const std::string& lang : langs) {
    CAPTURE(lang);
    CHECK(fs::exists(kLangRoot / lang / "timex" / "corpus.tsv"));
    CHECK(fs::exists(kLangRoot / lang / "timex" / "negative.txt"));
  }
}

TEST_CASE("timex corpus: examples give exactly their mentions with the expected values",
          "[timex][corpus]") {
  const std::string lang = GENERATE(from_range(available_languages(kLangRoot)));
  CAPTURE(lang);
  auto tagger = Tagger::load(kLangRoot, lang);
  INFO((tagger.ok() ? std::string() : tagger.error().message));
  REQUIRE(tagger.ok());
  auto examples = testing::read_corpus(kLangRoot / lang / "timex" / "corpus.tsv");
  CHECK(examples.size() >= 150);
  const Context ctx = corpus_context();
  for (const auto& ex : examples) {
    CAPTURE(ex.where, ex.input);
    auto found = (*tagger)->tag(ex.input, ctx);
    INFO("found: " << describe(found, ex.input));
    if (found.size() != ex.expected.size()) {
      FAIL_CHECK((found.empty() ? "no parse" : std::to_string(found.size()) + " mentions"));
      continue;
    }
    for (size_t k = 0; k < found.size(); ++k) {
      const Timex& t = found[k];
      const testing::Expected& x = ex.expected[k];
      CHECK(t.begin == x.begin);
      CHECK(t.end == x.end);
      CHECK(t.value.str() == x.value);
      CHECK(t.type == x.type);
      CHECK(std::string(to_string(t.value.mod())) == x.mod);
    }
  }
}

TEST_CASE("timex corpus: negative lists produce nothing", "[timex][corpus]") {
  const std::string lang = GENERATE(from_range(available_languages(kLangRoot)));
  CAPTURE(lang);
  auto tagger = Tagger::load(kLangRoot, lang);
  INFO((tagger.ok() ? std::string() : tagger.error().message));
  REQUIRE(tagger.ok());
  auto lines = testing::read_lines(kLangRoot / lang / "timex" / "negative.txt");
  CHECK(lines.size() >= 10);
  for (const std::string& line : lines) {
    CAPTURE(line);
    auto found = (*tagger)->tag(line, corpus_context());
    INFO("found: " << describe(found, line));
    CHECK(found.empty());
  }
}

TEST_CASE("timex corpus: every rule wins at least one example", "[timex][corpus][coverage]") {
  const std::string lang = GENERATE(from_range(available_languages(kLangRoot)));
  CAPTURE(lang);
  auto pack = load_pack(kLangRoot, lang);
  REQUIRE(pack.ok());
  auto tagger = Tagger::load(kLangRoot, lang);
  INFO((tagger.ok() ? std::string() : tagger.error().message));
  REQUIRE(tagger.ok());
  std::set<std::string> won;
  for (const auto& ex : testing::read_corpus(kLangRoot / lang / "timex" / "corpus.tsv")) {
    for (const Timex& t : (*tagger)->tag(ex.input, corpus_context())) won.insert(t.rule);
  }
  for (const Rule& r : pack->rules) {
    CAPTURE(r.id, r.where);
    CHECK(won.count(r.id) == 1);
  }
}
