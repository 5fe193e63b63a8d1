// Tokenizer, folding and sentence splitting.
#include "importers/extract/tokenizer.hpp"

#include <catch2/catch.hpp>

#include "importers/extract/fold.hpp"
#include "importers/extract/sentences.hpp"

using namespace causeline::extract;

namespace {
std::vector<std::string> norms(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& t : tokenize(text)) out.push_back(t.norm);
  return out;
}
}  // namespace

TEST_CASE("extract: fold strips case, accents and typographic apostrophes", "[extract][fold]") {
  CHECK(fold("Perché") == "perche");
  CHECK(fold("ÉTATS-UNIS") == "etats-unis");
  CHECK(fold("l’aprile") == "l'aprile");
  CHECK(fold("Straße") == "strasse");
}

TEST_CASE("extract: tokens keep byte offsets and split elisions", "[extract][tokenizer]") {
  auto [text, expected] = GENERATE(table<std::string, std::vector<std::string>>({
      {"dopo l’aprile 2025,", {"dopo", "l'", "aprile", "2025", ","}},
      {"à cause de l'embargo", {"a", "cause", "de", "l'", "embargo"}},
      {"the company's U.S. unit", {"the", "company", "'s", "u.s.", "unit"}},
      {"Sud-est asiatico (H20)", {"sud-est", "asiatico", "(", "h20", ")"}},
      {"1.7 million", {"1.7", "million"}},
  }));
  CAPTURE(text);
  CHECK(norms(text) == expected);
  for (const auto& t : tokenize(text)) {
    CHECK(t.begin < t.end);
    CHECK(t.end <= text.size());
  }
}

TEST_CASE("extract: sentences end at final punctuation, bullets and line breaks",
          "[extract][sentences]") {
  const std::string text =
      "• Mr. Rossi left early. Prices rose.\n  • A second bullet\nwraps here.\n\nNew paragraph";
  auto tokens = tokenize(text);
  auto sents = split_sentences(tokens, {"mr"});
  std::vector<std::string> got;
  for (const auto& s : sents) got.push_back(text.substr(s.begin, s.end - s.begin));
  CHECK(got == std::vector<std::string>{"Mr. Rossi left early.", "Prices rose.",
                                        "A second bullet\nwraps here.", "New paragraph"});
}

TEST_CASE("extract: an ordinal's period inside a sentence is no boundary", "[extract][sentences]") {
  const std::string text =
      "China kündigte am 3. Juli 2023 eine Lizenzpflicht an. Sie gilt seit 2023. Die Preise "
      "stiegen um 12.";
  auto tokens = tokenize(text);
  auto sents = split_sentences(tokens, {});
  std::vector<std::string> got;
  for (const auto& s : sents) got.push_back(text.substr(s.begin, s.end - s.begin));
  CHECK(got == std::vector<std::string>{"China kündigte am 3. Juli 2023 eine Lizenzpflicht an.",
                                        "Sie gilt seit 2023.", "Die Preise stiegen um 12."});
}
