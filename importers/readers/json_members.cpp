#include "importers/readers/json_members.hpp"

#include <cmath>
#include <cstdlib>
#include <limits>

namespace causeline::importers::json {
namespace {

void append_utf8(std::string& out, unsigned cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xc0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3f));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xe0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
    out += static_cast<char>(0x80 | (cp & 0x3f));
  } else {
    out += static_cast<char>(0xf0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
    out += static_cast<char>(0x80 | (cp & 0x3f));
  }
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

class Parser {
 public:
  explicit Parser(std::string_view text) : p_(text.data()), end_(text.data() + text.size()) {}

  Shape run(std::span<const std::string_view> keys, std::span<Member> out) {
    if (end_ - p_ >= 3 && p_[0] == '\xEF' && p_[1] == '\xBB' && p_[2] == '\xBF')
      p_ += 3;
    space();
    if (p_ == end_)
      return Shape::invalid;
    const bool object = *p_ == '{';
    if (!(object ? members(keys, out) : value(nullptr)))
      return Shape::invalid;
    space();
    if (p_ != end_)
      return Shape::invalid;
    return object ? Shape::object : Shape::not_object;
  }

 private:
  void space() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\n' || *p_ == '\r')) ++p_;
  }

  bool take(char c) {
    if (p_ == end_ || *p_ != c)
      return false;
    ++p_;
    return true;
  }

  /// The top-level object: wanted members are kept, the others only validated.
  bool members(std::span<const std::string_view> keys, std::span<Member> out) {
    ++p_;  // '{'
    space();
    if (take('}'))
      return true;
    std::string key;
    for (;;) {
      if (!string(&key))
        return false;
      space();
      if (!take(':'))
        return false;
      space();
      Member* m = nullptr;
      for (size_t k = 0; k < keys.size(); ++k) {
        if (keys[k] == key)
          m = &out[k];
      }
      if (!value(m))
        return false;
      space();
      if (take('}'))
        return true;
      if (!take(','))
        return false;
      space();
    }
  }

  /// A string at p_ ('"'), decoded into `out` when given.
  bool string(std::string* out) {
    if (!take('"'))
      return false;
    if (out)
      out->clear();
    for (;;) {
      const char* run = p_;
      while (p_ < end_ && static_cast<unsigned char>(*p_) >= 0x20 && *p_ != '"' && *p_ != '\\')
        ++p_;
      if (out)
        out->append(run, p_);
      if (p_ == end_ || static_cast<unsigned char>(*p_) < 0x20)
        return false;  // unterminated, or a control character that should have been escaped
      if (*p_++ == '"')
        return true;
      if (p_ == end_)
        return false;
      char c = 0;
      switch (*p_++) {
        case '"':
          c = '"';
          break;
        case '\\':
          c = '\\';
          break;
        case '/':
          c = '/';
          break;
        case 'b':
          c = '\b';
          break;
        case 'f':
          c = '\f';
          break;
        case 'n':
          c = '\n';
          break;
        case 'r':
          c = '\r';
          break;
        case 't':
          c = '\t';
          break;
        case 'u': {
          unsigned cp = 0;
          if (!hex4(cp))
            return false;
          if (cp >= 0xd800 && cp <= 0xdbff) {
            unsigned low = 0;
            if (!take('\\') || !take('u') || !hex4(low) || low < 0xdc00 || low > 0xdfff)
              return false;
            cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
          } else if (cp >= 0xdc00 && cp <= 0xdfff) {
            return false;
          }
          if (out)
            append_utf8(*out, cp);
          continue;
        }
        default:
          return false;
      }
      if (out)
        *out += c;
    }
  }

  bool hex4(unsigned& cp) {
    if (end_ - p_ < 4)
      return false;
    cp = 0;
    for (int k = 0; k < 4; ++k) {
      const char c = *p_++;
      unsigned d = 0;
      if (c >= '0' && c <= '9')
        d = static_cast<unsigned>(c - '0');
      else if (c >= 'a' && c <= 'f')
        d = static_cast<unsigned>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F')
        d = static_cast<unsigned>(c - 'A' + 10);
      else
        return false;
      cp = cp * 16 + d;
    }
    return true;
  }

  /// A number: an integer that fits 64 bits (signed when negative, unsigned otherwise) is an
  /// integer; any other number must be finite as a double, or the text is refused.
  bool number(Member* m) {
    const char* begin = p_;
    const bool negative = take('-');
    if (p_ == end_ || !is_digit(*p_))
      return false;
    if (*p_ == '0') {
      ++p_;
    } else {
      while (p_ < end_ && is_digit(*p_)) ++p_;
    }
    bool integral = true;
    if (p_ < end_ && *p_ == '.') {
      ++p_;
      if (p_ == end_ || !is_digit(*p_))
        return false;
      while (p_ < end_ && is_digit(*p_)) ++p_;
      integral = false;
    }
    if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) {
      ++p_;
      if (p_ < end_ && (*p_ == '+' || *p_ == '-'))
        ++p_;
      if (p_ == end_ || !is_digit(*p_))
        return false;
      while (p_ < end_ && is_digit(*p_)) ++p_;
      integral = false;
    }
    if (integral) {
      // Magnitude up to 2^64 - 1 (positive) or 2^63 (negative).
      const unsigned long long limit =
          negative ? static_cast<unsigned long long>(std::numeric_limits<long long>::max()) + 1
                   : std::numeric_limits<unsigned long long>::max();
      unsigned long long v = 0;
      bool fits = true;
      for (const char* d = begin + (negative ? 1 : 0); d < p_ && fits; ++d) {
        const auto digit = static_cast<unsigned long long>(*d - '0');
        fits = v <= (limit - digit) / 10;
        v = v * 10 + digit;
      }
      if (fits) {
        if (m) {
          m->kind = Member::Kind::integer;
          m->integer = negative ? static_cast<long long>(0 - v) : static_cast<long long>(v);
        }
        return true;
      }
    }
    const std::string token(begin, p_);
    if (!std::isfinite(std::strtod(token.c_str(), nullptr)))
      return false;  // nlohmann refuses a number overflowing a double
    if (m)
      m->kind = Member::Kind::other;
    return true;
  }

  bool word(std::string_view w) {
    if (static_cast<size_t>(end_ - p_) < w.size() || std::string_view(p_, w.size()) != w)
      return false;
    p_ += w.size();
    return true;
  }

  /// A scalar at p_: a string, number or literal; `m` (when given) takes its value.
  bool scalar(Member* m) {
    if (p_ == end_)
      return false;
    switch (*p_) {
      case '"':
        if (m)
          m->kind = Member::Kind::string;
        return string(m ? &m->text : nullptr);
      case 't':
      case 'f':
      case 'n':
        if (m)
          m->kind = Member::Kind::other;
        return word("true") || word("false") || word("null");
      default:
        return number(m);
    }
  }

  /// Any value; containers are validated without recursion (no depth limit, as in nlohmann),
  /// and a member that holds one is Kind::other.
  bool value(Member* m) {
    if (p_ < end_ && *p_ != '{' && *p_ != '[')
      return scalar(m);
    if (m)
      m->kind = Member::Kind::other;
    std::string open;  // '{' or '[' of each container entered
    for (;;) {
      space();
      if (p_ == end_)
        return false;
      if (*p_ == '{' || *p_ == '[') {
        const char c = *p_++;
        space();
        if (!take(c == '{' ? '}' : ']')) {
          open += c;
          if (c == '{' && !key())
            return false;
          continue;  // the first element
        }
      } else if (!scalar(nullptr)) {
        return false;
      }
      // After a complete value: close containers, or go on to the next element.
      for (;;) {
        if (open.empty())
          return true;
        space();
        if (take(',')) {
          if (open.back() == '{') {
            space();
            if (!key())
              return false;
          }
          break;
        }
        if (!take(open.back() == '{' ? '}' : ']'))
          return false;
        open.pop_back();
      }
    }
  }

  /// A member's name and its colon inside a nested object.
  bool key() {
    if (!string(nullptr))
      return false;
    space();
    return take(':');
  }

  const char* p_;
  const char* end_;
};

}  // namespace

Shape read_members(std::string_view text, std::span<const std::string_view> keys,
                   std::span<Member> out) {
  for (Member& m : out) m = Member{};
  return Parser(text).run(keys, out);
}

}  // namespace causeline::importers::json
