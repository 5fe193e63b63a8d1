// The chains, why, next and explain commands on the es/de/pt sample articles.
#include <catch2/catch.hpp>

#include "tests/cli/run_command.hpp"

using causeline::test::fresh_dir;
using causeline::test::run_causeline;

namespace {
const std::string kLanguages = CAUSELINE_SOURCE_DIR "/samples/languages";
const std::string kReference = CAUSELINE_SOURCE_DIR "/samples/reference/export_controls.csv";
}  // namespace

TEST_CASE("commands: chains, why, next and explain read the built timeline", "[timeline][cli]") {
  auto dir = fresh_dir("timeline-commands");
  auto build = run_causeline("build '" + kLanguages + "' --out out --db t.db --reference '" +
                                 kReference + "' --now 2025-08-01T12:00:00Z",
                             dir);
  REQUIRE(build.exit_code == 0);
  const std::string ref = " --db t.db --reference '" + kReference + "'";

  auto chains = run_causeline("chains" + ref, dir);
  CHECK(chains.exit_code == 0);
  CHECK_THAT(chains.out, Catch::StartsWith("chain 1 ("));
  CHECK_THAT(chains.out, Catch::Contains("[2025-05-13] repeal"));
  CHECK_THAT(chains.out, Catch::Contains("-> caused") || Catch::Contains("-> enabled"));

  auto next = run_causeline("next repeal" + ref, dir);
  CHECK(next.exit_code == 0);
  CHECK_THAT(next.out, Catch::StartsWith("[2025-05-13] repeal"));
  CHECK_THAT(next.out, Catch::Contains("lease"));

  auto why = run_causeline("why 'train: China, DeepSeek'" + ref, dir);
  CHECK(why.exit_code == 0);
  CHECK_THAT(why.out, Catch::Contains("<- caused by [undated] stockpile"));

  auto explain = run_causeline("explain repeal" + ref, dir);
  CHECK(explain.exit_code == 0);
  CHECK_THAT(explain.out, Catch::Contains("dated by reference"));
  CHECK_THAT(explain.out, Catch::Contains("sources (3):"));
  CHECK_THAT(explain.out, Catch::Contains("merged because:"));

  auto ambiguous = run_causeline("why train" + ref, dir);
  CHECK(ambiguous.exit_code == 1);
  CHECK_THAT(ambiguous.err, Catch::Contains("matches 2 events"));
  CHECK(run_causeline("why" + ref, dir).exit_code == 2);
  CHECK(run_causeline("explain no-such-event" + ref, dir).exit_code == 1);
}
