#pragma once
// The top-level members of one JSON value that a reader wants, without building the document:
// a JSON Lines article is an object of a few strings, and a general parser spent more on each
// byte of its text (a token buffer, a tree of values) than the rest of reading it. The whole
// text is still validated as nlohmann::json::parse does (RFC 8259, a leading UTF-8 byte order
// mark skipped, a finite number required), so the same lines are accepted and refused. The
// caller checks that the text is valid UTF-8 first.
#include <span>
#include <string>
#include <string_view>

namespace causeline::importers::json {

/// The value of one wanted member; when a member repeats, the last one counts (as in nlohmann).
struct Member {
  enum class Kind : unsigned char { absent, string, integer, other };
  Kind kind = Kind::absent;
  std::string text;       // Kind::string: the decoded string
  long long integer = 0;  // Kind::integer; an unsigned value above its range wraps, as
                          // nlohmann's get<long long>() does
};

enum class Shape : unsigned char { invalid, not_object, object };

/// Validates `text` as one JSON value; when it is an object, fills out[k] with the member named
/// keys[k] (out has keys.size() entries, reset here).
Shape read_members(std::string_view text, std::span<const std::string_view> keys,
                   std::span<Member> out);

}  // namespace causeline::importers::json
