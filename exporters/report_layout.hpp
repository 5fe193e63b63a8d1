#pragma once
// Layout of the HTML report's SVG timeline: a time axis, one lane per actor track with events
// stacked into rows so labels do not overlap, and a lane for undated events. Pure geometry, no
// output.
#include <cstdint>
#include <string>
#include <vector>

#include "exporters/timeline_index.hpp"

namespace causeline::exporters {

struct ReportLayout {
  static constexpr double kWidth = 1400, kLeft = 190, kRight = 1250, kTop = 46, kRowHeight = 22,
                          kLanePad = 8,
                          kUndatedGap = 30;  // an undated effect starts this far after its cause
  static constexpr int kMaxRows = 40;        // per lane; beyond this, marks share rows
  /// Above this many events the marks carry no text label (they could not be read anyway, and a
  /// million labels would make the file slow to write and to open); the list below has every title.
  static constexpr size_t kMaxLabels = 5000;

  struct Mark {
    double x0 = 0, x1 = 0;  // the mark itself (x1 == x0 for a point)
    double y = 0;           // centre line
    bool label_left =
        false;  // label drawn left of the mark (it would leave the picture on the right)
    bool placed = false;
  };
  struct Lane {
    uint32_t track = 0;  // index into TimelineIndex::tracks(); UINT32_MAX for the undated lane
    double top = 0, height = 0;
  };
  struct Tick {
    double x;
    std::string label;
  };

  std::vector<Mark> marks;  // per event
  std::vector<Lane> lanes;
  std::vector<Tick> ticks;
  double height = 0;
  double axis_bottom = 0;  // y where the lanes end and the undated lane begins
  bool any_dated = false;
  bool labels = true;  // events.size() <= kMaxLabels
};

ReportLayout layout_report(const TimelineIndex& ix);

/// The label drawn next to an event's mark: its title on one line, cut to 42 code points.
std::string report_label(const Event& e);
void append_report_label(std::string& out, const Event& e);
/// Rough rendered width of a label in SVG user units (11px sans-serif; wide scripts count double).
double label_width(std::string_view s);

}  // namespace causeline::exporters
