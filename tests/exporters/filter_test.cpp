// Filter: each flag keeps the right events, links follow their events, and bad values are errors.
#include "exporters/filter.hpp"

#include <catch2/catch.hpp>

#include "tests/exporters/fixture.hpp"

using causeline::Timeline;
using causeline::exporters::add_filter_flag;
using causeline::exporters::apply_filter;
using causeline::exporters::Filter;

namespace {

std::vector<std::string> ids_after(std::vector<std::pair<std::string, std::string>> flags) {
  Filter f;
  for (const auto& [name, value] : flags) REQUIRE_FALSE(add_filter_flag(f, name, value));
  auto r = apply_filter(causeline::test::fixture_timeline(), f);
  REQUIRE(r.ok());
  std::vector<std::string> ids;
  for (const auto& e : r->events) ids.push_back(e.id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("filter: an empty filter keeps everything", "[exporters][filter]") {
  CHECK(Filter{}.empty());
  CHECK(ids_after({}).size() == 10);
}

TEST_CASE("filter: date range keeps events whose period overlaps it", "[exporters][filter]") {
  // 2024 (year) overlaps 2024-12; 2025-Q2 and the April month overlap 2025-04; undated are dropped.
  CHECK(ids_after({{"--from", "2024-12"}, {"--to", "2025-04-10"}}) ==
        Ids{"h20-licence-2025-04", "nvidia-h20-2024", "restrictions-2025-q2",
            "stockpiling-before-2025"});
  // "before 2025" has no earliest bound: it may lie in 2022, so it stays; it cannot be after May
  // 2025.
  CHECK(ids_after({{"--to", "2022"}}) == Ids{"bis-2022-10-07", "stockpiling-before-2025"});
  CHECK(ids_after({{"--from", "2025-05-13"}}) == Ids{"further-moves-2025-06", "guidance-2025-w20",
                                                     "rescission-2025-05-13",
                                                     "restrictions-2025-q2"});
}

TEST_CASE("filter: participant, language and type match case-insensitively",
          "[exporters][filter]") {
  CHECK(ids_after({{"--participant", "us GOVERNMENT"}}) ==
        Ids{"h20-licence-2025-04", "restrictions-2025-q2"});
  CHECK(ids_after({{"--participant", "bytedance"}, {"--participant", "Nvidia"}}) ==
        Ids{"nvidia-h20-2024", "training-abroad"});
  CHECK(ids_after({{"--lang", "FR"}}) == Ids{"stockpiling-before-2025", "training-abroad"});
  CHECK(ids_after({{"--type", "repeal"}}) == Ids{"rescission-2025-05-13"});
}

TEST_CASE("filter: minimum confidence applies to events and links", "[exporters][filter]") {
  Filter f;
  REQUIRE_FALSE(add_filter_flag(f, "--min-confidence", "0.7"));
  auto r = apply_filter(causeline::test::fixture_timeline(), f);
  REQUIRE(r.ok());
  CHECK(r->events.size() == 8);  // drops the 0.6 and 0.4 events
  for (const auto& e : r->events) CHECK(e.confidence >= 0.7);
  for (const auto& l : r->links) CHECK(l.confidence >= 0.7);
  CHECK(r->links.size() == 3);
}

TEST_CASE("filter: one chain, by chain id or through an event", "[exporters][filter]") {
  const Ids chain{"bis-2022-10-07", "bis-2023-10-17", "h20-licence-2025-04", "nvidia-h20-2024",
                  "training-abroad"};
  CHECK(ids_after({{"--chain", "chain-1"}}) == chain);
  CHECK(ids_after({{"--chain", "nvidia-h20-2024"}}) == chain);
  Filter f;
  REQUIRE_FALSE(add_filter_flag(f, "--chain", "chain-9"));
  auto r = apply_filter(causeline::test::fixture_timeline(), f);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message.find("chain-9") != std::string::npos);
}

TEST_CASE("filter: links, chains and documents follow the kept events", "[exporters][filter]") {
  Filter f;
  REQUIRE_FALSE(add_filter_flag(f, "--participant", "US Commerce Department"));
  auto r = apply_filter(causeline::test::fixture_timeline(), f);
  REQUIRE(r.ok());
  CHECK(r->documents.size() == 1);
  CHECK(r->documents[0].id == "bis-en");
  CHECK(r->chains.empty());
  for (const auto& l : r->links) {
    const auto has = [&](const std::string& id) {
      return std::any_of(r->events.begin(), r->events.end(), [&](auto& e) { return e.id == id; });
    };
    CHECK(has(l.from));
    CHECK(has(l.to));
  }
  CHECK(r->links.size() == 2);
}

TEST_CASE("filter: bad values are errors naming the flag", "[exporters][filter]") {
  auto [name, value] = GENERATE(table<std::string, std::string>({
      {"--from", "April"},
      {"--to", "P3M"},
      {"--min-confidence", "high"},
      {"--min-confidence", "0.5x"},
      {"--chain", ""},
      {"--colour", "red"},
  }));
  CAPTURE(name, value);
  Filter f;
  auto e = add_filter_flag(f, name, value);
  REQUIRE(e);
  CHECK(e->message.starts_with(name));
}
