#include "importers/timex/tagger.hpp"

#include <algorithm>
#include <system_error>

#include "importers/timex/matcher.hpp"
#include "importers/timex/pack.hpp"
#include "importers/timex/resolver.hpp"

namespace causeline::timex {
namespace {

class PackTagger final : public Tagger {
 public:
  explicit PackTagger(Pack pack) : pack_(std::move(pack)), index_(pack_) {}

  std::vector<Timex> tag(std::string_view text, const Context& ctx) const override {
    std::vector<Timex> out;
    ResolveContext rc;
    rc.dct = ctx.dct;
    rc.narrative = ctx.narrative;
    std::vector<Mention> mentions = find_mentions(pack_, index_, text);
    out.reserve(mentions.size());
    for (Mention& m : mentions) {
      auto value = resolve(m.draft, rc);
      if (!value)
        continue;
      if (m.draft.type == "DATE" && can_anchor(*value))
        rc.last_mentioned = *value;
      Timex& t = out.emplace_back();  // built in place: its strings are not moved again
      t.begin = m.begin;
      t.end = m.end;
      t.type = std::move(m.draft.type);
      t.value = *value;
      t.rule = pack_.rules[static_cast<size_t>(m.rule)].id;
    }
    return out;
  }

  std::string_view lang() const noexcept override { return pack_.lang; }

 private:
  Pack pack_;
  MatchIndex index_;  // built from pack_, declared after it
};

}  // namespace

Result<std::shared_ptr<const Tagger>> Tagger::load(const std::filesystem::path& lang_root,
                                                   std::string_view lang) {
  auto pack = load_pack(lang_root, lang);
  if (!pack)
    return pack.error();
  return std::shared_ptr<const Tagger>(std::make_shared<PackTagger>(std::move(*pack)));
}

std::vector<std::string> available_languages(const std::filesystem::path& lang_root) {
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(lang_root, ec)) {
    if (e.is_directory() && std::filesystem::is_directory(e.path() / "timex", ec)) {
      out.push_back(e.path().filename().string());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace causeline::timex
