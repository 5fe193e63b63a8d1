// End to end on the project's own sample articles: temporal tagging, extraction and assembly.
// samples/articles (en, it, fr) and samples/languages (es, de, pt) tell the same story.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <set>

#include "core/chains.hpp"
#include "core/taxonomy.hpp"
#include "core/timeline_builder.hpp"
#include "importers/pipeline.hpp"
#include "importers/readers/reader.hpp"

using namespace causeline;
namespace fs = std::filesystem;

namespace {

const fs::path kSamples = fs::path(CAUSELINE_SOURCE_DIR) / "samples";
const fs::path kReference = kSamples / "reference" / "export_controls.csv";

Timeline raw_timeline(const std::vector<fs::path>& dirs) {
  static auto pipeline = importers::Pipeline::create(CAUSELINE_TEST_LANG_DIR);
  REQUIRE(pipeline.ok());
  std::vector<fs::path> files;
  for (const auto& d : dirs) {
    for (const auto& e : fs::directory_iterator(kSamples / d)) {
      if (e.path().extension() == ".txt")
        files.push_back(e.path());
    }
  }
  std::sort(files.begin(), files.end());
  Timeline raw;
  for (const auto& f : files) {
    importers::read_file(f, [&](Result<Document> doc) {
      REQUIRE(doc.ok());
      auto p = (*pipeline)->process(std::move(*doc));
      raw.events.insert(raw.events.end(), p.extraction.events.begin(), p.extraction.events.end());
      raw.links.insert(raw.links.end(), p.extraction.links.begin(), p.extraction.links.end());
      raw.documents.push_back(std::move(p.doc));
    });
  }
  return raw;
}

std::vector<const Event*> of_type(const Timeline& t, const std::string& type) {
  std::vector<const Event*> out;
  for (const auto& e : t.events) {
    if (e.type == type)
      out.push_back(&e);
  }
  return out;
}

std::set<std::string> languages(const Event& e) {
  std::set<std::string> out;
  for (const auto& s : e.sources) out.insert(s.lang);
  return out;
}

bool has_link(const Timeline& t, const Event& from, const Event& to) {
  return std::any_of(t.links.begin(), t.links.end(), [&](const Link& l) {
    return l.from == from.id && l.to == to.id && is_causal(l.type);
  });
}

}  // namespace

TEST_CASE("samples: es/de/pt articles give one repeal dated by reference, enabling the leasing",
          "[timeline][samples]") {
  BuildOptions opt;
  opt.reference = kReference;
  auto t = build_timeline(raw_timeline({"languages"}), opt);
  REQUIRE(t.ok());
  auto repeals = of_type(*t, "repeal");
  REQUIRE(repeals.size() == 1);
  const Event& repeal = *repeals[0];
  CHECK(languages(repeal) == std::set<std::string>{"de", "es", "pt"});
  CHECK(repeal.when.str() == "2025-05-13");
  CHECK(repeal.dating == Dating::reference);
  auto leases = of_type(*t, "lease");
  REQUIRE_FALSE(leases.empty());
  CHECK(std::any_of(leases.begin(), leases.end(),
                    [&](const Event* l) { return has_link(*t, repeal, *l); }));
  // Without the reference the repeal stays undated.
  auto plain = build_timeline(raw_timeline({"languages"}));
  REQUIRE(plain.ok());
  REQUIRE(of_type(*plain, "repeal").size() == 1);
  CHECK_FALSE(of_type(*plain, "repeal")[0]->when.ok());
}

TEST_CASE("samples: the stockpile explains why DeepSeek trains at home, in every language",
          "[timeline][samples]") {
  auto t = build_timeline(raw_timeline({"languages"}));
  REQUIRE(t.ok());
  auto stock = of_type(*t, "stockpile");
  REQUIRE(stock.size() == 1);
  CHECK(languages(*stock[0]) == std::set<std::string>{"de", "es", "pt"});
  auto effects = walk(t->links, stock[0]->id, false, 1);
  REQUIRE(effects.size() == 1);
  auto it = std::find_if(t->events.begin(), t->events.end(),
                         [&](const Event& e) { return e.id == effects[0].id; });
  REQUIRE(it != t->events.end());
  CHECK(it->type == "train");
  CHECK(std::count(it->participants.begin(), it->participants.end(), "DeepSeek") == 1);
}

TEST_CASE("samples: six languages, one timeline", "[timeline][samples]") {
  BuildOptions opt;
  opt.reference = kReference;
  auto t = build_timeline(raw_timeline({"articles", "languages"}), opt);
  REQUIRE(t.ok());
  CHECK(t->documents.size() == 6);
  auto repeals = of_type(*t, "repeal");
  REQUIRE(repeals.size() == 1);
  CHECK(repeals[0]->sources.size() == 6);
  CHECK(repeals[0]->when.str() == "2025-05-13");
  // The April 2025 restriction on H20 sales is one event, dated to the month.
  size_t april = 0;
  for (const auto& e : t->events) {
    if (e.when.ok() && e.when.str() == "2025-04" && event_family(e.type) == "restrict")
      ++april;
  }
  CHECK(april >= 1);
  CHECK(t->warnings.empty());
  // Every dated event comes before every unconstrained undated one; chains exist.
  CHECK_FALSE(t->chains.empty());
  for (const auto& e : t->events) {
    for (const auto& s : e.sources) {
      CHECK(s.evidence_begin <= s.trigger_begin);
      CHECK(s.trigger_end <= s.evidence_end);
    }
  }
}

TEST_CASE("seeds: one timeline, repeal dated by reference, the two key chains",
          "[timeline][samples][seeds]") {
  const fs::path seeds = fs::path(CAUSELINE_SHARED_DIR) / "seeds";
  if (!fs::is_directory(seeds)) {
    WARN("no seed articles at " << seeds.string() << "; skipped");
    return;
  }
  static auto pipeline = importers::Pipeline::create(CAUSELINE_TEST_LANG_DIR);
  REQUIRE(pipeline.ok());
  Timeline raw;
  for (const auto& e : fs::directory_iterator(seeds)) {
    if (e.path().extension() != ".txt")
      continue;
    importers::read_file(e.path(), [&](Result<Document> doc) {
      REQUIRE(doc.ok());
      auto p = (*pipeline)->process(std::move(*doc));
      raw.events.insert(raw.events.end(), p.extraction.events.begin(), p.extraction.events.end());
      raw.links.insert(raw.links.end(), p.extraction.links.begin(), p.extraction.links.end());
      raw.documents.push_back(std::move(p.doc));
    });
  }
  BuildOptions opt;
  opt.reference = kReference;
  auto t = build_timeline(raw, opt);
  REQUIRE(t.ok());
  auto one = [&](const std::string& type) -> const Event& {
    auto v = of_type(*t, type);
    REQUIRE(v.size() == 1);
    CHECK(languages(*v[0]) == std::set<std::string>{"fr", "it"});
    return *v[0];
  };
  const Event& repeal = one("repeal");
  CHECK(repeal.when.str() == "2025-05-13");
  CHECK(repeal.dating == Dating::reference);
  const Event& tighten = one("tighten");
  CHECK(tighten.when.str() == "2025-04");
  const Event& leasing = one("sign");
  CHECK(has_link(*t, repeal, leasing));
  bool tighten_to_trend = false;
  for (const auto& chain : t->chains) {
    if (chain.size() >= 2 && chain[0] == tighten.id) {
      auto it = std::find_if(t->events.begin(), t->events.end(),
                             [&](const Event& e) { return e.id == chain[1]; });
      tighten_to_trend |=
          it != t->events.end() && it->type == "grow" && it->when.str() == "2025-04";
    }
  }
  CHECK(tighten_to_trend);
}
