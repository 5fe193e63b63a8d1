// causeline chains: the causal chains of the timeline, from first cause to last effect.
#include <iostream>
#include <map>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "core/chains.hpp"

namespace causeline::cli {
namespace {
constexpr std::string_view kName = "chains";
constexpr OptionSpec kOptions[] = {
    kReferenceOption,
};
}  // namespace

int cmd_chains(std::span<const std::string> argv) {
  auto args = parse_args(argv, kOptions);
  if (!args)
    return usage_error(kName, args.error().message);
  if (args->help) {
    std::cout << usage(kName, "",
                       "Print every causal chain (maximal path of caused/enabled/prevented links), "
                       "one event per line with the link and its cue between them; then warnings.",
                       kOptions);
    return kOk;
  }
  if (!args->positional.empty()) {
    return usage_error(kName, "unexpected argument '" + args->positional[0] + "'");
  }
  auto store = open_store(db_path(*args), false);
  if (!store)
    return kInputFailed;
  BuildOptions options = timeline_options(*args);
  auto t = load_timeline(*store, options);
  if (!t)
    return kInputFailed;
  std::map<std::string, const Event*> by_id;
  for (const auto& e : t->events) by_id[e.id] = &e;
  std::map<std::pair<std::string, std::string>, const Link*> link_of;
  for (const auto& l : t->links) {
    if (is_causal(l.type))
      link_of.emplace(std::make_pair(l.from, l.to), &l);
  }
  size_t n = 0;
  for (const auto& chain : t->chains) {
    std::cout << "chain " << ++n << " (" << chain.size() << " events)\n";
    for (size_t i = 0; i < chain.size(); ++i) {
      if (i > 0) {
        const Link* l = link_of[{chain[i - 1], chain[i]}];
        std::cout << "    -> " << (l ? to_string(l->type) : "caused");
        if (l && !l->cue.empty())
          std::cout << " (\"" << l->cue << "\")";
        std::cout << '\n';
      }
      auto it = by_id.find(chain[i]);
      std::cout << "  " << (it == by_id.end() ? chain[i] : event_label(*it->second)) << '\n';
    }
  }
  if (t->chains.empty())
    std::cout << "no causal chains\n";
  for (const auto& w : t->warnings) std::cout << "warning: " << w << '\n';
  return kOk;
}

}  // namespace causeline::cli
