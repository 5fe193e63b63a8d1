// The HTML report in headless Chromium: it must load with no error and no request other than its
// own page, draw a mark and list an article for every event, and draw every causal arrow.
// renderReport(html, png, opts) -> report.
import fs from 'node:fs';
import path from 'node:path';
import { HERE, startServer, launchBrowser, watchPage } from './harness.mjs';

export async function renderReport(html, outPng, { width = 1440, height = 900, timeout = 20000 } = {}) {
  const report = { renderer: 'report', ok: false, errors: [], warnings: [] };
  const srv = await startServer(HERE, { '/report.html': html });
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
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${srv.origin}/report.html`, { waitUntil: 'load', timeout });
    await page.waitForTimeout(300);
    const state = await page.evaluate(() => {
      const svg = document.querySelector('svg#timeline-svg');
      const box = svg ? svg.getBoundingClientRect() : null;
      const marks = [...document.querySelectorAll('svg#timeline-svg g.ev[data-event-id]')].map((g) => {
        const b = g.getBBox();
        return { id: g.getAttribute('data-event-id'), x: b.x, y: b.y, w: b.width, h: b.height, cls: g.getAttribute('class') };
      });
      const arrows = [...document.querySelectorAll('svg#timeline-svg path.link')].map((p) => ({
        from: p.getAttribute('data-from'), to: p.getAttribute('data-to'),
        length: p.getTotalLength(), marker: p.getAttribute('marker-end'),
      }));
      const articles = [...document.querySelectorAll('article.event[data-event-id]')].map((a) => ({
        id: a.getAttribute('data-event-id'), text: a.textContent,
        quotes: a.querySelectorAll('blockquote').length,
      }));
      return {
        title: document.title,
        svg: box && { width: box.width, height: box.height, viewBox: svg.getAttribute('viewBox') },
        marks, arrows, articles,
        lanes: [...document.querySelectorAll('svg#timeline-svg text.lane-label')].map((t) => t.textContent),
      };
    });
    report.title = state.title;
    report.svg = state.svg;
    report.marks = state.marks.length;
    report.arrows = state.arrows.length;
    report.articles = state.articles.length;
    report.lanes = state.lanes;
    report.state = state;
    if (!state.svg) report.errors.push('no svg#timeline-svg');
    for (const m of state.marks) {
      if (!(m.w > 0 && m.h > 0)) report.errors.push(`mark ${m.id} has an empty bounding box`);
    }
    for (const a of state.arrows) {
      if (!(a.length > 0)) report.errors.push(`arrow ${a.from} -> ${a.to} has zero length`);
      if (!/^url\(#arrow-/.test(a.marker || '')) report.errors.push(`arrow ${a.from} -> ${a.to} has no arrowhead`);
    }
    const own = `${srv.origin}/report.html`;
    const foreign = requests.filter((u) => u !== own && !u.startsWith('data:'));
    if (foreign.length) report.errors.push(`the report made requests: ${foreign.join(', ')}`);
    for (const e of log.pageErrors) report.errors.push(`pageerror: ${e}`);
    for (const e of log.consoleErrors) report.errors.push(`console.error: ${e}`);
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
