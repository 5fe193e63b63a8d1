// Language identification over the packs' langid.txt profiles.
#include "importers/lang_id.hpp"

#include <catch2/catch.hpp>

using causeline::importers::LanguageIdentifier;

TEST_CASE("lang_id: news sentences in each pack language", "[importers][lang_id]") {
  auto id = LanguageIdentifier::load(CAUSELINE_TEST_LANG_DIR);
  REQUIRE(id.ok());
  auto [text, lang] = GENERATE(table<std::string, std::string>({
      {"The rule was rescinded in May, and the companies said that it would help their plans.",
       "en"},
      {"La regola è stata abolita a maggio e le aziende hanno detto che questo aiuta i loro piani.",
       "it"},
      {"La règle a été abrogée en mai et les entreprises ont dit que cela aide leurs projets.",
       "fr"},
      {"La norma fue derogada en mayo y las empresas dijeron que esto ayuda a sus planes.", "es"},
      {"Die Regel wurde im Mai aufgehoben, und die Firmen sagten, dass dies ihre Pläne fördert.",
       "de"},
      {"A regra foi revogada em maio e as empresas disseram que isso ajuda os seus planos.", "pt"},
      {"美国商务部在四月收紧了对中国的芯片出口，这是市场的担忧。", "zh"},
  }));
  CAPTURE(text);
  CHECK(id->identify(text) == lang);
}

TEST_CASE("lang_id: too little evidence gives no language", "[importers][lang_id]") {
  auto id = LanguageIdentifier::load(CAUSELINE_TEST_LANG_DIR);
  REQUIRE(id.ok());
  CHECK(id->identify("H20 B200 RTX 5090").empty());
  CHECK(id->identify("").empty());
}
