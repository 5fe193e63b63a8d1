#include "importers/pipeline.hpp"

#include "importers/reference_date.hpp"

namespace causeline::importers {
Result<std::unique_ptr<Pipeline>> Pipeline::create(const std::filesystem::path& lang_root) {
  if (!std::filesystem::is_directory(lang_root)) {
    return Error{lang_root.string() + ": language pack folder not found (set --lang-dir)"};
  }
  auto id = LanguageIdentifier::load(lang_root);
  if (!id)
    return id.error();
  auto ex = extract::Extractor::load(lang_root);
  if (!ex)
    return ex.error();
  return std::unique_ptr<Pipeline>(new Pipeline(lang_root, std::move(*id), std::move(*ex)));
}

std::shared_ptr<const timex::Tagger> Pipeline::tagger(const std::string& lang) const {
  std::lock_guard lock(mu_);
  auto it = taggers_.find(lang);
  if (it != taggers_.end())
    return it->second;
  std::shared_ptr<const timex::Tagger> t;
  if (!lang.empty()) {
    if (auto loaded = timex::Tagger::load(root_, lang))
      t = *loaded;
  }
  taggers_.emplace(lang, t);
  return t;
}

Processed Pipeline::process(Document doc) const {
  if (doc.lang.empty())
    doc.lang = lang_id_.identify(doc.text);
  std::vector<timex::Timex> timexes;
  if (auto t = tagger(doc.lang)) {
    timex::Context ctx;
    ctx.dct = doc.published.ok() ? doc.published : copyright_year(doc.text);
    timexes = t->tag(doc.text, ctx);
  }
  Processed p;
  p.extraction = extractor_->run(doc, timexes);
  p.doc = std::move(doc);
  return p;
}

}  // namespace causeline::importers
