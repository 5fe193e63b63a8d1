#pragma once
// The progress line of a long import: documents, MB read, MB/s and ETA, redrawn in place on a
// terminal at most a few times a second. Disabled (silent) in pipes and files.
#include <chrono>
#include <cstdint>
#include <ostream>

namespace causeline::importers {

class Progress {
 public:
  /// `total_bytes` 0 means unknown (no ETA). Nothing is printed when !enabled.
  Progress(std::ostream& out, bool enabled, uint64_t total_bytes);

  /// Called by the writer after each document; redraws when enough time has passed.
  void update(uint64_t documents, uint64_t bytes_done);
  /// Erases the line (before an error message, and at the end).
  void clear();
  bool enabled() const noexcept { return enabled_; }

 private:
  void draw(uint64_t documents, uint64_t bytes_done);

  std::ostream& out_;
  bool enabled_;
  uint64_t total_;
  std::chrono::steady_clock::time_point start_, last_;
  bool shown_ = false;
};

/// True when standard error is a terminal that can redraw a line (not TERM=dumb).
bool stderr_is_terminal();

}  // namespace causeline::importers
