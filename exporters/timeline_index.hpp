#pragma once
// TimelineIndex: lookups every exporter needs, built once per export in O(n): event by id, links by
// cause and by effect, the document of a source, actor tracks (lanes), and UTF-8 byte offset to
// code point conversion.
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/timeline.hpp"
#include "exporters/id_map.hpp"

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
  /// Index of the document in timeline().documents.
  std::optional<uint32_t> document_index(std::string_view id) const;
  /// Links whose endpoints are both in the timeline (indexes into timeline().links), by effect and
  /// by cause, each in link order.
  std::span<const uint32_t> causes_of(uint32_t event) const;
  std::span<const uint32_t> effects_of(uint32_t event) const;
  /// True when both ends of the link are events of the timeline.
  bool link_resolved(uint32_t link) const { return links().from[link] != kNone; }
  uint32_t link_from(uint32_t link) const { return links().from[link]; }
  uint32_t link_to(uint32_t link) const { return links().to[link]; }

  const std::vector<Track>& tracks() const noexcept { return tracks_; }
  /// Track of an event (index into tracks()).
  uint32_t track_of(uint32_t event) const { return event_track_[event]; }

  /// UTF-8 byte offset into a document's text (by document index) as a code point offset. Offsets
  /// past the end are clamped.
  size_t codepoint_offset(uint32_t doc, size_t byte_offset) const;

  /// The event's title on one line, HTML-escaped.
  std::string html_title(uint32_t event) const;
  /// `<p>— <a href="URL">Document title</a></p>` for a source's document (no link without an
  /// http(s) URL; the id when the document is unknown), cached per document.
  const std::string& html_source_line(std::string_view doc) const;

  /// The document's source when it is an http(s) URL, else "".
  static std::string_view url_of(const Document& d);

  static constexpr uint32_t kNone = UINT32_MAX;

 private:
  // Event ids and link ends are resolved on first use: the JSON and iCalendar writers of a
  // million-event timeline should not pay for maps they do not read.
  struct LinkTables {
    explicit LinkTables(const Timeline& tl) : events(tl.events) {}
    IdMap events;
    std::vector<uint32_t> from, to;
    std::vector<uint32_t> cause_start, cause_links, effect_start, effect_links;
  };
  const LinkTables& links() const;

  struct CodepointTable {
    bool built = false;
    std::vector<uint32_t> blocks;  // code points before each 64-byte block
  };
  const Timeline& tl_;
  std::unordered_map<std::string_view, uint32_t> docs_;
  mutable std::unique_ptr<LinkTables> links_;
  std::vector<Track> tracks_;
  std::vector<uint32_t> event_track_;
  mutable std::vector<CodepointTable> cp_tables_;
  mutable std::vector<std::string> html_sources_;
  mutable std::string html_unknown_source_;
};

/// "us-government" from "US Government"; "" when nothing ASCII-alphanumeric is left.
std::string slugify(std::string_view s);

}  // namespace causeline::exporters
