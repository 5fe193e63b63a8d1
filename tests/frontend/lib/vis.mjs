// vis-timeline (npm vis-timeline standalone build) plus npm timeline-arrows in headless Chromium:
// static checks of the JSON, then a real render. renderVis(data, png, opts) -> report.
import fs from 'node:fs';
import path from 'node:path';
import { HERE, startServer, launchBrowser, watchPage, isBlockedNoise } from './harness.mjs';

const TYPES = ['box', 'point', 'range', 'background'];
// ISO 8601 calendar date/time, optionally reduced precision (YYYY, YYYY-MM) or
// expanded year (+/-YYYYYY), which is how vis/moment need BCE years.
const ISO = /^([+-]\d{6}|\d{4})(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

export function staticCheck(data) {
  const errors = [];
  const warnings = [];
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { errors: ['top level must be an object {items, groups?, arrows?, options?}'], warnings };
  if (!Array.isArray(data.items) || data.items.length === 0) errors.push('"items" must be a non-empty array');
  const groupIds = new Set();
  if (data.groups !== undefined) {
    if (!Array.isArray(data.groups)) errors.push('"groups" must be an array');
    else data.groups.forEach((g, i) => {
      if (g.id === undefined || g.id === null) errors.push(`groups[${i}]: id is required`);
      else if (groupIds.has(g.id)) errors.push(`groups[${i}]: duplicate id ${JSON.stringify(g.id)}`);
      else groupIds.add(g.id);
      if (g.content === undefined) errors.push(`groups[${i}]: content is required`);
    });
  }
  const itemIds = new Set();
  const toMs = (v, where) => {
    if (typeof v === 'number') return v;
    if (typeof v !== 'string') { errors.push(`${where}: must be an ISO 8601 string or epoch ms, got ${JSON.stringify(v)}`); return null; }
    if (!ISO.test(v)) { errors.push(`${where}: ${JSON.stringify(v)} is not ISO 8601 (BCE years need the expanded form, e.g. -000050-01-01)`); return null; }
    const ms = Date.parse(/^[+-]?\d+$/.test(v) ? `${v}-01-01` : v);
    if (Number.isNaN(ms)) { errors.push(`${where}: unparseable date ${JSON.stringify(v)}`); return null; }
    return ms;
  };
  (data.items || []).forEach((it, i) => {
    const where = `items[${i}]`;
    if (it.id === undefined || it.id === null) warnings.push(`${where}: no id (vis assigns a random one; links cannot target it)`);
    else if (itemIds.has(it.id)) errors.push(`${where}: duplicate id ${JSON.stringify(it.id)} (vis.DataSet throws)`);
    else itemIds.add(it.id);
    if (it.type !== 'background' && (it.content === undefined || it.content === null)) errors.push(`${where}: content is required`);
    if (it.start === undefined || it.start === null) { errors.push(`${where}: start is required`); return; }
    const s = toMs(it.start, `${where}.start`);
    const type = it.type || (it.end !== undefined && it.end !== null ? 'range' : 'box');
    if (!TYPES.includes(type)) errors.push(`${where}: type must be one of ${TYPES.join('/')}, got ${JSON.stringify(it.type)}`);
    if ((type === 'range' || type === 'background') && (it.end === undefined || it.end === null)) errors.push(`${where}: type ${type} needs an end`);
    if (it.end !== undefined && it.end !== null) {
      const e = toMs(it.end, `${where}.end`);
      if (s !== null && e !== null && e < s) errors.push(`${where}: end is before start`);
    }
    if (it.group !== undefined && data.groups && !groupIds.has(it.group)) errors.push(`${where}: group ${JSON.stringify(it.group)} is not in "groups" (vis would not display the item)`);
    if (it.group === undefined && data.groups && data.groups.length && it.type !== 'background') warnings.push(`${where}: no group while groups are defined (vis does not display it)`);
  });
  (data.arrows || []).forEach((a, i) => {
    if (!itemIds.has(a.id_item_1)) errors.push(`arrows[${i}]: id_item_1 ${JSON.stringify(a.id_item_1)} is not an item id`);
    if (!itemIds.has(a.id_item_2)) errors.push(`arrows[${i}]: id_item_2 ${JSON.stringify(a.id_item_2)} is not an item id`);
  });
  return { errors, warnings };
}

export function pageHtml(width, height) {
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>vis-timeline harness</title>
<link rel="stylesheet" href="/node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css">
<style>
html,body{margin:0;padding:0;background:#fff;font-family:"DejaVu Sans",sans-serif;font-size:12px}
#vis{width:${width}px}
.vis-item.precision-month{border-style:dashed;background:#fff3cd}
.vis-item.precision-year{border-style:dotted;background:#f8f9fa}
</style>
<script src="/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js"></script>
</head><body>
<div id="vis"></div>
<script type="module">
import Arrow from '/node_modules/timeline-arrows/arrow.js';
window.__h = { changed: 0, drawn: false, error: null };
try {
  const data = await (await fetch('/data.json')).json();
  const items = new vis.DataSet(data.items);
  const groups = data.groups ? new vis.DataSet(data.groups) : null;
  const options = Object.assign({ width: '100%', maxHeight: '${height}px', stack: true, showCurrentTime: false,
                                  dataAttributes: ['id'], margin: { item: 8 } }, data.options || {});
  // vis keeps the root at visibility:hidden until its initial draw is complete;
  // 'changed' fires earlier than that, so wait for this callback.
  const userInit = options.onInitialDrawComplete;
  options.onInitialDrawComplete = () => { window.__h.drawn = true; if (typeof userInit === 'function') userInit(); };
  const tl = groups ? new vis.Timeline(document.getElementById('vis'), items, groups, options)
                    : new vis.Timeline(document.getElementById('vis'), items, options);
  tl.on('changed', () => { window.__h.changed++; });
  window.__tl = tl;
  window.__arrows = new Arrow(tl, data.arrows || [], { followRelationships: true });
} catch (e) {
  window.__h.error = String(e && e.stack || e);
}
</script>
</body></html>`;
}


// Renders `data` ({items, groups?, arrows?, options?}) with vis-timeline and timeline-arrows,
// screenshots it, and reports which items and arrows were drawn.
export async function renderVis(data, outPng, { width = 1200, height = 500, timeout = 15000 } = {}) {
  const report = { renderer: 'vis-timeline', ok: false, errors: [], warnings: [] };
  const sc = staticCheck(data);
  report.errors.push(...sc.errors.map((m) => `static: ${m}`));
  report.warnings.push(...sc.warnings.map((m) => `static: ${m}`));
  const srv = await startServer(HERE, { '/index.html': pageHtml(width, height), '/data.json': JSON.stringify(data) });
  let browser;
  try {
    browser = await launchBrowser({ width, height });
  } catch (e) {
    await srv.close();
    throw e;
  }
  try {
    const page = await browser.context.newPage();
    const log = watchPage(page);
    await page.goto(`${srv.origin}/index.html`, { waitUntil: 'load' });
    try {
      await page.waitForFunction(() => {
        if (!window.__h) return false;
        if (window.__h.error) return true;
        const root = document.querySelector('.vis-timeline');
        return window.__h.drawn && root && getComputedStyle(root).visibility === 'visible';
      }, null, { timeout });
    } catch {
      report.errors.push(`timed out after ${timeout} ms waiting for vis-timeline's initial draw`);
    }
    // timeline-arrows draws on vis's "changed" events, which keep coming after the initial draw.
    await page.waitForFunction(() => !window.__arrows ||
      window.__arrows._dependencyPath.every((p) => (p.getAttribute('d') || '') !== 'M 0 0'), null, { timeout: 5000 }).catch(() => {});
    await page.waitForTimeout(300);
    const state = await page.evaluate(() => {
      const root = document.querySelector('.vis-timeline');
      const out = { error: window.__h.error, rootVisible: !!root && getComputedStyle(root).visibility === 'visible', renderedIds: [], groupLabels: [], arrowsDrawn: 0 };
      out.renderedIds = [...document.querySelectorAll('.vis-itemset .vis-item[data-id]')].map((e) => e.getAttribute('data-id'));
      out.groupLabels = [...document.querySelectorAll('.vis-labelset .vis-label')].map((e) => e.textContent.trim());
      if (window.__arrows) {
        const paths = window.__arrows._dependencyPath || [];
        out.arrowsDrawn = paths.filter((p) => (p.getAttribute('d') || '') !== 'M 0 0').length;
      }
      return out;
    });
    const inputIds = (data.items || []).filter((i) => i.type !== 'background').map((i) => String(i.id));
    const rendered = new Set(state.renderedIds);
    report.input_items = inputIds.length;
    report.rendered_items = state.renderedIds.length;
    report.missing_items = inputIds.filter((id) => !rendered.has(id));
    report.group_labels = state.groupLabels;
    report.arrows = { input: (data.arrows || []).length, drawn: state.arrowsDrawn };
    if (state.error) report.errors.push(`page: ${state.error}`);
    if (!state.rootVisible) report.errors.push('vis-timeline root is still visibility:hidden (initial draw not complete)');
    if (state.renderedIds.length === 0) report.errors.push('no items rendered');
    if (report.missing_items.length) report.errors.push(`items not rendered: ${report.missing_items.join(', ')}`);
    if (state.arrowsDrawn !== (data.arrows || []).length) report.errors.push(`${state.arrowsDrawn} of ${(data.arrows || []).length} arrows drawn`);
    for (const e of log.pageErrors) report.errors.push(`pageerror: ${e}`);
    for (const e of log.consoleErrors) if (!isBlockedNoise(e)) report.errors.push(`console.error: ${e}`);
    report.blocked_requests = [...new Set(browser.blocked)];
    fs.mkdirSync(path.dirname(path.resolve(outPng)), { recursive: true });
    await page.locator('#vis').screenshot({ path: outPng });
    report.screenshot = outPng;
  } finally {
    await browser.close();
    await srv.close();
  }
  report.ok = report.errors.length === 0;
  return report;
}
