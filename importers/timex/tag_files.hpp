#pragma once
// `causeline tag` without the command line: tags .txt files (or folders of them) and writes one
// JSON line per document, sorted by document id, in the input format of eval/timex/score.py:
//   {"doc": "<stem>", "offset_unit": "utf8", "timexes": [{"end", "mod"?, "start", "text", "type",
//   "value"}]}
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

#include "core/time_value.hpp"

namespace causeline::timex {

struct TagFilesOptions {
  std::filesystem::path lang_root;
  std::string lang = "auto";  // a pack code, or "auto"
  TimeValue dct;              // used when X.dct is missing; !ok() for none
  /// Language of a text for --lang auto; returns "" when unknown.
  std::function<std::string(std::string_view text)> identify;
};

/// Expands folders into their *.txt files (sorted); keeps files as given.
std::vector<std::filesystem::path> collect_txt_files(
    const std::vector<std::filesystem::path>& paths, std::ostream& err, bool& failed);

/// Tags every file; writes JSON lines to out and one line per failing input to err.
/// Returns 0 when every input was tagged, 1 when some input failed.
int tag_files(const std::vector<std::filesystem::path>& paths, const TagFilesOptions& options,
              std::ostream& out, std::ostream& err);

}  // namespace causeline::timex
