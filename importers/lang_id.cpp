#include "importers/lang_id.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <fstream>

namespace causeline::importers {
namespace {

constexpr size_t kMaxWords = 2000;  // enough evidence; keeps identification O(1) on huge texts

/// Case-folds word into out (whose buffer is reused): an ASCII word is lowered in place, which is
/// utf8proc's answer for it without its allocation; any other takes utf8proc.
void fold(std::string_view word, std::string& out) {
  out.assign(word);
  bool ascii = true;
  for (char& ch : out) {
    const auto b = static_cast<unsigned char>(ch);
    if (b >= 0x80) {
      ascii = false;
      break;
    }
    if (b >= 'A' && b <= 'Z')
      ch = static_cast<char>(b - 'A' + 'a');
  }
  if (ascii)
    return;
  utf8proc_uint8_t* mapped = nullptr;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(word.data()),
                        static_cast<utf8proc_ssize_t>(word.size()), &mapped,
                        static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD | UTF8PROC_COMPOSE));
  if (n < 0) {
    out.assign(word);
  } else {
    out.assign(reinterpret_cast<char*>(mapped), static_cast<size_t>(n));
  }
  std::free(mapped);
}

bool is_han(utf8proc_int32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF);
}

}  // namespace

Result<LanguageIdentifier> LanguageIdentifier::load(const std::filesystem::path& lang_root) {
  LanguageIdentifier id;
  std::error_code ec;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(lang_root, ec)) {
    auto f = entry.path() / "langid.txt";
    if (std::filesystem::exists(f))
      files.push_back(f);
  }
  if (ec)
    return Error{lang_root.string() + ": cannot read language folder: " + ec.message()};
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    std::ifstream in(f);
    std::string line;
    size_t code_index = id.codes_.size();
    id.codes_.push_back(f.parent_path().filename().string());
    id.scripts_.push_back("Latin");
    size_t line_no = 0;
    while (std::getline(in, line)) {
      ++line_no;
      if (line.empty() || line[0] == '#')
        continue;
      if (line.rfind("script ", 0) == 0) {
        id.scripts_.back() = line.substr(7);
        continue;
      }
      if (line.find(' ') != std::string::npos) {
        return Error{f.string() + ":" + std::to_string(line_no) + ": expected one word per line"};
      }
      std::string word;
      fold(line, word);
      id.longest_word_ = std::max(id.longest_word_, word.size());
      id.words_[std::move(word)].push_back(code_index);
    }
  }
  return id;
}

std::string LanguageIdentifier::identify(std::string_view text) const {
  std::vector<double> score(codes_.size(), 0.0);
  size_t han = 0, letters = 0, words = 0;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t n = static_cast<utf8proc_ssize_t>(text.size());
  utf8proc_ssize_t i = 0, word_begin = -1;
  bool word_ascii = true;
  // An ASCII word folds to a word of its own length: one longer than every profile word matches
  // none and is not folded.
  std::string folded;
  auto lookup = [&](std::string_view word) {
    if (word_ascii && word.size() > longest_word_)
      return words_.end();
    fold(word, folded);
    return words_.find(std::string_view(folded));
  };
  auto flush = [&](utf8proc_ssize_t end) {
    if (word_begin < 0)
      return;
    ++words;
    auto it =
        lookup(text.substr(static_cast<size_t>(word_begin), static_cast<size_t>(end - word_begin)));
    if (it != words_.end()) {
      for (size_t c : it->second) score[c] += 1.0 / static_cast<double>(it->second.size());
    }
    word_begin = -1;
    word_ascii = true;
  };
  while (i < n && words < kMaxWords) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t len = 1;
    utf8proc_category_t cat;
    if (p[i] < 0x80) {
      // ASCII: letters are A-Z and a-z (Lu, Ll); no mark, no Han.
      cp = p[i];
      cat = (cp >= 'A' && cp <= 'Z')   ? UTF8PROC_CATEGORY_LU
            : (cp >= 'a' && cp <= 'z') ? UTF8PROC_CATEGORY_LL
                                       : UTF8PROC_CATEGORY_CN;
    } else {
      len = utf8proc_iterate(p + i, n - i, &cp);
      if (len <= 0) {
        ++i;
        continue;
      }
      cat = utf8proc_category(cp);
    }
    bool letter = cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
    if (letter)
      ++letters;
    if (is_han(cp)) {
      ++han;
      flush(i);
      // Han text has no spaces: score single characters against the profile.
      word_begin = i;
      word_ascii = false;
      flush(i + len);
    } else if (letter || cat == UTF8PROC_CATEGORY_MN) {
      if (word_begin < 0)
        word_begin = i;
      if (len > 1)
        word_ascii = false;
    } else {
      flush(i);
    }
    i += len;
  }
  flush(i);
  if (letters > 0 && han * 3 > letters) {
    for (size_t c = 0; c < codes_.size(); ++c) {
      if (scripts_[c] != "Han")
        score[c] = 0;
      else
        score[c] += 1000;
    }
  }
  size_t best = codes_.size();
  for (size_t c = 0; c < codes_.size(); ++c) {
    if (best == codes_.size() || score[c] > score[best])
      best = c;
  }
  if (best == codes_.size() || score[best] < 2.0)
    return "";
  return codes_[best];
}

}  // namespace causeline::importers
