// causeline explain EVENT: where each source states an event, why mentions were merged, and its
// causes and effects.
#include <iostream>
#include <map>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "core/chains.hpp"

namespace causeline::cli {
namespace {
constexpr std::string_view kName = "explain";
constexpr OptionSpec kOptions[] = {
    kReferenceOption,
};
}  // namespace

int cmd_explain(std::span<const std::string> argv) {
  auto args = parse_args(argv, kOptions);
  if (!args)
    return usage_error(kName, args.error().message);
  if (args->help) {
    std::cout << usage(
        kName, "EVENT",
        "Show an event: date and how it was dated, each source with its evidence and "
        "offsets, why its mentions were merged, and its direct causes and effects.",
        kOptions);
    return kOk;
  }
  if (args->positional.size() != 1)
    return usage_error(kName, "expects exactly one EVENT");
  auto store = open_store(db_path(*args), false);
  if (!store)
    return kInputFailed;
  std::vector<MergeNote> notes;
  BuildOptions options = timeline_options(*args);
  options.merge_notes = &notes;
  auto t = load_timeline(*store, options);
  if (!t)
    return kInputFailed;
  std::string error;
  const Event* e = find_event(*t, args->positional[0], notes, error);
  if (!e) {
    std::cerr << "causeline " << kName << ": " << error << '\n';
    return kInputFailed;
  }
  std::map<std::string, const Event*> by_id;
  for (const auto& x : t->events) by_id[x.id] = &x;
  std::cout << "event " << e->id << ": " << e->title << '\n';
  std::cout << "  date:         ";
  if (e->when.ok()) {
    std::cout << e->when.str();
    if (e->when.mod() != TimeMod::none)
      std::cout << " [" << to_string(e->when.mod()) << "]";
    std::cout << " (" << to_string(e->when.grain()) << "), dated by " << to_string(e->dating);
  } else {
    std::cout << "undated";
  }
  std::cout << "\n  type:         " << e->type << "\n  modality:     " << e->modality
            << "\n  participants: ";
  for (size_t i = 0; i < e->participants.size(); ++i)
    std::cout << (i ? ", " : "") << e->participants[i];
  std::cout << "\n  sources (" << e->sources.size() << "):\n";
  for (const auto& s : e->sources) {
    std::cout << "    " << s.doc << " [" << s.lang << "] evidence bytes " << s.evidence_begin
              << ".." << s.evidence_end << ", trigger bytes " << s.trigger_begin << ".."
              << s.trigger_end << "\n      \"" << s.evidence << "\"\n";
  }
  bool any = false;
  for (const auto& n : notes) {
    if (n.kept != e->id)
      continue;
    if (!any)
      std::cout << "  merged because:\n";
    any = true;
    std::cout << "    " << n.a << " + " << n.b << ": " << n.reason << '\n';
  }
  if (!any && e->sources.size() == 1)
    std::cout << "  not merged: no other mention shares its signature\n";
  for (const auto& l : t->links) {
    if (l.to != e->id && l.from != e->id)
      continue;
    const bool cause = l.to == e->id;
    const std::string& other = cause ? l.from : l.to;
    auto it = by_id.find(other);
    std::cout << (cause ? "  cause:  " : "  effect: ") << to_string(l.type) << ' '
              << (it == by_id.end() ? other : event_label(*it->second));
    if (!l.cue.empty())
      std::cout << "  cue \"" << l.cue << "\"";
    std::cout << " confidence " << l.confidence << '\n';
  }
  return kOk;
}

}  // namespace causeline::cli
