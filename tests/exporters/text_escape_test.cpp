// HTML escaping, single-line flattening and UTF-8 checks shared by the HTML-producing exporters.
#include "exporters/text_escape.hpp"

#include <catch2/catch.hpp>

#include "core/utf8.hpp"

using namespace causeline::exporters;

TEST_CASE("text_escape: html_line escapes markup and flattens whitespace", "[exporters][text]") {
  auto [in, out] = GENERATE(table<std::string, std::string>({
      {"plain title", "plain title"},
      {"  a  b\n\tc  ", "a b c"},
      {"a \n b", "a b"},
      {"\n\n", ""},
      {"a\x01"
       "b",
       "a b"},
      {"x<y & 'z' \"q\"", "x&lt;y &amp; &#39;z&#39; &quot;q&quot;"},
      {"<b> \n<i>", "&lt;b&gt; &lt;i&gt;"},
      {"bad\xff", "bad\xef\xbf\xbd"},
      {"caf\xc3\xa9  \xf0\x9f\x9a\x80", "caf\xc3\xa9 \xf0\x9f\x9a\x80"},
  }));
  CAPTURE(in);
  CHECK(html_line(in) == out);
  CHECK(html(one_line(in)) == out);
}

TEST_CASE("text_escape: html keeps line breaks and replaces other controls", "[exporters][text]") {
  CHECK(html("a\nb\tc\rd<") == "a\nb\tc d&lt;");
}

constexpr size_t kNone = std::string_view::npos;

TEST_CASE("text_escape: the validator finds the first bad byte past the ASCII fast path",
          "[exporters][text]") {
  const auto [s, bad] = GENERATE(table<std::string, size_t>({
      {"", kNone},
      {"ascii only, longer than eight bytes", kNone},
      {"caf\xc3\xa9", kNone},
      {"\xe2\x80\x94 dash", kNone},
      {"\xf0\x9f\x9a\x80", kNone},
      {"\xc3", 0},
      {"abcdefgh\xc3\x28", 8},
      {"\xe0\x80\x80 overlong", 0},
      {"\xed\xa0\x80 surrogate", 0},
      {"\xf4\x90\x80\x80 too big", 0},
      {"12345678\x80", 8},
      {"123456789abcdef\xc3\xa9\xff", 17},
      {"\xff", 0},
  }));
  CAPTURE(s);
  CHECK(causeline::utf8::find_invalid(s) == bad);
  CHECK(html(s).find('\xff') == std::string::npos);
}

TEST_CASE("text_escape: truncate_cp never splits a character", "[exporters][text]") {
  CHECK(truncate_cp("h\xc3\xa9llo", 2) == "h\xc3\xa9\xe2\x80\xa6");
  CHECK(truncate_cp("short", 10) == "short");
  CHECK(causeline::utf8::valid(truncate_cp("\xf0\x9f\x9a\x80\xf0\x9f\x9a\x80", 1)));
}
