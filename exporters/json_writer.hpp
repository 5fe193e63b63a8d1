#pragma once
// JsonWriter: streaming JSON output with byte-stable layout. Containers down to `pretty_depth` are
// laid out one member per line (indent 2); deeper ones are written compactly, so a timeline is one
// event per line: easy to diff and fast to write. Keys must be written in sorted order (asserted).
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "exporters/sink.hpp"

namespace causeline::exporters {

/// Appends s as a JSON string literal (quotes included). Invalid UTF-8 becomes U+FFFD; U+2028/2029
/// are escaped. With html_safe, '<', '>' and '&' are escaped too so the text can sit in a <script>.
void put_json_string(Sink& out, std::string_view s, bool html_safe = false);

class JsonWriter {
 public:
  explicit JsonWriter(Sink& out, int pretty_depth = 1, bool html_safe = false)
      : out_(out), pretty_depth_(pretty_depth), html_safe_(html_safe) {}

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  /// Object key: a literal of plain ASCII letters, digits and '_' (written as is); keys of one
  /// object must come in strictly increasing byte order.
  JsonWriter& key(std::string_view k);

  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(long long v);
  JsonWriter& value(int v) { return value(static_cast<long long>(v)); }
  JsonWriter& value(size_t v) { return value(static_cast<long long>(v)); }
  JsonWriter& value(double v);  // null when not finite
  JsonWriter& value(bool v);
  JsonWriter& null();
  /// The string, or null when it is empty.
  JsonWriter& string_or_null(std::string_view s) { return s.empty() ? null() : value(s); }

  /// key(k).value(v) in one call.
  template <class T>
  JsonWriter& field(std::string_view k, const T& v) {
    key(k);
    return value(v);
  }

  /// Ends the document with a newline.
  void finish() { out_.put('\n'); }

 private:
  struct Level {
    bool object;
    bool empty = true;
    std::string_view last_key{};
  };
  void before_item();
  void newline_indent(size_t depth);
  bool pretty(size_t depth) const { return depth <= static_cast<size_t>(pretty_depth_); }

  Sink& out_;
  int pretty_depth_;
  bool html_safe_;
  bool after_key_ = false;
  std::vector<Level> stack_;
};

}  // namespace causeline::exporters
