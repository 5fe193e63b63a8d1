// The tokenizer: letter runs, digit runs, single CJK characters and punctuation, folded.
#include "importers/timex/tokenizer.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace causeline::timex;

namespace {

struct Tok {
  std::string folded;
  TokenKind kind;
  bool glued;
};

std::vector<Tok> toks(std::string_view text) {
  std::vector<Tok> out;
  for_each_token(text, [&](const RawToken& t, std::string_view f, std::uint64_t) {
    out.push_back(Tok{std::string(f), t.kind, t.glued});
  });
  return out;
}

std::string joined(std::string_view text) {
  std::string s;
  for (const Tok& t : toks(text)) s += (s.empty() ? "" : "|") + t.folded;
  return s;
}

}  // namespace

TEST_CASE("timex tokenizer: folds case, accents and typographic punctuation",
          "[timex][tokenizer]") {
  auto [input, expected] = GENERATE(table<std::string, std::string>({
      {"April 15, 2025", "april|15|,|2025"},
      {"dopo l\u2019aprile 2025", "dopo|l|'|aprile|2025"},
      {"Février – MÄRZ", "fevrier|-|marz"},
      {"H20 and 1990s", "h|20|and|1990|s"},
      {"10:30 a.m.", "10|:|30|a|.|m|."},
      {"2025年4月15日", "2025|年|4|月|15|日"},
      {"上周一", "上|周|一"},
      {"  \n ", ""},
  }));
  CAPTURE(input);
  CHECK(joined(input) == expected);
}

TEST_CASE("timex tokenizer: kinds and glue", "[timex][tokenizer]") {
  auto t = toks("H20 in 2025.");
  REQUIRE(t.size() == 5);
  CHECK(t[0].kind == TokenKind::word);
  CHECK(t[1].kind == TokenKind::number);
  CHECK(t[1].glued);  // "20" is glued to "H": no date may start there
  CHECK_FALSE(t[2].glued);
  CHECK(t[4].kind == TokenKind::punct);
  CHECK(toks("年")[0].kind == TokenKind::cjk);
}

TEST_CASE("timex tokenizer: invalid UTF-8 bytes are single tokens, never lost",
          "[timex][tokenizer]") {
  std::string bad =
      "a\xff"
      "b";
  auto t = toks(bad);
  CHECK(t.size() == 3);
}

TEST_CASE("timex tokenizer: hashes match the flat table's", "[timex][tokenizer]") {
  for_each_token("Avril 2025 été", [&](const RawToken&, std::string_view f, std::uint64_t h) {
    CAPTURE(f);
    CHECK(h == word_hash(f));
    CHECK(h != word_hash(std::string(f) + "x"));
  });
}

TEST_CASE("timex tokenizer: the padded hash equals word_hash at every length",
          "[timex][tokenizer]") {
  char buf[40] = "abcdefghijklmnopqrstuvwxyz0123456789";
  for (size_t n = 0; n <= 24; ++n) {
    CAPTURE(n);
    CHECK(word_hash_padded(buf, n) == word_hash(std::string_view(buf, n)));
  }
  for_each_token("September fifteenth nineteen",
                 [&](const RawToken&, std::string_view f, std::uint64_t h) {
                   CAPTURE(f);
                   CHECK(h == word_hash(f));
                 });
}

TEST_CASE("timex tokenizer: words with accented letters fold as fold_word does",
          "[timex][tokenizer]") {
  // Short and long words, letters from the two-byte table (ß folds to two letters), a combining
  // mark (the utf8proc path) and a word at the very end of the text.
  const std::string text =
      "Größenverhältnisse März ÉTÉ straße Ἀθῆναι Москва́ cafe\u0301 Δεκέμβριος janvier février";
  std::vector<std::string> words;
  for_each_token(text, [&](const RawToken& t, std::string_view f, std::uint64_t h) {
    std::string expected;
    fold_word(text.substr(t.begin, t.end - t.begin), expected);
    CAPTURE(expected);
    CHECK(f == expected);
    CHECK(h == word_hash(f));
    words.emplace_back(f);
  });
  REQUIRE(words.size() == 10);
  CHECK(words[0] == "grossenverhaltnisse");
  CHECK(words[3] == "strasse");
}
