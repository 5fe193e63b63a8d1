// Timeline assembly: merging, reference dating, ordering with constraints, chains, contradictions.
#include <algorithm>
#include <catch2/catch.hpp>
#include <map>

#include "core/chains.hpp"
#include "core/merge.hpp"
#include "core/ordering.hpp"
#include "core/reference.hpp"
#include "core/taxonomy.hpp"
#include "core/timeline_builder.hpp"

using namespace causeline;

namespace {

Event ev(std::string id, std::string doc, size_t at, std::string type, std::string title,
         std::vector<std::string> who = {}, std::string when = "", std::string evidence = "") {
  Event e;
  e.id = std::move(id);
  e.type = std::move(type);
  e.title = std::move(title);
  e.participants = std::move(who);
  if (!when.empty()) {
    e.when = TimeValue::parse(when);
    e.dating = Dating::explicit_;
  }
  Source s;
  s.doc = std::move(doc);
  s.trigger_begin = at;
  s.trigger_end = at + 3;
  s.evidence = evidence.empty() ? e.title : std::move(evidence);
  e.sources.push_back(std::move(s));
  return e;
}

Link mk_link(std::string from, std::string to, LinkType t = LinkType::caused) {
  Link l;
  l.from = std::move(from);
  l.to = std::move(to);
  l.type = t;
  return l;
}

std::vector<std::string> ids(const std::vector<Event>& events) {
  std::vector<std::string> out;
  for (const auto& e : events) out.push_back(e.id);
  return out;
}

}  // namespace

TEST_CASE("taxonomy: every type has a family and a class", "[timeline][taxonomy]") {
  REQUIRE(event_types().size() > 20);
  CHECK(event_family("tighten") == "restrict");
  CHECK(event_family("repeal") == "ease");
  CHECK(find_event_type("repeal")->cls == TypeClass::intervention);
  CHECK(find_event_type("grow")->cls == TypeClass::change);
  CHECK(find_event_type("nonsense") == nullptr);
}

TEST_CASE("merge: one happening reported in two languages becomes one event", "[timeline][merge]") {
  std::vector<Event> events = {
      ev("it-10", "it", 10, "repeal", "repeal: Donald Trump — diffusion, rule", {"Donald Trump"}),
      ev("fr-12", "fr", 12, "repeal", "repeal: Donald Trump — diffusion, rule", {"Donald Trump"}),
      ev("fr-40", "fr", 40, "stockpile", "stockpile: Nvidia — chip", {"Nvidia"}),
  };
  auto r = merge_events(events);
  REQUIRE(r.events.size() == 2);
  const Event& repeal = r.events.front().type == "repeal" ? r.events[0] : r.events[1];
  CHECK(repeal.id == "fr-12");  // the first mention by (document, offset)
  CHECK(repeal.sources.size() == 2);
  CHECK(r.remap.at("it-10") == "fr-12");
  REQUIRE(r.notes.size() == 1);
  CHECK(r.notes[0].reason.find("same type 'repeal'") != std::string::npos);
}

TEST_CASE("merge: incompatible dates never merge", "[timeline][merge]") {
  auto [a, b, merges] = GENERATE(table<std::string, std::string, bool>({
      {"2025-04", "2025-06", false},
      {"2025-04", "2025-04-15", true},
      {"2025", "2025-04", true},
      {"2024", "2025-04", false},
      {"", "2025-04", true},
  }));
  CAPTURE(a, b);
  std::vector<Event> events = {
      ev("x-1", "x", 1, "tighten", "tighten: United States — chip", {"United States"}, a),
      ev("y-1", "y", 1, "tighten", "tighten: United States — chip", {"United States"}, b),
  };
  CHECK((merge_events(events).events.size() == 1) == merges);
}

TEST_CASE("merge: types of one family merge, other types and participants do not",
          "[timeline][merge]") {
  auto e1 = ev("x-1", "x", 1, "license", "license: Nvidia H20, United States — chip, export",
               {"Nvidia H20", "United States"}, "2025-04");
  auto e2 = ev("y-1", "y", 1, "impose", "impose: Nvidia H20, United States — chip, export",
               {"Nvidia H20", "United States"}, "2025-04");
  auto e3 = ev("z-1", "z", 1, "train", "train: Nvidia H20, United States — chip, export",
               {"Nvidia H20", "United States"}, "2025-04");
  auto e4 = ev("w-1", "w", 1, "license", "license: Japan — chip, export", {"Japan"}, "2025-04");
  auto r = merge_events({e1, e2, e3, e4});
  CHECK(r.events.size() == 3);
  CHECK(r.remap.at("y-1") == r.remap.at("x-1"));
  CHECK(r.remap.at("z-1") != r.remap.at("x-1"));
  CHECK(r.remap.at("w-1") != r.remap.at("x-1"));
}

TEST_CASE("merge: a recap merges with its first mention and keeps one source per document",
          "[timeline][merge]") {
  std::vector<Event> events = {
      ev("d-100", "d", 100, "collaborate", "collaborate: Huawei — ai, chip", {"Huawei"}),
      ev("d-900", "d", 900, "collaborate", "collaborate: Huawei", {"Huawei"}),
  };
  auto r = merge_events(events);
  REQUIRE(r.events.size() == 1);
  CHECK(r.events[0].id == "d-100");
  CHECK(r.events[0].sources.size() == 1);
  auto links = remap_links(
      {mk_link("d-900", "x"), mk_link("d-100", "x"), mk_link("d-900", "d-100")}, r.remap);
  REQUIRE(links.size() == 1);  // duplicates and self-links are gone
  CHECK(links[0].from == "d-100");
}

TEST_CASE("merge: in one article, the same kind of event told of other actors stays apart",
          "[timeline][merge]") {
  std::vector<Event> events = {
      // "Alibaba and ByteDance train their models in Southeast Asia ... DeepSeek, the company,
      // still trains its models in China": one shared participant (China) is not enough.
      ev("d-10", "d", 10, "train", "train: Alibaba, ByteDance, China, Southeast Asia — model",
         {"Alibaba", "ByteDance", "China", "Southeast Asia"}),
      ev("d-900", "d", 900, "train", "train: China — model", {"China"}),
      // A recap naming two of the first mention's participants is the same event.
      ev("d-1500", "d", 1500, "train", "train: Alibaba, ByteDance — model",
         {"Alibaba", "ByteDance"}),
      // A bare recap without participants is judged by its keys.
      ev("d-2000", "d", 2000, "train", "train — model"),
  };
  auto r = merge_events(events);
  std::map<std::string, std::string> kept = r.remap;
  CHECK(kept["d-1500"] == kept["d-10"]);
  CHECK(kept["d-900"] != kept["d-10"]);
  CHECK(r.events.size() == 2);
}

TEST_CASE("merge: a chain of merges never joins events told of different actors",
          "[timeline][merge]") {
  // "Beijing banned ..." and "Washington imposed export controls ..." are both restrictions; a
  // mention without participants matches each, but must not bridge them into one event.
  std::vector<Event> events = {
      ev("a-10", "a", 10, "ban", "ban: China — export, technology", {"China"}),
      ev("b-10", "b", 10, "ban", "ban — export, technology"),
      ev("c-10", "c", 10, "restrict", "restrict: United States — export", {"United States"}),
  };
  auto r = merge_events(events);
  std::map<std::string, std::string> kept = r.remap;
  CHECK(kept["a-10"] != kept["c-10"]);
  CHECK(r.events.size() == 2);
}

TEST_CASE("merge: a dated mention recaps an undated event only through a shared actor",
          "[timeline][merge]") {
  // "exports will need a licence from 1 August 2023" (nobody named) is not "the export controls
  // imposed by the United States" (undated), though both restrict exports.
  std::vector<Event> events = {
      ev("a-10", "a", 10, "license", "license — export", {}, "2023-08-01"),
      ev("b-10", "b", 10, "restrict", "restrict: United States — export", {"United States"}),
      ev("c-10", "c", 10, "restrict", "restrict — export"),
      ev("d-10", "d", 10, "restrict", "restrict: United States — export", {"United States"},
         "2023-10-17"),
  };
  auto r = merge_events(events);
  std::map<std::string, std::string> kept = r.remap;
  CHECK(kept["a-10"] != kept["b-10"]);
  CHECK(kept["a-10"] != kept["c-10"]);
  CHECK(kept["b-10"] == kept["d-10"]);  // a shared actor still ties a date to an undated mention
}

TEST_CASE("merge: a happening told by hundreds of documents is still one event",
          "[timeline][merge]") {
  // Past twice the comparison window, a block is compared between date neighbours only; the
  // chains of neighbours still gather every report, and a different happening stays apart.
  std::vector<Event> events;
  for (int d = 0; d < 300; ++d) {
    const std::string doc = "doc" + std::to_string(d);
    events.push_back(ev(doc + "-5", doc, 5, "ban", "ban: China — gallium, export", {"China"},
                        d % 3 ? "2023-07-03" : "2023-07"));
    events.push_back(ev(doc + "-90", doc, 90, "grow", "grow: China — price", {"China"}));
  }
  auto r = merge_events(events);
  std::map<std::string, std::string> kept = r.remap;
  for (int d = 1; d < 300; ++d) {
    const std::string doc = "doc" + std::to_string(d);
    CHECK(kept[doc + "-5"] == kept["doc0-5"]);
    CHECK(kept[doc + "-90"] == kept["doc0-90"]);
  }
  CHECK(r.events.size() == 2);
}

TEST_CASE("merge: a bare mention joins the only matching event of its own article",
          "[timeline][merge]") {
  const std::vector<std::string> who = {"Nvidia", "United States"};
  std::vector<Event> events = {
      ev("f-10", "f", 10, "license", "license: Nvidia, United States — export", who, "2025-04"),
      ev("f-400", "f", 400, "tighten", "tighten", {}, "2025-04"),  // "le durcissement d'avril"
      ev("i-10", "i", 10, "impose", "impose: Nvidia, United States — export", who, "2025-04"),
      ev("i-400", "i", 400, "tighten", "tighten", {}, "2025-04"),  // "la stretta di aprile"
  };
  auto r = merge_events(events);
  CHECK(r.remap.at("f-400") == r.remap.at("f-10"));
  CHECK(r.remap.at("i-400") == r.remap.at("f-10"));
  CHECK(r.remap.at("i-10") == r.remap.at("f-10"));

  SECTION("a bare mention in an article without a fuller one stays alone") {
    auto r1 = merge_events({events[0], ev("g-5", "g", 5, "tighten", "tighten", {}, "2025-04")});
    CHECK(r1.events.size() == 2);
  }
  SECTION("two candidates in the article: ambiguous, nothing is chosen") {
    events.push_back(ev("f-200", "f", 200, "ban", "ban: Huawei — chip", {"Huawei"}, "2025-04"));
    auto r2 = merge_events(events);
    CHECK(r2.remap.at("f-400") != r2.remap.at("f-10"));
  }
  SECTION("an incompatible date is never joined") {
    events[1] = ev("f-400", "f", 400, "tighten", "tighten", {}, "2024-11");
    events[3] = ev("i-400", "i", 400, "tighten", "tighten", {}, "2024-11");
    auto r3 = merge_events(events);
    CHECK(r3.remap.at("f-400") != r3.remap.at("f-10"));
  }
}

TEST_CASE("merge: each document pairs with another at most once", "[timeline][merge]") {
  std::vector<Event> events = {
      ev("a-1", "a", 1, "grow", "grow: Malaysia — datacentre", {"Malaysia"}),
      ev("b-1", "b", 1, "grow", "grow: Malaysia — datacentre", {"Malaysia"}, "2025"),
      ev("b-2", "b", 50, "grow", "grow: Malaysia — datacentre, chip", {"Malaysia"}, "2024"),
  };
  // b-1 and b-2 cannot merge (dates); undated a-1 could join either, but takes only its best
  // partner in document b.
  auto r = merge_events(events);
  CHECK(r.events.size() == 2);
  CHECK(r.remap.at("a-1") == r.remap.at("b-1"));
  CHECK(r.remap.at("b-2") == "b-2");
}

TEST_CASE("reference: CSV and JSON master timelines parse, errors name the line",
          "[timeline][reference]") {
  auto csv = parse_reference(
      "# comment\nid,date,types,title,aliases\n"
      "rule-rescinded,2025-05-13,repeal|ease,\"Rule rescinded, officially\",diffusion rule|règle "
      "de "
      "diffusion\n",
      "ref.csv");
  REQUIRE(csv.ok());
  REQUIRE(csv->entries.size() == 1);
  CHECK(csv->entries[0].title == "Rule rescinded, officially");
  CHECK(csv->entries[0].types == std::vector<std::string>{"repeal", "ease"});
  CHECK(csv->entries[0].when.str() == "2025-05-13");
  auto json = parse_reference(
      R"({"events": [{"id": "h20", "date": "2025-04", "title": "H20 licence", "aliases": ["H20"]}]})",
      "ref.json");
  REQUIRE(json.ok());
  CHECK(json->entries[0].when.grain() == Grain::month);
  auto bad = parse_reference("id,date,title\nx,someday,y\n", "ref.csv");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message.rfind("ref.csv:2:", 0) == 0);
}

TEST_CASE("reference: undated mentions matching an alias are dated by reference",
          "[timeline][reference]") {
  ReferenceTimeline ref;
  ref.entries.push_back({"rescinded",
                         TimeValue::parse("2025-05-13"),
                         "Rule rescinded",
                         {"repeal"},
                         {"regola di diffusione", "règle de diffusion"}});
  std::vector<Event> events = {
      ev("it-1", "it", 1, "repeal", "repeal", {}, "", "la Regola di Diffusione è stata abolita"),
      ev("fr-1", "fr", 1, "repeal", "repeal", {}, "2025-05",
         "l'abrogation de la règle de diffusion"),
      ev("es-1", "es", 1, "announce", "announce", {}, "", "anunció la regola di diffusione"),
  };
  auto groups = apply_reference(events, ref);
  CHECK(events[0].when.str() == "2025-05-13");
  CHECK(events[0].dating == Dating::reference);
  CHECK(events[1].when.str() == "2025-05");  // explicit dates are kept
  CHECK(events[1].dating == Dating::explicit_);
  CHECK_FALSE(events[2].when.ok());  // wrong type
  REQUIRE(groups.size() == 1);
  CHECK(groups[0] == std::vector<std::string>{"it-1", "fr-1"});
}

TEST_CASE("ordering: undated events follow their causes and precede their effects",
          "[timeline][ordering]") {
  std::vector<Event> events = {
      ev("late", "d", 1, "grow", "grow", {}, "2025-09"),
      ev("early", "d", 2, "grow", "grow", {}, "2025-01"),
      ev("effect", "d", 3, "lease", "lease"),
      ev("cause", "d", 4, "stockpile", "stockpile"),
      ev("loose", "d", 0, "train", "train"),
      ev("mid", "d", 5, "repeal", "repeal", {}, "2025-05"),
  };
  order_events(events, {mk_link("mid", "effect"), mk_link("cause", "late")});
  CHECK(ids(events) ==
        std::vector<std::string>{"early", "mid", "effect", "cause", "late", "loose"});
}

TEST_CASE("ordering: contradicting constraints do not hang and keep every event",
          "[timeline][ordering]") {
  std::vector<Event> events = {ev("a", "d", 1, "grow", "a"), ev("b", "d", 2, "grow", "b"),
                               ev("c", "d", 3, "grow", "c", {}, "2025")};
  order_events(events, {mk_link("a", "b"), mk_link("b", "a"), mk_link("c", "a")});
  CHECK(events.size() == 3);
}

TEST_CASE("chains: maximal causal paths, walks and cycles", "[timeline][chains]") {
  std::vector<Link> links = {mk_link("a", "b"), mk_link("b", "c"),
                             mk_link("x", "b", LinkType::enabled),
                             mk_link("c", "d", LinkType::preceded)};
  auto chains = causal_chains(links);
  CHECK(chains == std::vector<std::vector<std::string>>{{"a", "b", "c"}, {"x", "b", "c"}});
  auto back = walk(links, "c", true);
  REQUIRE(back.size() == 3);
  CHECK(back[0].id == "b");
  CHECK(back[0].depth == 1);
  CHECK(walk(links, "a", false).size() == 2);
  CHECK(causal_cycles({mk_link("p", "q"), mk_link("q", "p")}) ==
        std::vector<std::vector<std::string>>{{"p", "q"}});
}

TEST_CASE("build: contradictions are reported, not hidden", "[timeline][build]") {
  Timeline raw;
  raw.events = {ev("cause", "d", 1, "ban", "ban", {}, "2025-06"),
                ev("effect", "d", 2, "decline", "decline", {}, "2025-03"),
                ev("p", "d", 3, "grow", "p"), ev("q", "d", 4, "grow", "q")};
  raw.links = {mk_link("cause", "effect"), mk_link("p", "q"), mk_link("q", "p")};
  BuildOptions opt;
  opt.merge = false;
  auto t = build_timeline(raw, opt);
  REQUIRE(t.ok());
  REQUIRE(t->warnings.size() == 2);
  CHECK(t->warnings[0].find("effect (2025-03) is dated before its cause cause (2025-06)") !=
        std::string::npos);
  CHECK(t->warnings[1].find("cycle") != std::string::npos);
}

TEST_CASE("build: an unreadable reference file is an error naming it", "[timeline][build]") {
  BuildOptions opt;
  opt.reference = "/nonexistent/reference.csv";
  auto t = build_timeline({}, opt);
  REQUIRE_FALSE(t.ok());
  CHECK(t.error().message.find("/nonexistent/reference.csv") != std::string::npos);
}

TEST_CASE("build: publication dating is opt-in and marks its provenance", "[timeline][build]") {
  Timeline raw;
  Document d;
  d.id = "d";
  d.published = TimeValue::parse("2025-06-02");
  raw.documents.push_back(d);
  raw.events = {ev("undated", "d", 1, "ban", "ban"),
                ev("dated", "d", 2, "ban", "ban: x", {}, "2025-04")};
  BuildOptions opt;
  opt.merge = false;
  auto plain = build_timeline(raw, opt);
  REQUIRE(plain.ok());
  CHECK_FALSE(plain->events.back().when.ok());
  opt.date_by_publication = true;
  auto t = build_timeline(raw, opt);
  REQUIRE(t.ok());
  auto it = std::find_if(t->events.begin(), t->events.end(),
                         [](const Event& e) { return e.id == "undated"; });
  REQUIRE(it != t->events.end());
  CHECK(it->when.str() == "2025-06-02");
  CHECK(it->dating == Dating::publication);
  CHECK(t->events.front().id == "dated");
}
