#include "importers/timex/flat_table.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

using causeline::timex::WordTable;

namespace {

// find_padded reads eight bytes past the word, as the tokenizer's buffer allows.
std::int32_t find_padded(const WordTable& t, const std::string& w) {
  std::string buf = w + std::string(8, 'x');  // bytes past the end must not matter
  return t.find_padded(buf.data(), w.size(), causeline::timex::word_hash(w));
}

}  // namespace

TEST_CASE("word table: every word is found with its id, near misses are not", "[timex][table]") {
  std::vector<std::pair<std::string, std::int32_t>> words;
  // Short words, words of exactly eight bytes, long words sharing their first eight bytes, and
  // enough of them that some collide on their home slot.
  for (int i = 0; i < 3000; ++i) {
    const std::string n = std::to_string(i);
    words.emplace_back("w" + n, i * 3);
    words.emplace_back(std::string(8 - std::min<size_t>(7, n.size()), 'a') + n, i * 3 + 1);
    words.emplace_back("septembers" + n, i * 3 + 2);
  }
  WordTable t;
  t.build(words);
  for (const auto& [w, id] : words) {
    INFO(w);
    REQUIRE(t.find(w) == id);
    REQUIRE(find_padded(t, w) == id);
  }
  for (const std::string miss :
       {"", "w", "w3000", "septembers", "septembers30000", "aaaaaaa", "septembe", "W1", "w1 "}) {
    INFO(miss);
    CHECK(t.find(miss) == -1);
    CHECK(find_padded(t, miss) == -1);
  }
}

TEST_CASE("word table: an empty table finds nothing", "[timex][table]") {
  WordTable t;
  CHECK(t.find("may") == -1);
  t.build({});
  CHECK(t.find("may") == -1);
  CHECK(find_padded(t, "") == -1);
}
