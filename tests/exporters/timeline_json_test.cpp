// Canonical timeline JSON: the fields the build, the scorer and every other client read.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "exporters/formats.hpp"
#include "tests/exporters/fixture.hpp"

using nlohmann::json;

namespace {

json export_fixture() {
  std::ostringstream os;
  causeline::exporters::write_timeline_json(os, causeline::test::fixture_timeline(),
                                            causeline::test::fixture_context());
  return json::parse(os.str());
}

const json& event(const json& tl, std::string_view id) {
  for (const auto& e : tl["events"]) {
    if (e["id"] == id)
      return e;
  }
  FAIL("no event " << id);
  throw;
}

// Code point substring, as Python's text[s:e] would give.
std::string cp_substr(const std::string& text, size_t s, size_t e) {
  size_t cp = 0, b = 0, start = std::string::npos;
  for (; b <= text.size(); ++b) {
    if (b == text.size() || (static_cast<unsigned char>(text[b]) & 0xc0) != 0x80) {
      if (cp == s)
        start = b;
      if (cp == e)
        break;
      ++cp;
    }
  }
  REQUIRE(start != std::string::npos);
  return text.substr(start, b - start);
}

}  // namespace

TEST_CASE("timeline_json: top level is versioned and stamped by the injected clock",
          "[exporters][json]") {
  const json tl = export_fixture();
  CHECK(tl["format"] == "causeline/1");
  CHECK(tl["generated"] == "2025-08-01T12:00:00Z");
  CHECK(tl["offset_unit"] == "codepoint");
  CHECK(tl["events"].size() == 10);
  CHECK(tl["links"].size() == 7);
  CHECK(tl["documents"].size() == 3);
  CHECK(tl["chains"][0]["id"] == "chain-1");
  CHECK(tl["chains"][0]["events"].size() == 5);
  CHECK(tl["warnings"].size() == 1);
}

TEST_CASE("timeline_json: when carries TIMEX3 value, grain and the precise period",
          "[exporters][json]") {
  const json tl = export_fixture();
  const json& h20 = event(tl, "h20-licence-2025-04");
  CHECK(h20["when"]["value"] == "2025-04");
  CHECK(h20["when"]["grain"] == "month");
  CHECK(h20["when"]["start"] == "2025-04");
  CHECK(h20["when"]["end"].is_null());
  CHECK(h20["when"]["display"] == "April 2025");
  CHECK(h20["track"] == "us-government");
  const json& approx = event(tl, "further-moves-2025-06");
  CHECK(approx["when"]["mod"] == "APPROX");
  CHECK(approx["when"]["qualifier"] == "approximate");
  CHECK(approx["when"]["edtf"] == "2025-06~");
  const json& undated = event(tl, "training-abroad");
  CHECK(undated["when"]["value"].is_null());
  CHECK(undated["when"]["grain"] == "none");
  CHECK(undated["sources"].size() == 2);
  CHECK(undated["participants"] == json({"Alibaba", "ByteDance"}));
}

TEST_CASE("timeline_json: source spans are code point offsets of the evidence",
          "[exporters][json]") {
  const json tl = export_fixture();
  const auto fixture = causeline::test::fixture_timeline();
  size_t checked = 0;
  for (const auto& e : tl["events"]) {
    for (const auto& s : e["sources"]) {
      CAPTURE(e["id"], s["doc"]);
      const auto& doc = *std::find_if(fixture.documents.begin(), fixture.documents.end(),
                                      [&](const auto& d) { return d.id == s["doc"]; });
      const std::string evidence = s["evidence"];
      CHECK(cp_substr(doc.text, s["span"][0], s["span"][1]) == evidence);
      const std::string trigger = cp_substr(doc.text, s["trigger"][0], s["trigger"][1]);
      CHECK(!trigger.empty());
      CHECK(evidence.find(trigger) != std::string::npos);
      ++checked;
    }
  }
  CHECK(checked == 11);
  // The Italian evidence starts after multi-byte characters: bytes and code points differ there.
  const json& training = event(tl, "training-abroad");
  CHECK(training["sources"][0]["span"][0] != fixture.documents[1].text.find("le aziende"));
}

TEST_CASE("timeline_json: links go from cause to effect with type and evidence",
          "[exporters][json]") {
  const json tl = export_fixture();
  bool found = false;
  for (const auto& l : tl["links"]) {
    if (l["from"] == "nvidia-h20-2024" && l["to"] == "h20-licence-2025-04") {
      found = true;
      CHECK(l["type"] == "caused");
      CHECK(l["confidence"] == 0.5);
    }
  }
  CHECK(found);
}
