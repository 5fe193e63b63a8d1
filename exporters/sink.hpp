#pragma once
// Sink: a buffered byte writer in front of a std::ostream. Exporters write millions of small
// pieces; going through ostream::operator<< for each costs more than the formatting itself.
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace causeline::exporters {

class Sink {
 public:
  explicit Sink(std::ostream& out) : out_(out), buf_(new char[kCapacity]) {}
  Sink(const Sink&) = delete;
  Sink& operator=(const Sink&) = delete;
  ~Sink() { flush(); }

  Sink& put(char c) {
    if (len_ == kCapacity)
      flush();
    buf_[len_++] = c;
    return *this;
  }
  Sink& put(std::string_view s) {
    if (len_ + s.size() > kCapacity) {
      flush();
      if (s.size() > kCapacity) {
        out_.write(s.data(), static_cast<std::streamsize>(s.size()));
        return *this;
      }
    }
    std::memcpy(buf_.get() + len_, s.data(), s.size());
    len_ += s.size();
    return *this;
  }
  Sink& operator<<(std::string_view s) { return put(s); }
  Sink& operator<<(char c) { return put(c); }
  /// Decimal integer.
  Sink& put_int(long long v) {
    char tmp[24];
    auto r = std::to_chars(tmp, tmp + sizeof tmp, v);
    return put(std::string_view(tmp, static_cast<size_t>(r.ptr - tmp)));
  }
  /// Shortest round-tripping decimal form of a finite double ("0.9", "1").
  Sink& put_double(double v) {
    char tmp[32];
    auto r = std::to_chars(tmp, tmp + sizeof tmp, v);
    return put(std::string_view(tmp, static_cast<size_t>(r.ptr - tmp)));
  }
  /// Fixed-point with one decimal ("12.5"), for SVG coordinates. Integer arithmetic: to_chars with
  /// a precision goes through the slow general path.
  Sink& put_fixed1(double v) {
    long long tenths = std::llround(v * 10.0);
    if (tenths < 0) {
      put('-');
      tenths = -tenths;
    }
    put_int(tenths / 10);
    put('.');
    return put(static_cast<char>('0' + tenths % 10));
  }
  /// Writes out everything buffered so far.
  void flush() {
    if (len_ > 0)
      out_.write(buf_.get(), static_cast<std::streamsize>(len_));
    len_ = 0;
  }

 private:
  static constexpr size_t kCapacity = 1 << 16;
  std::ostream& out_;
  std::unique_ptr<char[]> buf_;
  size_t len_ = 0;
};

}  // namespace causeline::exporters
