#pragma once
// Sink: a buffered byte writer in front of a std::ostream. Exporters write millions of small
// pieces; going through ostream::operator<< for each costs more than the formatting itself.
#include <charconv>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

namespace causeline::exporters {

class Sink {
 public:
  explicit Sink(std::ostream& out) : out_(out) { buf_.reserve(kCapacity + 1024); }
  Sink(const Sink&) = delete;
  Sink& operator=(const Sink&) = delete;
  ~Sink() { flush(); }

  Sink& put(char c) {
    buf_.push_back(c);
    if (buf_.size() >= kCapacity)
      flush();
    return *this;
  }
  Sink& put(std::string_view s) {
    buf_.append(s);
    if (buf_.size() >= kCapacity)
      flush();
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
  /// Fixed-point with one decimal ("12.5"), for SVG coordinates.
  Sink& put_fixed1(double v) {
    char tmp[32];
    auto r = std::to_chars(tmp, tmp + sizeof tmp, v, std::chars_format::fixed, 1);
    return put(std::string_view(tmp, static_cast<size_t>(r.ptr - tmp)));
  }
  /// Writes out everything buffered so far.
  void flush() {
    if (!buf_.empty())
      out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
  }

 private:
  static constexpr size_t kCapacity = 1 << 16;
  std::ostream& out_;
  std::string buf_;
};

}  // namespace causeline::exporters
