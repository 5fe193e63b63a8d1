// The visual report: one self-contained HTML file (inline CSS, SVG and a few lines of script; a
// Content-Security-Policy forbids every network load). The SVG draws the time axis, one lane per
// actor, each event at its real extent (a point for a day, a bar over the whole month for a month),
// causal arrows from cause to effect, and a lane for undated events (each after its causes). Below
// it, every event with its date, evidence quotes and source links, then the chains, warnings and
// documents.
#include "exporters/event_text.hpp"
#include "exporters/formats.hpp"
#include "exporters/report_layout.hpp"
#include "exporters/sink.hpp"
#include "exporters/text_escape.hpp"
#include "exporters/timeline_index.hpp"
#include "exporters/when_info.hpp"

namespace causeline::exporters {
namespace {

constexpr std::string_view kHead =
    R"(<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<style>
body{font:14px/1.45 "DejaVu Sans",Arial,sans-serif;color:#1d2733;margin:0;background:#fff}
header,section{padding:8px 24px}
h1{font-size:22px;margin:12px 0 2px}h2{font-size:17px;margin:18px 0 6px;border-bottom:1px solid #dde3ea}
.meta{color:#5b6775;font-size:13px;margin:2px 0}
#timeline{overflow-x:auto}
svg text{font:11px "DejaVu Sans",Arial,sans-serif;fill:#1d2733}
svg .lane-label{font-weight:bold;font-size:12px}
svg .tick line{stroke:#dde3ea}svg .tick text{fill:#5b6775}
svg .lane{fill:#f7f9fb}svg .lane.alt{fill:#eef2f6}svg .lane.undated{fill:#fff8e6}
svg .ev circle,svg .ev rect{stroke-width:1.5}
svg .ev rect.period{fill-opacity:.35}
svg .ev.mod-approx rect,svg .ev.mod-approx circle,svg .ev.mod-before rect,svg .ev.mod-after rect{stroke-dasharray:4 3}
svg .ev.undated rect{fill:#fff;stroke:#b9770e;stroke-dasharray:2 2}
svg .c0{fill:#2e86c1;stroke:#1b4f72}svg .c1{fill:#c0392b;stroke:#78281f}svg .c2{fill:#27ae60;stroke:#145a32}
svg .c3{fill:#8e44ad;stroke:#4a235a}svg .c4{fill:#d68910;stroke:#7e5109}svg .c5{fill:#17a589;stroke:#0b5345}
svg .c6{fill:#566573;stroke:#212f3d}svg .c7{fill:#cb4335;stroke:#641e16}
svg .link{fill:none;stroke-width:1.6;opacity:.75}
svg .link-caused{stroke:#c0392b}svg .link-enabled{stroke:#2471a3;stroke-dasharray:6 3}
svg .link-prevented{stroke:#7d3c98}svg .link-preceded{stroke:#7f8c8d;stroke-dasharray:2 3}
svg .link.hl{stroke-width:3.5;opacity:1}svg .ev.hl text{font-weight:bold}
svg a:hover text{text-decoration:underline}
.legend span{display:inline-block;margin-right:18px;font-size:13px}
.legend i{display:inline-block;width:26px;height:9px;margin-right:5px;vertical-align:middle;border:1.5px solid #1b4f72;background:rgba(46,134,193,.35)}
.legend i.pt{width:9px;border-radius:50%;background:#2e86c1}.legend i.approx{border-style:dashed}
.legend i.und{background:#fff;border:1.5px dashed #b9770e;width:9px}
.legend i.l{height:0;border:0;border-top:2px solid #c0392b;background:none}.legend i.l.en{border-top:2px dashed #2471a3}
.legend i.l.pr{border-top-color:#7d3c98}.legend i.l.pc{border-top:2px dotted #7f8c8d}
article.event{border-left:4px solid #dde3ea;padding:2px 12px;margin:10px 0}
article.event:target{border-left-color:#c0392b;background:#fdf2e9}
article.event h3{font-size:15px;margin:4px 0}
.when{color:#1b4f72;font-weight:bold;margin-right:6px}
blockquote{margin:6px 0;padding:2px 10px;border-left:3px solid #aab7c4;color:#34495e;font-style:italic}
table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #dde3ea;padding:3px 8px;text-align:left}
ol.chain li{margin:2px 0}
</style>
)";

constexpr std::string_view kScript = R"(<script>
(function () {
  var links = document.querySelectorAll('path.link');
  function mark(id, on) {
    for (var i = 0; i < links.length; i++) {
      var p = links[i];
      if (p.getAttribute('data-from') === id || p.getAttribute('data-to') === id) p.classList.toggle('hl', on);
    }
  }
  document.querySelectorAll('g.ev').forEach(function (g) {
    var id = g.getAttribute('data-event-id');
    g.addEventListener('mouseenter', function () { g.classList.add('hl'); mark(id, true); });
    g.addEventListener('mouseleave', function () { g.classList.remove('hl'); mark(id, false); });
  });
})();
</script>
)";

// Escaped text straight into the sink; the scratch buffer is reused to avoid an allocation per
// call.
void put_html(Sink& s, std::string_view text) {
  thread_local std::string buf;
  buf.clear();
  append_html(buf, text);
  s.put(buf);
}

void put_html_line(Sink& s, std::string_view text) {
  thread_local std::string buf;
  buf.clear();
  append_html_line(buf, text);
  s.put(buf);
}

void put_css_mods(Sink& s, const TimeValue& v) {
  s.put("precision-").put(to_string(v.grain()));
  switch (v.mod()) {
    case TimeMod::approx:
      s.put(" mod-approx");
      break;
    case TimeMod::before:
    case TimeMod::on_or_before:
      s.put(" mod-before");
      break;
    case TimeMod::after:
    case TimeMod::on_or_after:
      s.put(" mod-after");
      break;
    default:
      break;
  }
}

// Fills displays[i] (the event's date text) for the event list written after the SVG.
void write_svg(Sink& s, const TimelineIndex& ix, const ReportLayout& L,
               std::vector<std::string>& displays) {
  const Timeline& tl = ix.timeline();
  s.put("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"timeline-svg\" viewBox=\"0 0 ");
  s.put_fixed1(ReportLayout::kWidth).put(' ').put_fixed1(L.height).put("\" width=\"");
  s.put_fixed1(ReportLayout::kWidth).put("\" height=\"").put_fixed1(L.height);
  s.put("\" role=\"img\" aria-label=\"timeline\">\n<defs>");
  for (std::string_view t : {"caused", "enabled", "prevented", "preceded"}) {
    s.put("<marker id=\"arrow-")
        .put(t)
        .put(
            "\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
            "orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" class=\"head-");
    s.put(t).put("\"/></marker>");
  }
  s.put(
      "</defs>\n<style>.head-caused{fill:#c0392b}.head-enabled{fill:#2471a3}"
      ".head-prevented{fill:#7d3c98}.head-preceded{fill:#7f8c8d}</style>\n");
  // Lanes.
  for (size_t k = 0; k < L.lanes.size(); ++k) {
    const auto& lane = L.lanes[k];
    const bool undated = lane.track == UINT32_MAX;
    s.put("<rect class=\"lane")
        .put(undated ? " undated" : (k % 2 ? " alt" : ""))
        .put("\" x=\"0\" y=\"");
    s.put_fixed1(lane.top).put("\" width=\"").put_fixed1(ReportLayout::kWidth).put("\" height=\"");
    s.put_fixed1(lane.height).put("\"/><text class=\"lane-label\" x=\"10\" y=\"");
    s.put_fixed1(lane.top + ReportLayout::kLanePad + 15).put("\">");
    put_html(s, undated ? std::string("Undated")
                        : truncate_cp(one_line(ix.tracks()[lane.track].label), 24));
    s.put("</text>\n");
  }
  // Axis.
  for (const auto& t : L.ticks) {
    s.put("<g class=\"tick\"><line x1=\"").put_fixed1(t.x).put("\" x2=\"").put_fixed1(t.x);
    s.put("\" y1=\"").put_fixed1(ReportLayout::kTop - 8).put("\" y2=\"").put_fixed1(L.axis_bottom);
    s.put("\"/><text x=\"").put_fixed1(t.x + 3).put("\" y=\"").put_fixed1(ReportLayout::kTop - 12);
    s.put("\">").put(t.label).put("</text></g>\n");
  }
  // Causal arrows, under the marks.
  for (uint32_t l = 0; l < tl.links.size(); ++l) {
    if (!ix.link_resolved(l))
      continue;
    const auto& a = L.marks[ix.link_from(l)];
    const auto& b = L.marks[ix.link_to(l)];
    const double x1 = a.x1 + (a.x1 == a.x0 ? 5 : 0), x2 = b.x0 - (b.x1 == b.x0 ? 6 : 1);
    const double dx = std::max(24.0, std::abs(x2 - x1) / 2);
    const std::string_view type = to_string(tl.links[l].type);
    s.put("<path class=\"link link-").put(type).put("\" data-from=\"");
    put_html(s, tl.links[l].from);
    s.put("\" data-to=\"");
    put_html(s, tl.links[l].to);
    s.put("\" marker-end=\"url(#arrow-").put(type).put(")\" d=\"M").put_fixed1(x1).put(',');
    s.put_fixed1(a.y).put("C").put_fixed1(x1 + dx).put(',').put_fixed1(a.y).put(' ');
    s.put_fixed1(x2 - dx).put(',').put_fixed1(b.y).put(' ').put_fixed1(x2).put(',').put_fixed1(b.y);
    s.put("\"><title>").put(type);
    if (!tl.links[l].cue.empty()) {
      s.put(" (\xe2\x80\x9c");
      put_html_line(s, tl.links[l].cue);
      s.put("\xe2\x80\x9d)");
    }
    s.put("</title></path>\n");
  }
  // Marks.
  for (uint32_t i = 0; i < tl.events.size(); ++i) {
    const Event& e = tl.events[i];
    const auto& m = L.marks[i];
    const bool dated = e.when.anchored();
    const std::string_view colour[] = {"c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7"};
    s.put("<g class=\"ev ");
    if (dated) {
      put_css_mods(s, e.when);
    } else {
      s.put("undated");
    }
    s.put("\" data-event-id=\"");
    put_html(s, e.id);
    s.put("\"><a href=\"#ev-");
    put_html(s, e.id);
    s.put("\"><title>");
    put_html(s, displays[i] = describe(e.when, Detail::display).display);
    s.put(" \xe2\x80\x94 ");
    put_html_line(s, e.title);
    s.put("</title>");
    const std::string_view c = colour[ix.track_of(i) % 8];
    if (!dated) {
      s.put("<rect x=\"").put_fixed1(m.x0 - 5).put("\" y=\"").put_fixed1(m.y - 5);
      s.put("\" width=\"10\" height=\"10\"/>");
    } else if (m.x1 == m.x0) {
      s.put("<circle class=\"").put(c).put("\" cx=\"").put_fixed1(m.x0).put("\" cy=\"");
      s.put_fixed1(m.y).put("\" r=\"5\"/>");
    } else {
      s.put("<rect class=\"period ").put(c).put("\" x=\"").put_fixed1(m.x0).put("\" y=\"");
      s.put_fixed1(m.y - 5).put("\" width=\"").put_fixed1(m.x1 - m.x0);
      s.put("\" height=\"10\" rx=\"2\"/>");
    }
    if (L.labels) {
      if (m.label_left) {
        s.put("<text text-anchor=\"end\" x=\"").put_fixed1(m.x0 - 8);
      } else {
        s.put("<text x=\"").put_fixed1((dated ? m.x1 : m.x0) + 8);
      }
      s.put("\" y=\"").put_fixed1(m.y + 4).put("\">");
      thread_local std::string label;
      label.clear();
      append_report_label(label, e);
      put_html(s, label);
      s.put("</text>");
    }
    s.put("</a></g>\n");
  }
  s.put("</svg>\n");
}

void write_event_article(Sink& s, const TimelineIndex& ix, uint32_t i, const std::string& display) {
  const Event& e = ix.timeline().events[i];
  s.put("<article class=\"event\" id=\"ev-");
  put_html(s, e.id);
  s.put("\" data-event-id=\"");
  put_html(s, e.id);
  s.put("\"><h3><span class=\"when\">");
  put_html(s, display);
  s.put("</span>");
  put_html_line(s, e.title);
  s.put("</h3><p class=\"meta\">");
  if (e.when.ok()) {
    s.put(to_string(e.when.grain())).put(" precision \xc2\xb7 ");
  }
  put_html_line(s, ix.tracks()[ix.track_of(i)].label);
  if (!e.type.empty()) {
    s.put(" \xc2\xb7 ");
    put_html(s, e.type);
  }
  s.put(" \xc2\xb7 ");
  put_html(s, e.modality);
  s.put(" \xc2\xb7 confidence ").put_double(e.confidence).put("</p>");
  thread_local std::string text;
  text.clear();
  append_event_html(text, ix, i, "ev-");
  s.put(text);
  s.put("</article>\n");
}

}  // namespace

void write_html_report(std::ostream& out, const Timeline& tl, const ExportContext& ctx) {
  const TimelineIndex ix(tl);
  const ReportLayout L = layout_report(ix);
  Sink s(out);
  s.put("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
  put_html_line(s, ctx.title);
  s.put("</title>\n").put(kHead).put("</head>\n<body>\n<header><h1>");
  put_html_line(s, ctx.title);
  size_t dated = 0;
  const Event* first = nullptr;
  const Event* last = nullptr;
  for (const auto& e : tl.events) {
    if (!e.when.anchored())
      continue;
    ++dated;
    if (!first)
      first = &e;
    if (!last || e.when.end() > last->when.end())
      last = &e;
  }
  s.put("</h1><p class=\"meta\">").put_int(static_cast<long long>(tl.events.size()));
  s.put(tl.events.size() == 1 ? " event (" : " events (")
      .put_int(static_cast<long long>(dated))
      .put(" dated, ");
  s.put_int(static_cast<long long>(tl.events.size() - dated)).put(" undated) \xc2\xb7 ");
  s.put_int(static_cast<long long>(tl.links.size()))
      .put(tl.links.size() == 1 ? " link \xc2\xb7 " : " links \xc2\xb7 ");
  s.put_int(static_cast<long long>(tl.documents.size()))
      .put(tl.documents.size() == 1 ? " document" : " documents");
  if (first) {
    s.put(" \xc2\xb7 ");
    put_html(s, describe(first->when, Detail::display).display);
    s.put(" \xe2\x80\x93 ");
    put_html(s, describe(last->when, Detail::display).display);
  }
  s.put(" \xc2\xb7 generated ");
  put_html(s, ctx.generated);
  s.put("</p></header>\n<section id=\"timeline\">\n");
  std::vector<std::string> displays(tl.events.size());
  write_svg(s, ix, L, displays);
  s.put(
      "<p class=\"legend\"><span><i class=\"pt\"></i>day</span><span><i></i>month, quarter, year "
      "(drawn over the whole period)</span><span><i class=\"approx\"></i>approximate, before or "
      "after</span><span><i class=\"und\"></i>undated (drawn after its causes)</span><span><i "
      "class=\"l\"></i>caused</span>"
      "<span><i class=\"l en\"></i>enabled</span><span><i class=\"l pr\"></i>prevented</span>"
      "<span><i class=\"l pc\"></i>preceded</span></p>\n</section>\n");
  if (!tl.chains.empty()) {
    s.put("<section id=\"chains\"><h2>Causal chains</h2>\n");
    for (const auto& chain : tl.chains) {
      s.put("<ol class=\"chain\">");
      for (const auto& id : chain) {
        auto ev = ix.event(id);
        s.put("<li><a href=\"#ev-");
        put_html(s, id);
        s.put("\">");
        put_html(s, ev ? one_line(tl.events[*ev].title) : id);
        s.put("</a></li>");
      }
      s.put("</ol>\n");
    }
    s.put("</section>\n");
  }
  if (!tl.warnings.empty()) {
    s.put("<section id=\"warnings\"><h2>Warnings</h2><ul>\n");
    for (const auto& w : tl.warnings) {
      s.put("<li>");
      put_html_line(s, w);
      s.put("</li>\n");
    }
    s.put("</ul></section>\n");
  }
  s.put("<section id=\"events\"><h2>Events</h2>\n");
  for (uint32_t i = 0; i < tl.events.size(); ++i) write_event_article(s, ix, i, displays[i]);
  s.put(
      "</section>\n<section id=\"documents\"><h2>Documents</h2>\n<table><tr><th>id</th>"
      "<th>title</th><th>language</th><th>published</th><th>source</th></tr>\n");
  for (const auto& d : tl.documents) {
    s.put("<tr><td>");
    put_html(s, d.id);
    s.put("</td><td>");
    put_html_line(s, d.title);
    s.put("</td><td>");
    put_html(s, d.lang);
    s.put("</td><td>");
    if (d.published.ok())
      put_html(s, describe(d.published, Detail::display).display);
    s.put("</td><td>");
    const std::string_view url = TimelineIndex::url_of(d);
    if (is_web_url(url)) {
      s.put("<a href=\"");
      put_html(s, url);
      s.put("\" rel=\"noopener noreferrer\">");
      put_html(s, url);
      s.put("</a>");
    } else {
      put_html(s, d.source);
    }
    s.put("</td></tr>\n");
  }
  s.put("</table></section>\n").put(kScript).put("</body>\n</html>\n");
}

}  // namespace causeline::exporters
