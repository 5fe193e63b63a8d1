#include "importers/import_progress.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace causeline::importers {

bool stderr_is_terminal() {
  const char* term = std::getenv("TERM");
  return isatty(STDERR_FILENO) == 1 && !(term && std::strcmp(term, "dumb") == 0);
}

Progress::Progress(std::ostream& out, bool enabled, uint64_t total_bytes)
    : out_(out),
      enabled_(enabled),
      total_(total_bytes),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

void Progress::update(uint64_t documents, uint64_t bytes_done) {
  if (!enabled_)
    return;
  auto now = std::chrono::steady_clock::now();
  if (shown_ && now - last_ < std::chrono::milliseconds(200))
    return;
  last_ = now;
  draw(documents, bytes_done);
}

void Progress::draw(uint64_t documents, uint64_t bytes_done) {
  using namespace std::chrono;
  const double secs = duration<double>(steady_clock::now() - start_).count();
  const double mb = static_cast<double>(bytes_done) / 1e6;
  const double rate = secs > 0.05 ? mb / secs : 0.0;
  char line[160];
  int n = 0;
  if (total_ > 0) {
    const double frac =
        std::min(1.0, static_cast<double>(bytes_done) / static_cast<double>(total_));
    char bar[26];
    const int filled = static_cast<int>(frac * 24);
    for (int i = 0; i < 24; ++i) bar[i] = i < filled ? '=' : (i == filled ? '>' : ' ');
    bar[24] = '\0';
    const double eta = rate > 0 ? (static_cast<double>(total_) / 1e6 - mb) / rate : 0.0;
    const long e = static_cast<long>(eta + 0.5);
    n = std::snprintf(line, sizeof line,
                      "\r[%s] %3d%%  %llu docs  %.1f MB  %.1f MB/s  ETA %ld:%02ld ", bar,
                      static_cast<int>(frac * 100), static_cast<unsigned long long>(documents), mb,
                      rate, e / 60, e % 60);
  } else {
    n = std::snprintf(line, sizeof line, "\r%llu docs  %.1f MB  %.1f MB/s ",
                      static_cast<unsigned long long>(documents), mb, rate);
  }
  out_.write(line, n);
  out_.flush();
  shown_ = true;
}

void Progress::clear() {
  if (!enabled_ || !shown_)
    return;
  out_ << "\r\033[K";
  out_.flush();
  shown_ = false;
}

}  // namespace causeline::importers
