// TimelineJS3 (npm @knight-lab/timelinejs, served from node_modules over 127.0.0.1) in headless
// Chromium: static checks of the JSON, then a real render. renderTimelineJS(data, png, opts) -> report.
import fs from 'node:fs';
import path from 'node:path';
import { HERE, startServer, launchBrowser, watchPage, isBlockedNoise } from './harness.mjs';

const TLJS = '/node_modules/@knight-lab/timelinejs/dist';

const isIntStr = (v) => v !== undefined && v !== null && String(v).trim() !== '' && /^-?\d+$/.test(String(v).trim());

// Cheap static checks that mirror what TimelineJS itself would reject or
// (worse) silently skip. Returns {errors, warnings}.
export function staticCheck(data) {
  const errors = [];
  const warnings = [];
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    errors.push('top level must be a JSON object');
    return { errors, warnings };
  }
  if (!Array.isArray(data.events) || data.events.length === 0) errors.push('"events" must be a non-empty array');
  if (data.scale && !['human', 'cosmological'].includes(data.scale)) errors.push(`"scale" must be "human" or "cosmological", got ${JSON.stringify(data.scale)}`);
  const checkDate = (d, where) => {
    if (!d || typeof d !== 'object') { errors.push(`${where}: missing date object`); return null; }
    if (!isIntStr(d.year)) { errors.push(`${where}.year must be an integer (BCE = negative), got ${JSON.stringify(d.year)}`); return null; }
    for (const [k, lo, hi] of [['month', 1, 12], ['day', 1, 31], ['hour', 0, 23], ['minute', 0, 59], ['second', 0, 59]]) {
      if (d[k] === undefined || d[k] === null || d[k] === '') continue;
      if (!isIntStr(d[k]) || +d[k] < lo || +d[k] > hi) errors.push(`${where}.${k} must be an integer ${lo}-${hi}, got ${JSON.stringify(d[k])}`);
    }
    if ((d.day !== undefined && d.day !== '') && (d.month === undefined || d.month === '')) warnings.push(`${where}: day without month`);
    // comparable key: missing parts sort as the start of the period
    return [+d.year, +(d.month || 1), +(d.day || 1), +(d.hour || 0), +(d.minute || 0), +(d.second || 0)];
  };
  const cmp = (a, b) => { for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i]; return 0; };
  const ids = new Map();
  (data.events || []).forEach((ev, i) => {
    const where = `events[${i}]`;
    if (!ev || typeof ev !== 'object') { errors.push(`${where}: not an object`); return; }
    // TimelineJS silently skips an event with no start_date (TimelineConfig.addEvent).
    if (ev.start_date === undefined) { errors.push(`${where}: no start_date (TimelineJS would silently drop this event)`); return; }
    const s = checkDate(ev.start_date, `${where}.start_date`);
    if (ev.end_date !== undefined) {
      const e = checkDate(ev.end_date, `${where}.end_date`);
      if (s && e && cmp(e, s) < 0) errors.push(`${where}: end_date is before start_date`);
    }
    if (!ev.text || (!ev.text.headline && !ev.text.text)) warnings.push(`${where}: no text.headline/text.text`);
    if (ev.unique_id !== undefined) {
      if (ids.has(ev.unique_id)) errors.push(`${where}: unique_id ${JSON.stringify(ev.unique_id)} duplicates events[${ids.get(ev.unique_id)}] (TimelineJS would rename it)`);
      else ids.set(ev.unique_id, i);
    } else warnings.push(`${where}: no unique_id (TimelineJS derives one from the headline; links/bookmarks become unstable)`);
    if (ev.media && !ev.media.url) errors.push(`${where}.media: "url" is required`);
  });
  (data.eras || []).forEach((era, i) => {
    const where = `eras[${i}]`;
    if (!era.start_date || !era.end_date) { errors.push(`${where}: eras need both start_date and end_date`); return; }
    const s = checkDate(era.start_date, `${where}.start_date`);
    const e = checkDate(era.end_date, `${where}.end_date`);
    if (s && e && cmp(e, s) < 0) errors.push(`${where}: end_date is before start_date`);
  });
  return { errors, warnings };
}

export function pageHtml(width, height) {
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>TimelineJS harness</title>
<link rel="stylesheet" href="${TLJS}/css/timeline.css">
<style>html,body{margin:0;padding:0;background:#fff}#timeline-embed{width:${width}px;height:${height}px}</style>
</head><body>
<div id="timeline-embed"></div>
<script src="${TLJS}/js/timeline.js"></script>
<script>
window.__h = { loaded: false, dataloaded: false, error: null };
(async () => {
  try {
    const data = await (await fetch('/data.json')).json();
    const tl = new TL.Timeline('timeline-embed', data, {
      script_path: location.origin + '${TLJS}/js/',
      hash_bookmark: false,
      ga_property_id: null,
      track_events: [],
      language: 'en',
    });
    window.__tl = tl;
    tl.on('dataloaded', () => { window.__h.dataloaded = true; });
    tl.on('loaded', () => { window.__h.loaded = true; });
  } catch (e) {
    window.__h.error = String(e && e.stack || e);
  }
})();
</script>
</body></html>`;
}


// Renders `data` in TimelineJS, screenshots it to outPng, and reports what TimelineJS kept.
// report.errors is empty when it loaded with no error, kept every event and drew a marker for each.
export async function renderTimelineJS(data, outPng, { gotoId = null, width = 1200, height = 720, timeout = 20000 } = {}) {
  const report = { renderer: 'timelinejs', ok: false, errors: [], warnings: [] };
  const sc = staticCheck(data);
  report.errors.push(...sc.errors.map((m) => `static: ${m}`));
  report.warnings.push(...sc.warnings.map((m) => `static: ${m}`));
  const inputEvents = Array.isArray(data.events) ? data.events.length : 0;
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
        const m = document.querySelector('.tl-message-full');
        const msg = m ? m.textContent : '';
        return window.__h.loaded || window.__h.error || /error/i.test(msg);
      }, null, { timeout });
    } catch {
      report.errors.push(`timed out after ${timeout} ms waiting for TimelineJS "loaded" event`);
    }
    if (gotoId) await page.evaluate((id) => window.__tl && window.__tl.goToId(id), gotoId);
    await page.waitForTimeout(1500); // let slide/timenav animations settle
    const state = await page.evaluate(() => {
      const tl = window.__tl;
      const m = document.querySelector('.tl-message-full');
      const out = {
        loaded: window.__h.loaded,
        harnessError: window.__h.error,
        message: m && getComputedStyle(m).display !== 'none' ? m.textContent.trim() : '',
        configErrors: [],
        events: [],
        titleText: '',
        dom: {
          slides: document.querySelectorAll('.tl-slide').length,
          markers: document.querySelectorAll('.tl-timemarker').length,
          groupLabels: [...document.querySelectorAll('.tl-timegroup-message')].map((e) => e.textContent.trim()),
        },
      };
      if (tl && tl.config) {
        out.configErrors = (tl.config.getErrors ? tl.config.getErrors() : []).map((e) => (e && e.message_key) ? `${e.message_key}${e.detail ? ' [' + e.detail + ']' : ''}` : String(e));
        const offset = tl.config.title ? 1 : 0;
        if (tl.config.title) {
          const tmp = document.createElement('div');
          tmp.innerHTML = tl.config.title.text ? tl.config.title.text.text : '';
          out.titleText = tmp.textContent;
        }
        out.events = (tl.config.events || []).map((ev, i) => {
          let date = null;
          try { const s = tl.getSlide(i + offset); date = s && s.getFormattedDate ? s.getFormattedDate() : null; } catch (e) { date = `ERR ${e}`; }
          const tmp = document.createElement('div'); tmp.innerHTML = date || '';
          return { unique_id: ev.unique_id, headline: ev.text && ev.text.headline, display_date: tmp.textContent, group: ev.group || null };
        });
        out.current = tl.current_id || null;
      }
      return out;
    });
    report.loaded = state.loaded;
    report.input_events = inputEvents;
    report.rendered_events = state.events.length;
    report.dom = state.dom;
    report.events = state.events;
    report.title_text = state.titleText;
    report.current_slide = state.current;
    if (state.harnessError) report.errors.push(`page: ${state.harnessError}`);
    if (state.message) report.errors.push(`TimelineJS message: ${state.message}`);
    for (const e of state.configErrors) report.errors.push(`TimelineJS config: ${e}`);
    if (!state.loaded) report.errors.push('TimelineJS never fired "loaded"');
    if (state.dom.slides === 0) report.errors.push('no slides rendered');
    if (state.events.length !== inputEvents) report.errors.push(`TimelineJS kept ${state.events.length} of ${inputEvents} events`);
    if (state.loaded && state.dom.markers !== state.events.length) report.errors.push(`${state.dom.markers} timenav markers for ${state.events.length} events`);
    for (const e of log.pageErrors) report.errors.push(`pageerror: ${e}`);
    for (const e of log.consoleErrors) if (!isBlockedNoise(e)) report.errors.push(`console.error: ${e}`);
    report.blocked_requests = [...new Set(browser.blocked)];
    fs.mkdirSync(path.dirname(path.resolve(outPng)), { recursive: true });
    await page.screenshot({ path: outPng, fullPage: false });
    report.screenshot = outPng;
  } finally {
    await browser.close();
    await srv.close();
  }
  report.ok = report.errors.length === 0;
  return report;
}
