// Shared plumbing for the export checks: a loopback-only static server and
// a headless Debian Chromium driven by playwright-core (never a downloaded
// browser). Every request that is not to the loopback server is aborted, so a
// page that tries to reach a CDN fails fast instead of hanging.
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const HERE = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.map': 'application/json',
};

// Serve `root` (read-only) plus in-memory `virtual` paths ({'/page.html': string}).
// Binds 127.0.0.1 on an ephemeral port.
export function startServer(root, virtual = {}) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const p = decodeURIComponent(url.pathname);
    if (Object.prototype.hasOwnProperty.call(virtual, p)) {
      const body = virtual[p];
      res.writeHead(200, { 'content-type': MIME[path.extname(p)] || 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
      return;
    }
    const file = path.normalize(path.join(root, p));
    if (!file.startsWith(root + path.sep)) { res.writeHead(403); res.end(); return; }
    fs.readFile(file, (err, buf) => {
      if (err) { res.writeHead(404); res.end('not found'); return; }
      res.writeHead(200, { 'content-type': MIME[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(buf);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ server, origin: `http://127.0.0.1:${port}`, close: () => new Promise(r => server.close(r)) });
    });
  });
}

// Imports an npm package of this folder, failing with the fix when `npm ci` has not been run.
export async function requireModule(name) {
  if (!fs.existsSync(path.join(HERE, 'node_modules'))) {
    throw new Error(`${path.join(HERE, 'node_modules')} is missing: run "npm ci" in ${HERE} first`);
  }
  try {
    return await import(name);
  } catch (e) {
    throw new Error(`npm package ${name} is not installed in ${HERE} (run "npm ci" there): ${e.message}`);
  }
}

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

// Launch Debian's Chromium with a fresh, throw-away user data dir.
// (Playwright refuses a raw --user-data-dir arg; launchPersistentContext is the
// supported way to give it one.)
export async function launchBrowser({ width = 1280, height = 800 } = {}) {
  const { chromium } = await requireModule('playwright-core');
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: apt-get install chromium (or set CHROMIUM_PATH)`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'causeline-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width, height },
    deviceScaleFactor: 1,
    timezoneId: process.env.HARNESS_TZ || 'UTC',
    locale: 'en-US',
  });
  const blocked = [];
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.protocol === 'data:' || u.protocol === 'blob:' || u.hostname === '127.0.0.1' || u.hostname === 'localhost') {
      return route.continue();
    }
    blocked.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  const close = async () => {
    await context.close().catch(() => {});
    fs.rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, blocked, close };
}

// Collect console errors and uncaught page errors.
export function watchPage(page) {
  const log = { pageErrors: [], consoleErrors: [], console: [] };
  page.on('pageerror', (e) => log.pageErrors.push(String(e && e.stack || e)));
  page.on('console', (m) => {
    const t = `${m.type()}: ${m.text()}`;
    log.console.push(t);
    if (m.type() === 'error') log.consoleErrors.push(m.text());
  });
  return log;
}

export function readJson(file) {
  const text = fs.readFileSync(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (e) {
    const err = new Error(`${file}: not valid JSON: ${e.message}`);
    err.code = 'BAD_JSON';
    throw err;
  }
}

// Parse "--key value" / "--flag" options after positional args.
export function parseArgs(argv, { flags = [], options = [] } = {}) {
  const pos = [];
  const opts = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const k = a.slice(2);
      if (flags.includes(k)) opts[k] = true;
      else if (options.includes(k)) opts[k] = argv[++i];
      else throw new Error(`unknown option ${a}`);
    } else pos.push(a);
  }
  return { pos, opts };
}

// Chromium reports network failures for requests we aborted on purpose
// (fonts/CDN); those are not rendering errors.
export function isBlockedNoise(msg) {
  return /ERR_BLOCKED_BY_CLIENT|net::ERR_FAILED|Failed to load resource/.test(msg);
}
