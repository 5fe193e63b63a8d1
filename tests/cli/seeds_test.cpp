// Acceptance on the two reference seed articles (../shared/seeds, Italian and French): the April
// 2025 tightening of H20 sales is an event dated 2025-04 whose evidence lies in the sentence
// stating it, linked to the event of the trend intensifying (gold events e4 -> e5 of
// ../shared/eval/seeds).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/cli/run_command.hpp"

using causeline::test::fresh_dir;
using causeline::test::run_causeline;
using causeline::test::slurp;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const fs::path kShared = CAUSELINE_SHARED_DIR;

/// Id of the event with a source in `doc` whose span overlaps [begin, end) (code points), or "".
std::string event_at(const json& timeline, const std::string& doc, int begin, int end,
                     const char* want_value = nullptr) {
  for (const auto& e : timeline["events"]) {
    for (const auto& s : e["sources"]) {
      if (s["doc"] != doc)
        continue;
      int b = s["span"][0], en = s["span"][1];
      if (b < end && begin < en && (!want_value || e["when"]["value"] == want_value))
        return e["id"];
    }
  }
  return "";
}

}  // namespace

TEST_CASE("seeds: H20 tightening dated 2025-04 and linked to the trend it intensified",
          "[cli][seeds]") {
  if (!fs::exists(kShared / "seeds") || !fs::exists(kShared / "eval/seeds/gold.json")) {
    FAIL("../shared/seeds and ../shared/eval/seeds/gold.json are needed beside the checkout");
  }
  auto dir = fresh_dir("cli-seeds");
  auto r = run_causeline(
      "build '" + (kShared / "seeds").string() + "' --out out --now 2025-08-01T12:00:00Z", dir);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const json timeline = json::parse(slurp(dir / "out" / "timeline.json"));
  REQUIRE(timeline["offset_unit"] == "codepoint");
  const json gold = json::parse(slurp(kShared / "eval/seeds/gold.json"));
  for (const auto& doc : gold["docs"]) {
    const std::string id = doc["doc"];
    CAPTURE(id);
    json e4, e5;
    for (const auto& e : doc["events"]) {
      if (e["id"] == "e4")
        e4 = e;
      if (e["id"] == "e5")
        e5 = e;
    }
    REQUIRE(e4.is_object());
    REQUIRE(e5.is_object());
    const std::string tightening = event_at(timeline, id, e4["start"], e4["end"], "2025-04");
    const std::string trend = event_at(timeline, id, e5["start"], e5["end"]);
    CHECK_FALSE(tightening.empty());
    CHECK_FALSE(trend.empty());
    bool linked = false;
    for (const auto& l : timeline["links"]) {
      linked = linked || (l["from"] == tightening && l["to"] == trend);
    }
    CHECK(linked);
  }
}
