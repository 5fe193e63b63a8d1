// Tokenizer, folding and sentence splitting.
#include "importers/extract/tokenizer.hpp"

#include <utf8proc.h>

#include <catch2/catch.hpp>
#include <cstdlib>

#include "importers/extract/fold.hpp"
#include "importers/extract/sentences.hpp"

using namespace causeline::extract;

namespace {
std::vector<std::string> norms(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& t : tokenize(text)) out.push_back(t.norm);
  return out;
}

std::string utf8(char32_t cp) {
  utf8proc_uint8_t buf[4];
  const auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buf);
  return std::string(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

/// fold() as utf8proc alone computes it: apostrophes unified, then decomposition, case folding
/// and mark stripping of the whole string.
std::string utf8proc_fold(std::string_view s) {
  std::string unified;
  for (size_t i = 0; i < s.size();) {
    utf8proc_int32_t cp = -1;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                    static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    REQUIRE(n > 0);
    const bool apostrophe = cp == 0x2019 || cp == 0x02BC || cp == 0x2018 || cp == '`';
    unified += apostrophe ? std::string("'") : std::string(s.substr(i, static_cast<size_t>(n)));
    i += static_cast<size_t>(n);
  }
  utf8proc_uint8_t* out = nullptr;
  const auto opts = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_DECOMPOSE |
                                                   UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
  const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(unified.data()),
                              static_cast<utf8proc_ssize_t>(unified.size()), &out, opts);
  REQUIRE(n >= 0);
  std::string result(reinterpret_cast<const char*>(out), static_cast<size_t>(n));
  std::free(out);
  return result;
}
}  // namespace

TEST_CASE("extract: fold strips case, accents and typographic apostrophes", "[extract][fold]") {
  CHECK(fold("Perché") == "perche");
  CHECK(fold("ÉTATS-UNIS") == "etats-unis");
  CHECK(fold("l’aprile") == "l'aprile");
  CHECK(fold("Straße") == "strasse");
  CHECK(fold("“Ｈ２０”") == "“ｈ２０”");
  CHECK(fold("出口管制") == "出口管制");
}

TEST_CASE("extract: fold of punctuation, fullwidth forms and CJK is utf8proc's",
          "[extract][fold]") {
  // Three-byte code points fold from tables or stay as they are; each alone, between letters
  // and marks, and next to every other kind must fold as utf8proc folds the whole string.
  std::vector<char32_t> fast;
  for (char32_t cp = 0x2000; cp <= 0x20BF; ++cp) fast.push_back(cp);
  for (char32_t cp = 0x3000; cp <= 0x303F; ++cp) fast.push_back(cp);
  for (char32_t cp = 0x3400; cp <= 0x4DBF; cp += 3) fast.push_back(cp);
  for (char32_t cp = 0x4E00; cp <= 0x9FFF; cp += 3) fast.push_back(cp);
  for (char32_t cp = 0xFF00; cp <= 0xFFEF; ++cp) fast.push_back(cp);
  const std::vector<char32_t> around = {'A',    'z',    '`',    '\'',  0xC9,  0xDF,
                                        0x130,  0x1C5,  0x301,  0x345, 0x3A3, 0x2019,
                                        0x3002, 0x3099, 0x4E2D, 0xFF21};
  std::vector<std::string> wrong;
  auto check = [&](const std::string& s) {
    if (fold(s) != utf8proc_fold(s))
      wrong.push_back(s);
  };
  for (char32_t cp : fast) {
    check(utf8(cp));
    for (char32_t other : around) {
      check(utf8(cp) + utf8(other));
      check(utf8(other) + utf8(cp));
      check(utf8(other) + utf8(cp) + utf8(other));
    }
  }
  CAPTURE(wrong.size(), wrong.empty() ? std::string() : wrong.front());
  CHECK(wrong.empty());
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
