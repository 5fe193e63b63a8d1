// JsonWriter: escaping and byte-stable layout.
#include "exporters/json_writer.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

using causeline::exporters::JsonWriter;
using causeline::exporters::Sink;

namespace {
std::string str(std::string_view s, bool html_safe = false) {
  std::ostringstream os;
  {
    Sink sink(os);
    causeline::exporters::put_json_string(sink, s, html_safe);
  }
  return os.str();
}
}  // namespace

TEST_CASE("json_writer: strings are escaped and stay valid UTF-8", "[exporters][json]") {
  auto [in, out] = GENERATE(table<std::string, std::string>({
      {"plain", "\"plain\""},
      {"a\"b\\c", "\"a\\\"b\\\\c\""},
      {"line\nbreak\r\ttab", "\"line\\nbreak\\r\\ttab\""},
      {std::string("nul\0x", 5), "\"nul\\u0000x\""},
      {"\x7f", "\"\\u007f\""},
      {"caf\xc3\xa9 \xf0\x9f\x9a\x80", "\"caf\xc3\xa9 \xf0\x9f\x9a\x80\""},
      {"bad \xff byte", "\"bad \xef\xbf\xbd byte\""},
      {"cut \xe2\x80", "\"cut \xef\xbf\xbd\xef\xbf\xbd\""},
      {"sep\xe2\x80\xa8x", "\"sep\\u2028x\""},
  }));
  CAPTURE(in);
  CHECK(str(in) == out);
  CHECK(nlohmann::json::parse(str(in)).is_string());
}

TEST_CASE("json_writer: html_safe escapes markup characters", "[exporters][json]") {
  CHECK(str("</script><b>&", true) == "\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026\"");
  CHECK(nlohmann::json::parse(str("</script>", true)).get<std::string>() == "</script>");
}

TEST_CASE("json_writer: pretty to the given depth, compact below", "[exporters][json]") {
  std::ostringstream os;
  {
    Sink sink(os);
    JsonWriter j(sink, 2);
    j.begin_object();
    j.key("a").begin_array();
    j.begin_object().field("x", 1).field("y", "z").end_object();
    j.begin_object().key("n").null().end_object();
    j.end_array();
    j.key("b").begin_array().end_array();
    j.field("c", 0.5);
    j.end_object();
    j.finish();
  }
  CHECK(os.str() ==
        "{\n"
        "  \"a\": [\n"
        "    {\"x\":1,\"y\":\"z\"},\n"
        "    {\"n\":null}\n"
        "  ],\n"
        "  \"b\": [],\n"
        "  \"c\": 0.5\n"
        "}\n");
  CHECK(nlohmann::json::parse(os.str())["a"][0]["y"] == "z");
}
