// The causal graph as GraphViz DOT: one node per event that takes part in a link (labelled with its
// date and title, the full title in the tooltip), one edge per link from cause to effect, styled by
// type. Every string is a quoted DOT ID with quotes and backslashes escaped and no raw line breaks.
#include <vector>

#include "exporters/formats.hpp"
#include "exporters/sink.hpp"
#include "exporters/text_escape.hpp"
#include "exporters/timeline_index.hpp"
#include "exporters/when_info.hpp"

namespace causeline::exporters {
namespace {

void put_quoted(Sink& out, std::string_view s) {
  out.put('"');
  for (char c : one_line(s)) {
    if (c == '"' || c == '\\')
      out.put('\\');
    out.put(c);
  }
  out.put('"');
}

std::string_view edge_style(LinkType t) {
  switch (t) {
    case LinkType::caused:
      return "color=\"#c0392b\"";
    case LinkType::enabled:
      return "color=\"#2471a3\", style=dashed";
    case LinkType::prevented:
      return "color=\"#7d3c98\", arrowhead=tee";
    case LinkType::preceded:
      return "color=\"#7f8c8d\", style=dotted";
  }
  return "";
}

}  // namespace

void write_dot(std::ostream& out, const Timeline& tl, const ExportContext& ctx) {
  const TimelineIndex ix(tl);
  Sink s(out);
  s.put("digraph causeline {\n  graph [rankdir=LR, labelloc=t, fontname=\"Helvetica\", label=");
  put_quoted(s, ctx.title);
  s.put(
      "];\n  node [shape=box, style=\"rounded,filled\", fillcolor=\"#f8f9fa\", "
      "fontname=\"Helvetica\", fontsize=11];\n  edge [fontname=\"Helvetica\", fontsize=9];\n");
  std::vector<bool> linked(tl.events.size(), false);
  for (uint32_t l = 0; l < tl.links.size(); ++l) {
    if (!ix.link_resolved(l))
      continue;
    linked[ix.link_from(l)] = true;
    linked[ix.link_to(l)] = true;
  }
  for (uint32_t i = 0; i < tl.events.size(); ++i) {
    if (!linked[i])
      continue;
    const Event& e = tl.events[i];
    const WhenInfo w = describe(e.when, Detail::display);
    s.put("  ");
    put_quoted(s, e.id);
    s.put(" [label=");
    // DOT's own \n escape centres the next line; written after quoting so it stays an escape.
    std::string label = one_line(w.display);
    std::string title = truncate_cp(one_line(e.title), 60);
    s.put('"');
    for (const std::string* part : {&label, &title}) {
      for (char c : *part) {
        if (c == '"' || c == '\\')
          s.put('\\');
        s.put(c);
      }
      if (part == &label)
        s.put("\\n");
    }
    s.put("\", tooltip=");
    put_quoted(s, e.title);
    if (!e.when.anchored())
      s.put(", style=\"rounded,dashed\"");
    s.put("];\n");
  }
  for (uint32_t l = 0; l < tl.links.size(); ++l) {
    if (!ix.link_resolved(l))
      continue;
    s.put("  ");
    put_quoted(s, tl.links[l].from);
    s.put(" -> ");
    put_quoted(s, tl.links[l].to);
    s.put(" [label=");
    put_quoted(s, to_string(tl.links[l].type));
    s.put(", ");
    s.put(edge_style(tl.links[l].type));
    s.put("];\n");
  }
  s.put("}\n");
}

}  // namespace causeline::exporters
