#pragma once
// Language identification by function-word profiles (importers/lang/<code>/langid.txt) plus writing
// system: good enough for news paragraphs, and adding a language is adding a file.
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/result.hpp"

namespace causeline::importers {

class LanguageIdentifier {
 public:
  /// Reads every lang/<code>/langid.txt under lang_root; errors name the file and line.
  static Result<LanguageIdentifier> load(const std::filesystem::path& lang_root);

  /// ISO 639-1 code of the most likely language, or "" when no profile matches enough words.
  std::string identify(std::string_view text) const;

  const std::vector<std::string>& languages() const noexcept { return codes_; }

 private:
  std::vector<std::string> codes_;
  std::vector<std::string> scripts_;  // per code: "Latin", "Han" ...
  /// Transparent hash: ASCII words are looked up as lowered string_views, without a copy.
  struct WordHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept {
      return std::hash<std::string_view>{}(s);
    }
  };
  std::unordered_map<std::string, std::vector<size_t>, WordHash, std::equal_to<>>
      words_;                // word -> codes using it
  size_t longest_word_ = 0;  // bytes of the longest profile word
};

}  // namespace causeline::importers
