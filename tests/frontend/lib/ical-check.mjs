// RFC 5545 (+ RFC 9253 RELATED-TO) checks for the .ics exports, in two layers:
//   1. byte-level and content-line checks (CRLF, 75-octet folding, UTF-8 split by a fold, content-line
//      grammar, TEXT escaping, required properties, DTEND/DTSTART rules, TZID, RELATED-TO targets);
//   2. a full parse with npm ical.js, whose result gives the per-component summary.
// validate(buf) -> {errors, warnings}; summarize(text) -> {calendars, events, journals}.
import fs from 'node:fs';

import { requireModule } from './harness.mjs';

const ICAL = (await requireModule('ical.js')).default;
export const ICALJS_VERSION = (() => {
  try { return JSON.parse(fs.readFileSync(new URL('../node_modules/ical.js/package.json', import.meta.url), 'utf8')).version; } catch { return '?'; }
})();
const RFC5545_RELTYPES = ['PARENT', 'CHILD', 'SIBLING'];
const RFC9253_RELTYPES = ['FIRST', 'NEXT', 'DEPENDS-ON', 'REFID', 'CONCEPT',
  'FINISHTOSTART', 'FINISHTOFINISH', 'STARTTOFINISH', 'STARTTOSTART'];
const OTHER_RELTYPES = ['SNOOZE' /* RFC 9074 */, 'POLL' /* VPOLL draft */];
const SINGLE_TEXT = ['SUMMARY', 'DESCRIPTION', 'LOCATION', 'COMMENT', 'CONTACT'];
const MULTI_TEXT = ['CATEGORIES', 'RESOURCES'];
const DURATION_RE = /^[+-]?P(\d+W|(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?)$/;
const DATE_RE = /^\d{8}$/;
const DATETIME_RE = /^\d{8}T\d{6}(Z)?$/;

export function validate(buf, { allowLongLines = false } = {}) {
  const errors = [];
  const warnings = [];
  const err = (line, code, message) => errors.push({ line, code, message });
  const warn = (line, code, message) => warnings.push({ line, code, message });

  // ---- 1. bytes ---------------------------------------------------------
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    warn(1, 'bom', 'file starts with a UTF-8 byte order mark; some clients reject it');
  }
  if (buf.length === 0) err(null, 'empty', 'file is empty');

  // split into physical lines, remembering how each one ended
  const phys = []; // {no, bytes, term: 'CRLF'|'LF'|'CR'|'EOF'}
  let start = 0;
  for (let i = 0; i < buf.length; i++) {
    if (buf[i] === 0x0d) {
      if (buf[i + 1] === 0x0a) { phys.push({ bytes: buf.subarray(start, i), term: 'CRLF' }); i++; }
      else phys.push({ bytes: buf.subarray(start, i), term: 'CR' });
      start = i + 1;
    } else if (buf[i] === 0x0a) {
      phys.push({ bytes: buf.subarray(start, i), term: 'LF' });
      start = i + 1;
    }
  }
  if (start < buf.length) phys.push({ bytes: buf.subarray(start), term: 'EOF' });
  phys.forEach((p, i) => { p.no = i + 1; });

  const strict = new TextDecoder('utf-8', { fatal: true });
  const loose = new TextDecoder('utf-8');
  const isUtf8 = (b) => { try { strict.decode(b); return true; } catch { return false; } };
  let bareLf = 0, bareCr = 0;
  for (const p of phys) {
    if (p.term === 'LF' && bareLf++ < 5) err(p.no, 'bare-lf', 'line ends with a bare LF; RFC 5545 §3.1 requires CRLF');
    if (p.term === 'CR' && bareCr++ < 5) err(p.no, 'bare-cr', 'line ends with a bare CR; RFC 5545 §3.1 requires CRLF');
    if (p.term === 'EOF') err(p.no, 'no-final-crlf', 'last line is not terminated by CRLF');
    if (p.bytes.length > 75) {
      (allowLongLines ? warn : err)(p.no, 'line-too-long', `line is ${p.bytes.length} octets; RFC 5545 §3.1: fold lines longer than 75 octets`);
    }
    if (p.bytes.length === 0) err(p.no, 'empty-line', 'empty line (not allowed by the content-line grammar)');
    p.utf8 = isUtf8(p.bytes);
  }
  if (bareLf > 5) err(null, 'bare-lf', `${bareLf} lines end with a bare LF in total`);
  if (bareCr > 5) err(null, 'bare-cr', `${bareCr} lines end with a bare CR in total`);

  // unfold (on bytes, so a split multi-octet sequence is restored as RFC asks)
  const logical = []; // {no, bytes, parts}
  for (const p of phys) {
    if (p.bytes.length === 0) continue;
    if (p.bytes[0] === 0x20 || p.bytes[0] === 0x09) {
      if (!logical.length) { err(p.no, 'continuation-first', 'file starts with a continuation line'); continue; }
      const prev = logical[logical.length - 1];
      prev.bytes = Buffer.concat([prev.bytes, p.bytes.subarray(1)]);
      prev.parts.push(p);
    } else logical.push({ no: p.no, bytes: Buffer.from(p.bytes), parts: [p] });
  }
  // UTF-8: the unfolded line must be valid; each physical piece should be too
  for (const l of logical) {
    if (!isUtf8(l.bytes)) err(l.no, 'not-utf8', 'content line is not valid UTF-8 (RFC 5545 §3.1.4: the charset is UTF-8)');
    else for (const p of l.parts) {
      if (!p.utf8) err(p.no, 'fold-splits-utf8', 'a fold splits a multi-octet UTF-8 character across lines (RFC 5545 §3.1: fold between characters)');
    }
  }

  // ---- 2. content lines ------------------------------------------------
  const lines = [];
  for (const l of logical) {
    const s = loose.decode(l.bytes);
    const parsed = parseContentLine(s);
    if (parsed.error) { err(l.no, 'bad-content-line', `${parsed.error}: ${JSON.stringify(s.slice(0, 80))}`); continue; }
    parsed.no = l.no;
    lines.push(parsed);
  }

  // ---- 3. structure ----------------------------------------------------
  const root = { name: 'ROOT', props: [], children: [], no: 0 };
  const stack = [root];
  for (const cl of lines) {
    const top = stack[stack.length - 1];
    if (cl.name === 'BEGIN') {
      const comp = { name: cl.value.toUpperCase(), props: [], children: [], no: cl.no, parent: top };
      if (top === root && comp.name !== 'VCALENDAR') err(cl.no, 'outside-vcalendar', `BEGIN:${comp.name} outside VCALENDAR`);
      top.children.push(comp);
      stack.push(comp);
    } else if (cl.name === 'END') {
      if (top === root) { err(cl.no, 'unbalanced-end', `END:${cl.value} without BEGIN`); continue; }
      if (cl.value.toUpperCase() !== top.name) err(cl.no, 'mismatched-end', `END:${cl.value} closes BEGIN:${top.name} (line ${top.no})`);
      stack.pop();
    } else if (top === root) {
      err(cl.no, 'outside-vcalendar', `property ${cl.name} outside any component`);
    } else top.props.push(cl);
  }
  for (let i = stack.length - 1; i > 0; i--) err(stack[i].no, 'unclosed', `BEGIN:${stack[i].name} is never closed`);
  const cals = root.children.filter((c) => c.name === 'VCALENDAR');
  if (!cals.length && !errors.length) err(null, 'no-vcalendar', 'no VCALENDAR component');

  // ---- 4. semantics ----------------------------------------------------
  const all = (c, n) => c.props.filter((p) => p.name === n);
  const one = (c, n, required, where) => {
    const ps = all(c, n);
    if (ps.length > 1) err(ps[1].no, 'duplicate-prop', `${where}: ${n} must not occur more than once`);
    if (required && ps.length === 0) err(c.no, 'missing-prop', `${where}: required property ${n} is missing`);
    return ps[0];
  };
  for (const cal of cals) {
    const where = `VCALENDAR (line ${cal.no})`;
    const ver = one(cal, 'VERSION', true, where);
    if (ver && ver.value !== '2.0') err(ver.no, 'bad-version', `VERSION must be 2.0, got ${JSON.stringify(ver.value)}`);
    one(cal, 'PRODID', true, where);
    const cs = one(cal, 'CALSCALE', false, where);
    if (cs && cs.value.toUpperCase() !== 'GREGORIAN') warn(cs.no, 'calscale', `CALSCALE ${cs.value}: clients generally only support GREGORIAN`);
    const method = one(cal, 'METHOD', false, where);
    if (!cal.children.length) err(cal.no, 'no-components', 'VCALENDAR has no components (RFC 5545 requires at least one)');
    const tzids = new Set(cal.children.filter((c) => c.name === 'VTIMEZONE').map((c) => (all(c, 'TZID')[0] || {}).value));
    const uidsSeen = new Map();
    const allUids = new Set();
    for (const comp of cal.children) {
      for (const p of all(comp, 'UID')) allUids.add(p.value);
    }
    for (const comp of cal.children) {
      if (!['VEVENT', 'VTODO', 'VJOURNAL', 'VFREEBUSY'].includes(comp.name)) continue;
      const w = `${comp.name} (line ${comp.no})`;
      const uid = one(comp, 'UID', true, w);
      const stamp = one(comp, 'DTSTAMP', true, w);
      if (stamp && !/^\d{8}T\d{6}Z$/.test(stamp.value)) err(stamp.no, 'dtstamp-not-utc', `DTSTAMP must be a UTC date-time (…Z), got ${JSON.stringify(stamp.value)}`);
      const rid = one(comp, 'RECURRENCE-ID', false, w);
      if (uid && !rid) {
        const key = `${comp.name}:${uid.value}`;
        if (uidsSeen.has(key)) err(uid.no, 'duplicate-uid', `UID ${JSON.stringify(uid.value)} already used by the ${comp.name} at line ${uidsSeen.get(key)}`);
        else uidsSeen.set(key, comp.no);
      }
      // date/time properties
      const dts = one(comp, 'DTSTART', comp.name === 'VEVENT' && !method, w);
      const dte = one(comp, comp.name === 'VTODO' ? 'DUE' : 'DTEND', false, w);
      const dur = one(comp, 'DURATION', false, w);
      if (dte && dur) err(dur.no, 'dtend-and-duration', `${w}: ${dte.name} and DURATION must not both occur`);
      if (dur && !DURATION_RE.test(dur.value)) err(dur.no, 'bad-duration', `DURATION ${JSON.stringify(dur.value)} is not an RFC 5545 duration`);
      const ts = dts ? checkDateProp(dts, tzids, err) : null;
      const te = dte ? checkDateProp(dte, tzids, err) : null;
      if (ts && te) {
        if (ts.type !== te.type) err(dte.no, 'dtend-type', `${dte.name} is ${te.type} but DTSTART is ${ts.type}; they must match (RFC 5545 §3.8.2.2)`);
        else if (ts.form !== te.form && !(ts.form !== 'floating' && te.form !== 'floating')) {
          err(dte.no, 'dtend-form', `${dte.name} is ${te.form} time but DTSTART is ${ts.form}; floating must pair with floating`);
        } else if (ts.type === 'DATE' && te.value <= ts.value) {
          err(dte.no, 'dtend-not-after', `all-day ${dte.name} ${te.value} must be after DTSTART ${ts.value}: it is exclusive, so a one-day event on ${ts.value} ends on the next day`);
        } else if (ts.type === 'DATE-TIME' && ts.form === te.form && ts.tzid === te.tzid && te.value <= ts.value) {
          err(dte.no, 'dtend-not-after', `${dte.name} ${te.value} must be later than DTSTART ${ts.value}`);
        }
      }
      if (ts && ts.type === 'DATE' && dur && /T/.test(dur.value)) warn(dur.no, 'date-duration', 'DTSTART is a DATE: DURATION should be in days/weeks (P1D), not hours');
      // TEXT escaping
      for (const p of comp.props) {
        if (SINGLE_TEXT.includes(p.name) || MULTI_TEXT.includes(p.name)) checkText(p, MULTI_TEXT.includes(p.name), err);
      }
      for (const p of comp.props) {
        if (['REFID', 'LINK', 'CONCEPT'].includes(p.name)) warn(p.no, 'rfc9253-prop', `${p.name} is an RFC 9253 property; Debian 12's libical 3.0.16 reports it as "Parse error in property name" (use an X- property if older clients matter)`);
      }
      // RELATED-TO
      for (const p of all(comp, 'RELATED-TO')) {
        const rt = (p.params.RELTYPE || ['PARENT'])[0].toUpperCase();
        const vt = (p.params.VALUE || [''])[0].toUpperCase();
        if (!p.value) err(p.no, 'related-to-empty', 'RELATED-TO has an empty value');
        if (!RFC5545_RELTYPES.includes(rt) && !RFC9253_RELTYPES.includes(rt) && !OTHER_RELTYPES.includes(rt) && !rt.startsWith('X-')) {
          warn(p.no, 'reltype-unknown', `RELTYPE=${rt} is not registered (RFC 5545/9253); use an X- name for private types`);
        }
        if (p.params.GAP && !DURATION_RE.test(p.params.GAP[0])) err(p.no, 'bad-gap', `GAP=${p.params.GAP[0]} is not a duration (RFC 9253)`);
        if (vt !== 'URI' && p.value) {
          if (uid && p.value === uid.value) warn(p.no, 'related-to-self', 'RELATED-TO points at its own UID');
          else if (!allUids.has(p.value)) warn(p.no, 'related-to-dangling', `RELATED-TO ${JSON.stringify(p.value)} names no component in this file`);
        }
      }
    }
  }
  return { errors, warnings, root, cals };
}

// content-line = name *(";" param) ":" value CRLF   (RFC 5545 §3.1)
function parseContentLine(s) {
  const m = /^([A-Za-z0-9-]+)/.exec(s);
  if (!m) return { error: 'no property name' };
  const name = m[1].toUpperCase();
  let i = m[1].length;
  const params = {};
  while (s[i] === ';') {
    i++;
    const pm = /^([A-Za-z0-9-]+)=/.exec(s.slice(i));
    if (!pm) return { error: 'bad parameter name' };
    const pname = pm[1].toUpperCase();
    i += pm[0].length;
    const vals = [];
    for (;;) {
      if (s[i] === '"') {
        const end = s.indexOf('"', i + 1);
        if (end < 0) return { error: `unterminated quoted value in parameter ${pname}` };
        vals.push(s.slice(i + 1, end));
        i = end + 1;
      } else {
        const vm = /^[^";:,\x00-\x08\x0a-\x1f\x7f]*/.exec(s.slice(i));
        vals.push(vm[0]);
        i += vm[0].length;
      }
      if (s[i] === ',') { i++; continue; }
      break;
    }
    params[pname] = vals;
  }
  if (s[i] !== ':') return { error: `expected ":" after ${name}${Object.keys(params).length ? ' parameters' : ''}` };
  const value = s.slice(i + 1);
  // eslint-disable-next-line no-control-regex
  const ctl = /[\x00-\x08\x0a-\x1f\x7f]/.exec(value);
  if (ctl) return { error: `control character U+${ctl[0].charCodeAt(0).toString(16).padStart(4, '0')} in the value of ${name}` };
  return { name, params, value };
}

function checkDateProp(p, tzids, err) {
  const vt = (p.params.VALUE || ['DATE-TIME'])[0].toUpperCase();
  const tzid = p.params.TZID ? p.params.TZID[0] : null;
  const v = p.value;
  if (vt === 'DATE') {
    if (!DATE_RE.test(v)) { err(p.no, 'bad-date', `${p.name};VALUE=DATE needs YYYYMMDD, got ${JSON.stringify(v)}`); return null; }
    if (tzid) err(p.no, 'tzid-on-date', `${p.name}: TZID is meaningless on a DATE value`);
    if (!validYmd(v)) { err(p.no, 'bad-date', `${p.name}: ${v} is not a calendar date`); return null; }
    return { type: 'DATE', form: 'floating', value: v, tzid: null };
  }
  if (vt !== 'DATE-TIME') { err(p.no, 'bad-value-type', `${p.name}: VALUE=${vt} not allowed`); return null; }
  if (DATE_RE.test(v)) { err(p.no, 'date-without-value-date', `${p.name}:${v} looks like a DATE but has no VALUE=DATE parameter (default type is DATE-TIME)`); return null; }
  if (!DATETIME_RE.test(v)) { err(p.no, 'bad-date-time', `${p.name} needs YYYYMMDDTHHMMSS[Z], got ${JSON.stringify(v)}`); return null; }
  if (!validYmd(v.slice(0, 8))) { err(p.no, 'bad-date-time', `${p.name}: ${v} is not a calendar date`); return null; }
  const utc = v.endsWith('Z');
  if (utc && tzid) err(p.no, 'tzid-with-utc', `${p.name}: TZID must not be used with a UTC (…Z) value`);
  if (tzid && !tzids.has(tzid)) err(p.no, 'tzid-without-vtimezone', `${p.name}: TZID=${tzid} has no matching VTIMEZONE in this calendar (RFC 5545 §3.2.19)`);
  return { type: 'DATE-TIME', form: utc ? 'utc' : (tzid ? 'tzid' : 'floating'), value: v.replace(/Z$/, ''), tzid };
}

function validYmd(s) {
  const y = +s.slice(0, 4), m = +s.slice(4, 6), d = +s.slice(6, 8);
  const dt = new Date(Date.UTC(y, m - 1, d));
  return m >= 1 && m <= 12 && dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

// TEXT = *(TSAFE-CHAR / ":" / DQUOTE / ESCAPED-CHAR); ESCAPED-CHAR = \\ \; \, \N \n
function checkText(p, multi, err) {
  const v = p.value;
  for (let i = 0; i < v.length; i++) {
    const c = v[i];
    if (c === '\\') {
      const n = v[i + 1];
      if (!['\\', ';', ',', 'n', 'N'].includes(n)) { err(p.no, 'bad-text-escape', `${p.name}: "\\${n ?? ''}" is not a TEXT escape (only \\\\ \\; \\, \\n)`); return; }
      i++;
    } else if (c === ';') { err(p.no, 'unescaped-semicolon', `${p.name}: ";" must be escaped as "\\;" in TEXT`); return; }
    else if (c === ',' && !multi) { err(p.no, 'unescaped-comma', `${p.name}: "," must be escaped as "\\," in TEXT`); return; }
  }
}

export function summarize(text) {
  // ical.js: parse the whole stream; throws ICAL.parse.ParserError on bad syntax
  const jcal = ICAL.parse(text);
  const cals = Array.isArray(jcal[0]) ? jcal : [jcal];
  const out = { calendars: [], events: [] };
  for (const j of cals) {
    const cal = new ICAL.Component(j);
    out.calendars.push({
      prodid: cal.getFirstPropertyValue('prodid'),
      version: cal.getFirstPropertyValue('version'),
      method: cal.getFirstPropertyValue('method') || null,
      components: cal.getAllSubcomponents().reduce((a, c) => { a[c.name.toUpperCase()] = (a[c.name.toUpperCase()] || 0) + 1; return a; }, {}),
    });
    for (const ev of [...cal.getAllSubcomponents('vevent'), ...cal.getAllSubcomponents('vjournal')]) {
      const dt = (name) => {
        const p = ev.getFirstProperty(name);
        if (!p) return null;
        const v = p.getFirstValue();
        return { value: v && v.toString(), type: p.type, tzid: p.getParameter('tzid') || null };
      };
      out.events.push({
        component: ev.name.toUpperCase(),
        uid: ev.getFirstPropertyValue('uid'),
        summary: ev.getFirstPropertyValue('summary'),
        description: ev.getFirstPropertyValue('description'),
        url: ev.getFirstPropertyValue('url') || null,
        dtstart: dt('dtstart'),
        dtend: dt('dtend'),
        duration: ev.getFirstPropertyValue('duration') ? ev.getFirstPropertyValue('duration').toString() : null,
        categories: ev.getAllProperties('categories').flatMap((p) => p.getValues()),
        related_to: ev.getAllProperties('related-to').map((p) => ({
          value: p.getFirstValue(),
          reltype: (p.getParameter('reltype') || 'PARENT').toUpperCase(),
          gap: p.getParameter('gap') || null,
        })),
        x_props: ev.getAllProperties().map((p) => p.name.toUpperCase()).filter((n) => n.startsWith('X-')),
      });
    }
  }
  return out;
}
