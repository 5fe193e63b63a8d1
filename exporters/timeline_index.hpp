#pragma once
// TimelineIndex: lookups every exporter needs, built once per export in O(n): event by id, links by
// cause and by effect, the document of a source, actor tracks (lanes), and UTF-8 byte offset to
// code point conversion.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/timeline.hpp"

namespace causeline::exporters {

/// A lane of the timeline: one actor (the event's first participant), or the "other" lane.
struct Track {
  std::string id;     // [a-z0-9-], unique
  std::string label;  // the participant as written
  int order = 0;      // 1-based, in order of first appearance on the timeline
};

class TimelineIndex {
 public:
  explicit TimelineIndex(const Timeline& timeline);

  const Timeline& timeline() const noexcept { return tl_; }
  /// Index of the event with this id, if present.
  std::optional<uint32_t> event(std::string_view id) const;
  /// Document by id, nullptr when the timeline does not carry it.
  const Document* document(std::string_view id) const;
  /// Links whose endpoints are both in the timeline (indexes into timeline().links), by effect and
  /// by cause, each in link order.
  std::span<const uint32_t> causes_of(uint32_t event) const;
  std::span<const uint32_t> effects_of(uint32_t event) const;
  /// True when both ends of the link are events of the timeline.
  bool link_resolved(uint32_t link) const { return link_from_[link] != kNone; }
  uint32_t link_from(uint32_t link) const { return link_from_[link]; }
  uint32_t link_to(uint32_t link) const { return link_to_[link]; }

  const std::vector<Track>& tracks() const noexcept { return tracks_; }
  /// Track of an event (index into tracks()).
  uint32_t track_of(uint32_t event) const { return event_track_[event]; }

  /// UTF-8 byte offset into a document's text as a code point offset; nullopt when the document is
  /// unknown. Offsets past the end are clamped.
  std::optional<size_t> codepoint_offset(std::string_view doc, size_t byte_offset) const;

  /// The document's source when it is an http(s) URL, else "".
  static std::string_view url_of(const Document& d);

  static constexpr uint32_t kNone = UINT32_MAX;

 private:
  struct CodepointTable {
    const std::string* text = nullptr;
    std::vector<uint32_t> blocks;  // code points before each 64-byte block
  };
  const Timeline& tl_;
  std::unordered_map<std::string_view, uint32_t> events_;
  std::unordered_map<std::string_view, uint32_t> docs_;
  std::vector<uint32_t> link_from_, link_to_;
  std::vector<uint32_t> cause_start_, cause_links_, effect_start_, effect_links_;
  std::vector<Track> tracks_;
  std::vector<uint32_t> event_track_;
  mutable std::unordered_map<uint32_t, CodepointTable> cp_tables_;
};

/// "us-government" from "US Government"; "" when nothing ASCII-alphanumeric is left.
std::string slugify(std::string_view s);

}  // namespace causeline::exporters
