// json::read_members against nlohmann::json::parse on the same texts: the same texts refused, the
// same members kept, with the same values.
#include "importers/readers/json_members.hpp"

#include <array>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

using causeline::importers::json::Member;
using causeline::importers::json::read_members;
using causeline::importers::json::Shape;

namespace {

constexpr std::array<std::string_view, 3> kKeys = {"id", "text", "n"};

/// What nlohmann reads from `text`, in read_members' terms.
Shape reference(std::string_view text, std::array<Member, kKeys.size()>& out) {
  out = {};
  const nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded())
    return Shape::invalid;
  if (!j.is_object())
    return Shape::not_object;
  for (size_t k = 0; k < kKeys.size(); ++k) {
    auto it = j.find(std::string(kKeys[k]));
    if (it == j.end())
      continue;
    if (it->is_string()) {
      out[k].kind = Member::Kind::string;
      out[k].text = it->get<std::string>();
    } else if (it->is_number_integer()) {
      out[k].kind = Member::Kind::integer;
      out[k].integer = it->get<long long>();
    } else {
      out[k].kind = Member::Kind::other;
    }
  }
  return Shape::object;
}

}  // namespace

TEST_CASE("json members: the same texts accepted and refused, the same values as nlohmann",
          "[ingest][jsonl]") {
  const std::vector<std::string> texts = {
      R"({"id": "a1", "text": "Prices rose.", "title": "T"})",
      R"(  {"id":7,"text":"x"}  )",
      "\xEF\xBB\xBF{\"id\": \"bom\"}",
      "\xEF\xBB{\"id\": \"half bom\"}",
      R"({"id": -0, "n": -9223372036854775808})",
      R"({"id": 18446744073709551615, "n": 18446744073709551616})",
      R"({"id": 9223372036854775808, "n": -9223372036854775809})",
      R"({"id": 1.5, "n": 2e10, "text": 1E-400})",
      R"({"n": 1e400})",
      R"({"n": -1e400})",
      "{\"n\": 1" + std::string(400, '0') + "}",
      R"({"n": 01})",
      R"({"n": 1.})",
      R"({"n": .5})",
      R"({"n": -})",
      R"({"n": +1})",
      R"({"n": 1e})",
      R"({"n": 1e+5, "id": "x"})",
      R"({"id": "first", "id": "second", "text": {"a": [1, 2, {"b": null}]}, "text": "last"})",
      R"({"text": "esc \" \\ \/ \b \f \n \r \t \u00e9 \u4e2d \ud83d\ude00 end"})",
      R"({"text": "\u0000 nul"})",
      R"({"text": "\ud83d alone"})",
      R"({"text": "\ude00 low"})",
      R"({"text": "\ud83d\u0041 pair"})",
      R"({"text": "\x"})",
      R"({"text": "\u12"})",
      R"({"text": "\u12g4"})",
      "{\"text\": \"tab\there\"}",
      "{\"text\": \"line\nbreak\"}",
      "{\"text\": \"del \x7f ok\"}",
      R"({"text": "unterminated)",
      R"({"text": "caf\u00E9", "\u0069d": "escaped key"})",
      R"({"id": true, "text": false, "n": null})",
      R"({"id": tru})",
      R"({"id": nul, "text": "x"})",
      R"({"id": "x",})",
      R"({,"id": "x"})",
      R"({"id" "x"})",
      R"({"id": "x"} extra)",
      R"({"id": "x"}})",
      R"({"id": [1, 2,]})",
      R"({"id": [1 2]})",
      R"({"id": {"a" 1}})",
      R"({"id": {"a": 1,}})",
      R"({"id": {1: 2}})",
      R"({"id": [[[[[[[[[[]]]]]]]]]], "text": {}})",
      R"({"id": [[[[[[[[[[]]]]]]]]], "text": {}})",
      R"({})",
      R"({ })",
      R"([])",
      R"([{"id": "x"}])",
      R"("just a string")",
      R"(42)",
      R"(null)",
      "",
      "   ",
      "{",
      "}",
      R"({"id": "x")",
      R"({'id': 'x'})",
      R"({"id": "x" /* comment */})",
      R"({"id":"x","text":"y","n":12345678901234567890123})",
      "{\"text\": \"caf\xC3\xA9 \xE4\xB8\xAD\"}",
  };
  for (const std::string& text : texts) {
    INFO(text);
    std::array<Member, kKeys.size()> want, got;
    const Shape expected = reference(text, want);
    REQUIRE(read_members(text, kKeys, got) == expected);
    if (expected != Shape::object)
      continue;
    for (size_t k = 0; k < kKeys.size(); ++k) {
      INFO(kKeys[k]);
      CHECK(got[k].kind == want[k].kind);
      if (want[k].kind == Member::Kind::string)
        CHECK(got[k].text == want[k].text);
      if (want[k].kind == Member::Kind::integer)
        CHECK(got[k].integer == want[k].integer);
    }
  }
}

TEST_CASE("json members: nesting deeper than any stack is validated without recursion",
          "[ingest][jsonl]") {
  const std::string deep = "{\"id\": " + std::string(200000, '[') + std::string(200000, ']') + "}";
  std::array<Member, kKeys.size()> got;
  REQUIRE(read_members(deep, kKeys, got) == Shape::object);
  CHECK(got[0].kind == Member::Kind::other);
  REQUIRE(read_members(deep.substr(1), kKeys, got) == Shape::invalid);
}
