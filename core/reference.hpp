#pragma once
// Reference (master) timelines: analysts' curated lists of known events with dates and aliases in
// several languages. Undated mentions that match an entry get its date, with provenance
// "reference".
//
// CSV: a header row naming the columns id,date,title,types,aliases ('#' lines are comments);
//      types and aliases hold several values separated by '|'.
// JSON: [{"id", "date", "title", "types": [...], "aliases": [...]}] or {"events": [...]}.
// date is a TIMEX3 value ("2025-05-13", "2025-04"); types (optional) are event types from the
// taxonomy that a mention must have to match; aliases are phrases as they appear in articles.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/event.hpp"
#include "core/result.hpp"

namespace causeline {

struct ReferenceEntry {
  std::string id;
  TimeValue when;
  std::string title;
  std::vector<std::string> types;    // empty: any type
  std::vector<std::string> aliases;  // phrases, any language
};

struct ReferenceTimeline {
  std::vector<ReferenceEntry> entries;
};

/// Reads a reference timeline; JSON when the file starts with '[' or '{', else CSV. Errors name the
/// file and line (CSV) or entry (JSON).
Result<ReferenceTimeline> load_reference(const std::filesystem::path& path);
Result<ReferenceTimeline> parse_reference(std::string_view text, const std::string& name);

/// The entry whose alias occurs (folded, word for word) in one of the event's evidence texts and
/// whose types allow the event's type; the longest alias wins. nullptr when none matches.
const ReferenceEntry* match_reference(const ReferenceTimeline& ref, const Event& event);

}  // namespace causeline
