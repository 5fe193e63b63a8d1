// The causal graph as a Mermaid flowchart. Node ids are n<index> (event ids could collide with
// Mermaid keywords such as "end"); labels are quoted, with Mermaid's entity codes for the
// characters that would end or break a label.
#include <vector>

#include "exporters/formats.hpp"
#include "exporters/sink.hpp"
#include "exporters/text_escape.hpp"
#include "exporters/timeline_index.hpp"
#include "exporters/when_info.hpp"

namespace causeline::exporters {
namespace {

void put_label_text(Sink& out, std::string_view s) {
  for (char c : one_line(s)) {
    switch (c) {
      case '#':
        out.put("#35;");
        break;
      case '"':
        out.put("#quot;");
        break;
      case '<':
        out.put("#lt;");
        break;
      case '>':
        out.put("#gt;");
        break;
      case '&':
        out.put("#amp;");
        break;
      case '`':
        out.put("#96;");
        break;
      default:
        out.put(c);
    }
  }
}

std::string_view arrow(LinkType t) {
  switch (t) {
    case LinkType::caused:
      return " -->|caused| ";
    case LinkType::enabled:
      return " ==>|enabled| ";
    case LinkType::prevented:
      return " --x|prevented| ";
    case LinkType::preceded:
      return " -.->|preceded| ";
  }
  return " --> ";
}

}  // namespace

void write_mermaid(std::ostream& out, const Timeline& tl, const ExportContext& ctx) {
  const TimelineIndex ix(tl);
  Sink s(out);
  s.put("%% ");
  s.put(one_line(ctx.title));
  s.put("\nflowchart LR\n");
  std::vector<bool> linked(tl.events.size(), false);
  for (uint32_t l = 0; l < tl.links.size(); ++l) {
    if (!ix.link_resolved(l))
      continue;
    linked[ix.link_from(l)] = true;
    linked[ix.link_to(l)] = true;
  }
  bool any_undated = false;
  for (uint32_t i = 0; i < tl.events.size(); ++i) {
    if (!linked[i])
      continue;
    const Event& e = tl.events[i];
    s.put("  n").put_int(i).put("[\"");
    put_label_text(s, describe(e.when, Detail::display).display);
    s.put("<br/>");
    put_label_text(s, truncate_cp(one_line(e.title), 60));
    s.put("\"]\n");
    any_undated = any_undated || !e.when.anchored();
  }
  for (uint32_t l = 0; l < tl.links.size(); ++l) {
    if (!ix.link_resolved(l))
      continue;
    s.put("  n")
        .put_int(ix.link_from(l))
        .put(arrow(tl.links[l].type))
        .put("n")
        .put_int(ix.link_to(l));
    s.put('\n');
  }
  if (any_undated) {
    s.put("  classDef undated stroke-dasharray: 5 5\n");
    for (uint32_t i = 0; i < tl.events.size(); ++i) {
      if (linked[i] && !tl.events[i].when.anchored())
        s.put("  class n").put_int(i).put(" undated\n");
    }
  }
}

}  // namespace causeline::exporters
