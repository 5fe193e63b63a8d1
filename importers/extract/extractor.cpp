#include "importers/extract/extractor.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "importers/extract/analysis.hpp"
#include "importers/extract/event_builder.hpp"
#include "importers/extract/lexicon.hpp"
#include "importers/extract/sentences.hpp"
#include "importers/extract/tokenizer.hpp"

namespace causeline::extract {
namespace {

/// Marks the tokens each timex overlaps; tokens and timexes are both in text order.
std::vector<bool> timex_coverage(const std::vector<Token>& tokens,
                                 const std::vector<timex::Timex>& timexes) {
  std::vector<bool> out(tokens.size(), false);
  for (const auto& tx : timexes) {
    auto it = std::upper_bound(tokens.begin(), tokens.end(), tx.begin,
                               [](size_t at, const Token& t) { return at < t.end; });
    for (; it != tokens.end() && it->begin < tx.end; ++it) {
      out[static_cast<size_t>(it - tokens.begin())] = true;
    }
  }
  return out;
}

class LexiconExtractor final : public Extractor {
 public:
  explicit LexiconExtractor(Lexicons lex) : lex_(std::move(lex)) {}

  Extraction run(const Document& doc, const std::vector<timex::Timex>& timexes) const override {
    DocAnalysis da;
    da.doc = &doc;
    da.pack = pack_for(doc.lang);
    da.tokens = tokenize(doc.text);
    da.timexes = timexes;
    std::stable_sort(
        da.timexes.begin(), da.timexes.end(),
        [](const timex::Timex& x, const timex::Timex& y) { return x.begin < y.begin; });
    da.in_timex = timex_coverage(da.tokens, da.timexes);
    const std::vector<Sentence> sentences = split_sentences(da.tokens, da.pack->abbreviations);
    da.sentences.reserve(sentences.size());
    SentenceScratch scratch;
    for (const Sentence& s : sentences) {
      da.sentences.push_back(analyse_sentence(da.tokens, s, *da.pack, da.timexes, scratch));
    }
    date_segments(da);
    return build_events(da, find_links(da), lex_.participants);
  }

  std::vector<std::string> languages() const override {
    std::vector<std::string> out;
    for (const auto& [code, pack] : lex_.langs) out.push_back(code);
    return out;
  }

 private:
  const LangPack* pack_for(const std::string& lang) const {
    if (const LangPack* p = lex_.find(lang))
      return p;
    if (const LangPack* p = lex_.find("en"))
      return p;
    return &lex_.langs.begin()->second;
  }

  Lexicons lex_;
};

}  // namespace

Result<std::shared_ptr<const Extractor>> Extractor::load(const std::filesystem::path& lang_root) {
  auto lex = load_lexicons(lang_root);
  if (!lex)
    return lex.error();
  return std::shared_ptr<const Extractor>(std::make_shared<LexiconExtractor>(std::move(*lex)));
}

}  // namespace causeline::extract
