// Canonical timeline JSON. Layout: top-level members one per line, then one line per document,
// event, link and chain; keys sorted; offsets in code points ("offset_unit": "codepoint").
#include "core/grain.hpp"
#include "exporters/formats.hpp"
#include "exporters/json_writer.hpp"
#include "exporters/timeline_index.hpp"
#include "exporters/when_info.hpp"

namespace causeline::exporters {
namespace {

void write_when(JsonWriter& j, const TimeValue& v) {
  const WhenInfo w = describe(v);
  j.begin_object();
  j.field("display", w.display);
  j.key("earliest").string_or_null(w.earliest);
  j.key("edtf").string_or_null(w.edtf);
  j.key("end").string_or_null(w.end);
  j.field("grain", to_string(v.grain()));
  j.key("latest").string_or_null(w.latest);
  j.key("mod").string_or_null(to_string(v.mod()));
  j.key("qualifier").string_or_null(w.qualifier);
  j.key("start").string_or_null(w.start);
  j.key("value");
  if (v.ok()) {
    j.value(v.str());
  } else {
    j.null();
  }
  j.end_object();
}

void write_span(JsonWriter& j, const TimelineIndex& ix, std::optional<uint32_t> doc, size_t b,
                size_t e) {
  if (!doc) {
    j.null();
    return;
  }
  j.begin_array()
      .value(ix.codepoint_offset(*doc, b))
      .value(ix.codepoint_offset(*doc, e))
      .end_array();
}

void write_source(JsonWriter& j, const TimelineIndex& ix, const Source& s) {
  const auto doc = ix.document_index(s.doc);
  const Document* d = doc ? &ix.timeline().documents[*doc] : nullptr;
  j.begin_object();
  j.field("doc", s.doc);
  j.field("evidence", s.evidence);
  j.key("lang").string_or_null(s.lang);
  j.key("span");
  write_span(j, ix, doc, s.evidence_begin, s.evidence_end);
  j.key("trigger");
  write_span(j, ix, doc, s.trigger_begin, s.trigger_end);
  j.key("url").string_or_null(d ? TimelineIndex::url_of(*d) : std::string_view());
  j.end_object();
}

void write_event(JsonWriter& j, const TimelineIndex& ix, uint32_t i) {
  const Event& e = ix.timeline().events[i];
  j.begin_object();
  j.field("confidence", e.confidence);
  j.field("dating", to_string(e.dating));
  j.field("id", e.id);
  j.field("modality", e.modality);
  j.key("participants").begin_array();
  for (const auto& p : e.participants) j.value(p);
  j.end_array();
  j.key("sources").begin_array();
  for (const auto& s : e.sources) write_source(j, ix, s);
  j.end_array();
  j.field("title", e.title);
  j.field("track", ix.tracks()[ix.track_of(i)].id);
  j.key("type").string_or_null(e.type);
  j.key("when");
  write_when(j, e.when);
  j.end_object();
}

void write_document(JsonWriter& j, const Document& d) {
  j.begin_object();
  j.key("content_hash").string_or_null(d.content_hash);
  j.field("id", d.id);
  j.key("lang").string_or_null(d.lang);
  j.key("published");
  if (d.published.ok()) {
    j.value(d.published.str());
  } else {
    j.null();
  }
  j.field("source", d.source);
  j.field("title", d.title);
  j.key("url").string_or_null(TimelineIndex::url_of(d));
  j.end_object();
}

void write_link(JsonWriter& j, const Link& l) {
  j.begin_object();
  j.field("confidence", l.confidence);
  j.key("cue").string_or_null(l.cue);
  j.key("doc").string_or_null(l.doc);
  j.field("evidence", l.evidence);
  j.field("from", l.from);
  j.field("to", l.to);
  j.field("type", to_string(l.type));
  j.end_object();
}

}  // namespace

void write_timeline_json(std::ostream& out, const Timeline& tl, const ExportContext& ctx) {
  const TimelineIndex ix(tl);
  Sink sink(out);
  JsonWriter j(sink, 2);
  j.begin_object();
  j.key("chains").begin_array();
  for (size_t c = 0; c < tl.chains.size(); ++c) {
    j.begin_object();
    j.key("events").begin_array();
    for (const auto& id : tl.chains[c]) j.value(id);
    j.end_array();
    j.field("id", "chain-" + std::to_string(c + 1));
    j.end_object();
  }
  j.end_array();
  j.key("documents").begin_array();
  for (const auto& d : tl.documents) write_document(j, d);
  j.end_array();
  j.key("events").begin_array();
  for (uint32_t i = 0; i < tl.events.size(); ++i) write_event(j, ix, i);
  j.end_array();
  j.field("format", "causeline/1");
  j.field("generated", ctx.generated);
  j.key("links").begin_array();
  for (const auto& l : tl.links) write_link(j, l);
  j.end_array();
  j.field("offset_unit", "codepoint");
  j.field("title", ctx.title);
  j.key("tracks").begin_array();
  for (const auto& t : ix.tracks()) {
    j.begin_object().field("id", t.id).field("label", t.label).field("order", t.order).end_object();
  }
  j.end_array();
  j.key("warnings").begin_array();
  for (const auto& w : tl.warnings) j.value(w);
  j.end_array();
  j.end_object();
  j.finish();
}

}  // namespace causeline::exporters
