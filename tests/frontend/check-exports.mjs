#!/usr/bin/env node
// Judges causeline exports with the clients that read them. Run by ctest (tests/exporters).
//
// usage: node check-exports.mjs CHECK EXPORT_DIR SCREENSHOT_DIR
//   CHECK        ical | schema | timelinejs | vis | report | all
//   EXPORT_DIR   a folder written by `causeline build` / write_all (timeline.json, timeline.ics, ...), or a
//                folder of such folders (each is checked)
//
// The canonical timeline.json of each folder is the reference: every other format must carry all of
// its events and links. Exit 0 when every check passes, 1 otherwise (including a missing `npm ci`
// or a missing /usr/bin/chromium: nothing is skipped silently).
import fs from 'node:fs';
import path from 'node:path';
import { HERE } from './lib/harness.mjs';

const CHECKS = ['ical', 'schema', 'timelinejs', 'vis', 'report'];

function fail(msg) {
  console.error(`check-exports: ${msg}`);
  process.exit(1);
}

const [check, exportDir, shotDir] = process.argv.slice(2);
if (!check || !exportDir || !shotDir || !(check === 'all' || CHECKS.includes(check))) {
  fail('usage: node check-exports.mjs ical|schema|timelinejs|vis|report|all EXPORT_DIR SCREENSHOT_DIR');
}
if (!fs.existsSync(path.join(HERE, 'node_modules'))) {
  fail(`${path.join(HERE, 'node_modules')} is missing: run "npm ci" in ${HERE} first`);
}
const sets = fs.existsSync(path.join(exportDir, 'timeline.json'))
  ? [exportDir]
  : fs.readdirSync(exportDir).map((d) => path.join(exportDir, d)).filter((d) => fs.existsSync(path.join(d, 'timeline.json'))).sort();
if (!sets.length) fail(`no timeline.json in ${exportDir} or its sub-folders`);

const readJson = (f) => JSON.parse(fs.readFileSync(f, 'utf8'));
const dated = (ev) => ev.when.start !== null;

// ---- ical -------------------------------------------------------------------------------------
// "2025-04" -> first day; lastDay("2025-04") -> "2025-04-30". Independent of the C++ date code.
function firstDay(iso) { return (iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso).slice(0, 10); }
function dayAfterLast(iso) {
  const [y, m, d] = [+iso.slice(0, 4), iso.length >= 7 ? +iso.slice(5, 7) : null, iso.length >= 10 ? +iso.slice(8, 10) : null];
  const t = m === null ? Date.UTC(y + 1, 0, 1) : d === null ? Date.UTC(y, m, 1) : Date.UTC(y, m - 1, d + 1);
  return new Date(t).toISOString().slice(0, 10);
}
const plainTitle = (s) => s.replace(/\r\n|\r/g, '\n').replace(/[\x00-\x08\x0b-\x1f\x7f]/g, ' ');

async function checkIcal(dir, errors, out) {
  const { validate, summarize } = await import('./lib/ical-check.mjs');
  const tl = readJson(path.join(dir, 'timeline.json'));
  const buf = fs.readFileSync(path.join(dir, 'timeline.ics'));
  const v = validate(buf);
  for (const e of v.errors) errors.push(`RFC: line ${e.line}: ${e.code}: ${e.message}`);
  for (const w of v.warnings) if (w.code === 'related-to-dangling') errors.push(`RFC: line ${w.line}: ${w.message}`);
  let s;
  try { s = summarize(buf.toString('utf8')); } catch (e) { errors.push(`ical.js could not parse: ${e.message}`); return; }
  const byUid = new Map(s.events.map((c) => [c.uid, c]));
  const domain = s.events.length ? s.events[0].uid.slice(s.events[0].uid.lastIndexOf('@') + 1) : '';
  out.components = s.events.length;
  if (s.events.length !== tl.events.length) errors.push(`${s.events.length} components for ${tl.events.length} events`);
  for (const ev of tl.events) {
    const c = byUid.get(`${ev.id}@${domain}`);
    if (!c) { errors.push(`event ${ev.id} has no component`); continue; }
    if (c.component !== (dated(ev) ? 'VEVENT' : 'VJOURNAL')) errors.push(`${ev.id}: ${c.component}, expected ${dated(ev) ? 'VEVENT' : 'VJOURNAL'}`);
    if (!c.summary || !c.summary.endsWith(plainTitle(ev.title))) errors.push(`${ev.id}: SUMMARY ${JSON.stringify(c.summary)} does not round-trip the title`);
    if (dated(ev) && !ev.when.start.includes('T')) {
      const want = [firstDay(ev.when.start), dayAfterLast(ev.when.end || ev.when.start)];
      const got = [c.dtstart && c.dtstart.value, c.dtend && c.dtend.value];
      if (c.dtstart.type !== 'date' || want[0] !== got[0] || want[1] !== got[1]) {
        errors.push(`${ev.id}: all-day span ${got.join('..')} (${c.dtstart.type}), expected ${want.join('..')} (exclusive end)`);
      }
      if (!c.x_props.includes('X-TIMELINE-PRECISION')) errors.push(`${ev.id}: no X-TIMELINE-PRECISION`);
    }
    const causes = tl.links.filter((l) => l.to === ev.id).map((l) => `${l.from}@${domain}`).sort();
    const related = c.related_to.filter((r) => r.reltype === 'DEPENDS-ON').map((r) => r.value).sort();
    if (JSON.stringify(causes) !== JSON.stringify(related)) errors.push(`${ev.id}: RELATED-TO ${related} but causes ${causes}`);
  }
  // The validator must be able to fail: broken copies of this very file.
  const text = buf.toString('utf8');
  const lead = buf.findIndex((x) => x >= 0xc0);  // first multi-byte character: fold inside it
  const broken = {
    'bare-lf': Buffer.from(text.replace(/\r\n/g, '\n')),
    'line-too-long': Buffer.from(text.replace(/\r\n /g, '')),
    'fold-splits-utf8': lead < 0 ? null : Buffer.concat([buf.subarray(0, lead + 1), Buffer.from('\r\n '), buf.subarray(lead + 1)]),
    'missing-prop': Buffer.from(text.replace(/DTSTAMP:[^\r]*\r\n/, '')),
    'unescaped-comma': Buffer.from(text.replace(/\r\nSUMMARY:/, '\r\nSUMMARY:a,b ')),
  };
  out.self_test = {};
  for (const [code, b] of Object.entries(broken)) {
    if (!b) continue;
    const codes = validate(b).errors.map((e) => e.code);
    out.self_test[code] = codes.includes(code);
    if (!codes.includes(code)) errors.push(`self-test: a copy broken for ${code} was not rejected (got ${[...new Set(codes)]})`);
  }
}

// ---- schema -----------------------------------------------------------------------------------
async function checkSchema(dir, errors, out) {
  const { default: Ajv } = await import('ajv');
  const schema = readJson(path.join(HERE, '..', '..', 'docs', 'timeline.schema.json'));
  const ajv = new Ajv({ allErrors: true, strict: true });
  const valid = ajv.compile(schema);
  const tl = readJson(path.join(dir, 'timeline.json'));
  if (!valid(tl)) for (const e of valid.errors.slice(0, 20)) errors.push(`schema: ${e.instancePath} ${e.message}`);
  // What a schema cannot say: references resolve.
  const ids = new Set();
  for (const ev of tl.events) {
    if (ids.has(ev.id)) errors.push(`duplicate event id ${ev.id}`);
    ids.add(ev.id);
  }
  const docs = new Set(tl.documents.map((d) => d.id));
  const tracks = new Set(tl.tracks.map((t) => t.id));
  for (const ev of tl.events) {
    if (!tracks.has(ev.track)) errors.push(`${ev.id}: unknown track ${ev.track}`);
    for (const s of ev.sources) {
      if (!docs.has(s.doc)) errors.push(`${ev.id}: unknown document ${s.doc}`);
      for (const k of ['span', 'trigger']) if (s[k] && s[k][0] > s[k][1]) errors.push(`${ev.id}: ${k} ends before it starts`);
    }
    if ((ev.when.value === null) !== (ev.when.grain === 'none')) errors.push(`${ev.id}: value and grain disagree`);
  }
  for (const l of tl.links) if (!ids.has(l.from) || !ids.has(l.to)) errors.push(`link ${l.from} -> ${l.to} names a missing event`);
  for (const c of tl.chains) for (const id of c.events) if (!ids.has(id)) errors.push(`${c.id}: missing event ${id}`);
  // The schema must be able to fail.
  const bad = structuredClone(tl);
  bad.format = 'causeline/2';
  if (bad.events.length) delete bad.events[0].when.grain;
  out.self_test = !valid(bad);
  if (valid(bad)) errors.push('self-test: a timeline with a wrong format and no when.grain passed the schema');
  out.events = tl.events.length;
  out.links = tl.links.length;
}

// ---- TimelineJS ------------------------------------------------------------------------------
async function checkTimelineJS(dir, errors, out, shot) {
  const { renderTimelineJS } = await import('./lib/timelinejs.mjs');
  const tl = readJson(path.join(dir, 'timeline.json'));
  const data = readJson(path.join(dir, 'timelinejs.json'));
  const pick = tl.events.find((e) => e.id === 'h20-licence-2025-04') || tl.events.find(dated);
  const r = await renderTimelineJS(data, shot, { gotoId: pick ? pick.id : null });
  errors.push(...r.errors);
  const want = tl.events.filter(dated).map((e) => e.id).sort();
  const got = r.events.map((e) => e.unique_id).sort();
  if (JSON.stringify(want) !== JSON.stringify(got)) errors.push(`dated events ${want.length}, TimelineJS kept ${got.length}: ${want.filter((x) => !got.includes(x))}`);
  const norm = (s) => s.replace(/\s+/g, ' ').trim();
  for (const ev of tl.events.filter((e) => !dated(e))) {
    if (!norm(r.title_text).includes(norm(ev.title))) errors.push(`undated event ${ev.id} is not on the title slide`);
  }
  for (const ev of tl.events.filter((e) => dated(e) && e.when.grain === 'month' && !e.when.mod)) {
    const shown = r.events.find((x) => x.unique_id === ev.id);
    if (shown && shown.display_date !== ev.when.display) errors.push(`${ev.id}: TimelineJS shows ${JSON.stringify(shown.display_date)}, expected ${JSON.stringify(ev.when.display)}`);
  }
  Object.assign(out, { events: r.rendered_events, markers: r.dom && r.dom.markers, slides: r.dom && r.dom.slides, groups: r.dom && r.dom.groupLabels, screenshot: shot });
}

// ---- vis-timeline ----------------------------------------------------------------------------
async function checkVis(dir, errors, out, shot) {
  const { renderVis } = await import('./lib/vis.mjs');
  const tl = readJson(path.join(dir, 'timeline.json'));
  const data = readJson(path.join(dir, 'vis.json'));
  const r = await renderVis(data, shot, { height: 640 });
  errors.push(...r.errors);
  const datedIds = new Set(tl.events.filter(dated).map((e) => e.id));
  const items = new Set(data.items.map((i) => i.id));
  for (const id of datedIds) if (!items.has(id)) errors.push(`dated event ${id} is not a vis item`);
  const undated = new Set((data.undated || []).map((u) => u.id));
  for (const ev of tl.events) if (!dated(ev) && !undated.has(ev.id)) errors.push(`undated event ${ev.id} is missing from "undated"`);
  const linkable = tl.links.filter((l) => datedIds.has(l.from) && datedIds.has(l.to)).length;
  if (linkable !== (data.arrows || []).length) errors.push(`${(data.arrows || []).length} arrows for ${linkable} links between dated events`);
  for (const it of data.items) {
    const ev = tl.events.find((e) => e.id === it.id);
    if (ev && ev.when.grain === 'month' && it.type !== 'range') errors.push(`${it.id}: a month must be a range`);
  }
  Object.assign(out, { items: r.rendered_items, missing: r.missing_items, arrows: r.arrows, groups: r.group_labels, screenshot: shot });
}

// ---- HTML report ------------------------------------------------------------------------------
async function checkReport(dir, errors, out, shot) {
  const { renderReport } = await import('./lib/report.mjs');
  const tl = readJson(path.join(dir, 'timeline.json'));
  const r = await renderReport(fs.readFileSync(path.join(dir, 'report.html'), 'utf8'), shot);
  errors.push(...r.errors);
  const want = tl.events.map((e) => e.id).sort();
  const marks = r.state.marks.map((m) => m.id).sort();
  const articles = r.state.articles.map((a) => a.id).sort();
  if (JSON.stringify(want) !== JSON.stringify(marks)) errors.push(`${marks.length} marks for ${want.length} events`);
  if (JSON.stringify(want) !== JSON.stringify(articles)) errors.push(`${articles.length} articles for ${want.length} events`);
  const drawn = new Set(r.state.arrows.map((a) => `${a.from}>${a.to}`));
  for (const l of tl.links) if (!drawn.has(`${l.from}>${l.to}`)) errors.push(`link ${l.from} -> ${l.to} is not drawn`);
  const norm = (s) => s.replace(/\s+/g, ' ').trim();
  for (const ev of tl.events) {
    const a = r.state.articles.find((x) => x.id === ev.id);
    if (!a) continue;
    for (const s of ev.sources) if (!norm(a.text).includes(norm(s.evidence))) errors.push(`${ev.id}: evidence not shown`);
  }
  for (const ev of tl.events.filter((e) => e.when.grain === 'month')) {
    const m = r.state.marks.find((x) => x.id === ev.id);
    if (m && !/precision-month/.test(m.cls)) errors.push(`${ev.id}: month not drawn as a period`);
  }
  Object.assign(out, { marks: r.marks, arrows: r.arrows, articles: r.articles, lanes: r.lanes, svg: r.svg, screenshot: shot });
}

const RUN = { ical: checkIcal, schema: checkSchema, timelinejs: checkTimelineJS, vis: checkVis, report: checkReport };
const summary = [];
let failed = false;
for (const dir of sets) {
  for (const c of check === 'all' ? CHECKS : [check]) {
    const errors = [];
    const out = {};
    const shot = path.join(shotDir, `${path.basename(dir)}-${c}.png`);
    try {
      await RUN[c](dir, errors, out, shot);
    } catch (e) {
      errors.push(`${e.message}`);
    }
    failed = failed || errors.length > 0;
    summary.push({ set: path.basename(dir), check: c, ok: errors.length === 0, errors, ...out });
  }
}
console.log(JSON.stringify(summary, null, 2));
process.exit(failed ? 1 : 0);
