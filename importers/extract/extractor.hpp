#pragma once
// Event and causal-link extraction from one document, driven by the per-language packs.
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "core/event.hpp"
#include "core/link.hpp"
#include "core/result.hpp"
#include "importers/timex/tagger.hpp"

namespace causeline::extract {

struct Extraction {
  std::vector<Event> events;  // per-document events; Source offsets index doc.text (UTF-8 bytes)
  std::vector<Link> links;    // between events of this document
};

class Extractor {
 public:
  /// Loads the event/causal lexicons for every language under lang_root.
  static Result<std::shared_ptr<const Extractor>> load(const std::filesystem::path& lang_root);
  virtual ~Extractor() = default;
  /// Pure and thread-safe: same document and timexes give the same events, ids and links.
  virtual Extraction run(const Document& doc, const std::vector<timex::Timex>& timexes) const = 0;
  /// Language codes that have an events/ pack, sorted. Documents in other languages use "en".
  virtual std::vector<std::string> languages() const = 0;
};

}  // namespace causeline::extract
