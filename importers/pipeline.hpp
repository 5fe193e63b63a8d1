#pragma once
// The per-document pipeline: language, temporal tagging, event and causal extraction.
// Pure with respect to the store, and thread-safe, so documents can be processed in parallel.
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>

#include "core/document.hpp"
#include "importers/extract/extractor.hpp"
#include "importers/lang_id.hpp"
#include "importers/timex/tagger.hpp"

namespace causeline::importers {

struct Processed {
  Document doc;
  extract::Extraction extraction;
};

class Pipeline {
 public:
  /// Loads the language packs under lang_root; the error names the file that failed.
  static Result<std::unique_ptr<Pipeline>> create(const std::filesystem::path& lang_root);

  /// Fills doc.lang when unknown, tags temporal expressions and extracts events and links.
  Processed process(Document doc) const;

  /// The temporal tagger for a language, loaded on first use; nullptr when there is no pack.
  std::shared_ptr<const timex::Tagger> tagger(const std::string& lang) const;

  const LanguageIdentifier& language_identifier() const noexcept { return lang_id_; }

 private:
  Pipeline(std::filesystem::path root, LanguageIdentifier id,
           std::shared_ptr<const extract::Extractor> ex)
      : root_(std::move(root)), lang_id_(std::move(id)), extractor_(std::move(ex)) {}

  std::filesystem::path root_;
  LanguageIdentifier lang_id_;
  std::shared_ptr<const extract::Extractor> extractor_;
  mutable std::mutex mu_;
  mutable std::map<std::string, std::shared_ptr<const timex::Tagger>> taggers_;
};

}  // namespace causeline::importers
