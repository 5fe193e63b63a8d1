#pragma once
// The temporal tagger: finds TIMEX3 expressions in text and resolves them against a reference date.
// Language knowledge lives in importers/lang/<code>/ packs; this engine knows no language.
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "core/time_value.hpp"

namespace causeline::timex {

/// One temporal expression found in a text. Offsets are UTF-8 byte offsets, end exclusive.
struct Timex {
  size_t begin = 0;
  size_t end = 0;
  std::string type;  // DATE, TIME, DURATION or SET
  TimeValue value;   // resolved TIMEX3 value with its mod (may be partial, e.g. XXXX-04-15, if
                     // unresolvable)
  std::string rule;  // id of the rule that produced it (stable across languages)
};

/// What resolution anchors on.
struct Context {
  TimeValue dct;           // document creation (publication) time; !ok() when unknown
  bool narrative = false;  // resolve against the last mentioned date instead of the DCT
};

/// A compiled language pack. Cheap to share between threads (tag() is const and thread-safe).
class Tagger {
 public:
  /// Loads importers/lang/<lang>/ under lang_root; the error names the missing or malformed file
  /// and line.
  static Result<std::shared_ptr<const Tagger>> load(const std::filesystem::path& lang_root,
                                                    std::string_view lang);
  virtual ~Tagger() = default;
  /// Finds and resolves every temporal expression, sorted by begin, non-overlapping.
  virtual std::vector<Timex> tag(std::string_view text, const Context& ctx) const = 0;
  virtual std::string_view lang() const noexcept = 0;
};

/// Languages that have a temporal pack under lang_root, sorted.
std::vector<std::string> available_languages(const std::filesystem::path& lang_root);

}  // namespace causeline::timex
