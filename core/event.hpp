#pragma once
// Event: something that happened (or was planned, denied ...), with its date and where it is
// reported.
#include <string>
#include <vector>

#include "core/time_value.hpp"

namespace causeline {

/// How an event got its date.
enum class Dating : unsigned char {
  explicit_,    // a temporal expression in the event's own clause
  inherited,    // from the sentence or narrative context
  publication,  // from the document's publication date
  reference,    // from a reference (master) timeline entry
  undated,
};
std::string_view to_string(Dating d) noexcept;
Dating dating_from_string(std::string_view s) noexcept;

/// Where a document reports an event. Offsets are UTF-8 byte offsets into Document::text, end
/// exclusive.
struct Source {
  std::string doc;
  size_t trigger_begin = 0, trigger_end = 0;    // the trigger word (verb or nominalization)
  size_t evidence_begin = 0, evidence_end = 0;  // the clause or sentence stating the event
  std::string evidence;                         // the evidence text itself
  std::string lang;
};

struct Event {
  std::string id;     // stable: [a-z0-9][a-z0-9-]*
  std::string title;  // short readable description
  std::string type;   // language-neutral type from the event taxonomy ("restrict", "repeal" ...)
  TimeValue when;     // !ok() when undated
  Dating dating = Dating::undated;
  std::string modality = "asserted";  // asserted | reported | planned | denied | negated
  std::vector<std::string> participants;
  std::vector<Source> sources;  // at least one; several once merged across documents
  double confidence = 1.0;
};

}  // namespace causeline
