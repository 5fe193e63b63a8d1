#include "exporters/json_writer.hpp"

#include <array>
#include <cassert>
#include <cmath>

#include "core/utf8.hpp"
#include "exporters/text_escape.hpp"

namespace causeline::exporters {
namespace {

constexpr char kHex[] = "0123456789abcdef";

void put_u_escape(Sink& out, unsigned cp) {
  char e[6] = {
      '\\',          'u', kHex[(cp >> 12) & 0xf], kHex[(cp >> 8) & 0xf], kHex[(cp >> 4) & 0xf],
      kHex[cp & 0xf]};
  out.put(std::string_view(e, 6));
}

// Bytes that need a look in put_valid: 1 = always escaped, 2 = only when html_safe, 3 = the lead
// byte of U+2028/U+2029. Everything else is copied in runs.
constexpr std::array<unsigned char, 256> kJsonClass = [] {
  std::array<unsigned char, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[static_cast<size_t>(c)] = 1;
  t['"'] = t['\\'] = t[0x7f] = 1;
  t['<'] = t['>'] = t['&'] = 2;
  t[0xe2] = 3;
  return t;
}();

// Escapes one run of valid UTF-8.
void put_valid(Sink& out, std::string_view s, bool html_safe) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t run = 0;  // start of the pending run of bytes copied verbatim
  for (size_t i = 0; i < n; ++i) {
    const unsigned char cls = kJsonClass[p[i]];
    if (cls == 0 || (cls == 2 && !html_safe))
      continue;
    if (cls == 3) {
      // U+2028 / U+2029: valid JSON, but line terminators for JavaScript.
      if (i + 2 < n && p[i + 1] == 0x80 && (p[i + 2] == 0xa8 || p[i + 2] == 0xa9)) {
        out.put(s.substr(run, i - run));
        put_u_escape(out, p[i + 2] == 0xa8 ? 0x2028 : 0x2029);
        i += 2;
        run = i + 1;
      }
      continue;
    }
    out.put(s.substr(run, i - run));
    run = i + 1;
    switch (p[i]) {
      case '"':
        out.put("\\\"");
        break;
      case '\\':
        out.put("\\\\");
        break;
      case '\n':
        out.put("\\n");
        break;
      case '\r':
        out.put("\\r");
        break;
      case '\t':
        out.put("\\t");
        break;
      default:
        put_u_escape(out, p[i]);
    }
  }
  out.put(s.substr(run));
}

}  // namespace

void put_json_string(Sink& out, std::string_view s, bool html_safe) {
  out.put('"');
  while (!s.empty()) {
    const size_t bad = utf8::find_invalid(s);
    if (bad == std::string_view::npos) {
      put_valid(out, s, html_safe);
      break;
    }
    put_valid(out, s.substr(0, bad), html_safe);
    out.put("\xef\xbf\xbd");  // U+FFFD for the invalid byte
    s.remove_prefix(bad + 1);
  }
  out.put('"');
}

void JsonWriter::newline_indent(size_t depth) {
  out_.put('\n');
  for (size_t i = 0; i < depth; ++i) out_.put("  ");
}

void JsonWriter::before_item() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (stack_.empty())
    return;
  Level& top = stack_.back();
  assert(!top.object && "object members need a key");
  if (!top.empty)
    out_.put(',');
  top.empty = false;
  if (pretty(stack_.size()))
    newline_indent(stack_.size());
}

JsonWriter& JsonWriter::key(std::string_view k) {
  assert(!stack_.empty() && stack_.back().object && !after_key_);
  Level& top = stack_.back();
  assert((top.empty || top.last_key < k) && "keys must be written in sorted order");
  if (!top.empty)
    out_.put(',');
  top.empty = false;
  top.last_key = k;
  if (pretty(stack_.size()))
    newline_indent(stack_.size());
  // Keys are the writers' own ASCII literals: nothing to escape.
  out_.put('"').put(k).put('"');
  out_.put(pretty(stack_.size()) ? std::string_view(": ") : std::string_view(":"));
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::begin_object() {
  before_item();
  out_.put('{');
  stack_.push_back(Level{true});
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  assert(!stack_.empty() && stack_.back().object && !after_key_);
  const bool was_empty = stack_.back().empty;
  const size_t depth = stack_.size();
  stack_.pop_back();
  if (!was_empty && pretty(depth))
    newline_indent(stack_.size());
  out_.put('}');
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  before_item();
  out_.put('[');
  stack_.push_back(Level{false});
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  assert(!stack_.empty() && !stack_.back().object);
  const bool was_empty = stack_.back().empty;
  const size_t depth = stack_.size();
  stack_.pop_back();
  if (!was_empty && pretty(depth))
    newline_indent(stack_.size());
  out_.put(']');
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view s) {
  before_item();
  put_json_string(out_, s, html_safe_);
  return *this;
}

JsonWriter& JsonWriter::value(long long v) {
  before_item();
  out_.put_int(v);
  return *this;
}

JsonWriter& JsonWriter::value(double v) {
  before_item();
  if (std::isfinite(v)) {
    out_.put_double(v);
  } else {
    out_.put("null");
  }
  return *this;
}

JsonWriter& JsonWriter::value(bool v) {
  before_item();
  out_.put(v ? std::string_view("true") : std::string_view("false"));
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_item();
  out_.put("null");
  return *this;
}

}  // namespace causeline::exporters
