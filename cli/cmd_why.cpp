// causeline why EVENT: walk back from an event through its causes. Also hosts the walk shared
// with `causeline next`.
#include <iostream>
#include <map>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "core/chains.hpp"

namespace causeline::cli {
namespace {
constexpr OptionSpec kOptions[] = {
    kReferenceOption,
    {"--depth", "N", "how many links to follow (default 8)"},
};
}  // namespace

int run_causal_walk(std::string_view name, std::span<const std::string> argv, bool backward) {
  auto args = parse_args(argv, kOptions);
  if (!args)
    return usage_error(name, args.error().message);
  if (args->help) {
    std::cout << usage(name, "EVENT",
                       backward
                           ? "Show what caused EVENT, then what caused those causes, and so on."
                           : "Show what EVENT caused, then what those effects caused, and so on.",
                       kOptions);
    std::cout << "EVENT is an event id, the id of a merged mention, or a unique fragment of an id "
                 "or title.\n";
    return kOk;
  }
  if (args->positional.size() != 1)
    return usage_error(name, "expects exactly one EVENT");
  size_t depth = 8;
  if (auto d = args->get("--depth")) {
    try {
      depth = std::stoul(*d);
    } catch (const std::exception&) {
      return usage_error(name, "--depth expects a number");
    }
  }
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
  const Event* start = find_event(*t, args->positional[0], notes, error);
  if (!start) {
    std::cerr << "causeline " << name << ": " << error << '\n';
    return kInputFailed;
  }
  std::map<std::string, const Event*> by_id;
  for (const auto& e : t->events) by_id[e.id] = &e;
  std::cout << event_label(*start) << '\n';
  auto steps = walk(t->links, start->id, backward, depth);
  if (steps.empty()) {
    std::cout << (backward ? "  no known cause\n" : "  no known effect\n");
    return kOk;
  }
  // Print as a tree: each step under the event it was reached from.
  std::map<std::string, std::vector<const WalkStep*>> children;
  for (const auto& s : steps) {
    const Link& l = t->links[s.link];
    children[backward ? l.to : l.from].push_back(&s);
  }
  auto print = [&](auto&& self, const std::string& id, size_t indent) -> void {
    for (const WalkStep* s : children[id]) {
      const Link& l = t->links[s->link];
      std::cout << std::string(indent, ' ') << (backward ? "<- " : "-> ") << to_string(l.type)
                << (backward ? " by " : " ");
      auto it = by_id.find(s->id);
      std::cout << (it == by_id.end() ? s->id : event_label(*it->second));
      if (!l.cue.empty())
        std::cout << "  cue \"" << l.cue << "\"";
      if (!l.doc.empty())
        std::cout << " [" << l.doc << "]";
      std::cout << '\n';
      self(self, s->id, indent + 3);
    }
  };
  print(print, start->id, 2);
  return kOk;
}

int cmd_why(std::span<const std::string> argv) { return run_causal_walk("why", argv, true); }

}  // namespace causeline::cli
