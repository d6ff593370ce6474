/*
 * Consentry dashboard: every page's behaviour, in one file with no build step.
 *
 * The pages are shells; this script fills them from the /v1 JSON routes of the same origin
 * (the session travels in the HttpOnly cookie POST /v1/auth/login sets) and follows
 * /v1/stream for live updates. Data only ever reaches the page as text (textContent, text
 * nodes): nothing the API returns is parsed as markup.
 */
'use strict';

(() => {
  const DAY = 86400;
  const EXPIRING_SOON_DAYS = 14;
  const CHART_DAYS = 42;
  const ROWS_PER_STEP = 100;
  /** Times past this are "no end date" (contracts use the largest uint64 for open-ended). */
  const FOREVER = 1e11;

  // ---- DOM, text only -------------------------------------------------------------------

  /** An element with attributes and children; strings become text nodes. */
  function h(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = String(value);
      else if (key === 'dataset') Object.assign(node.dataset, value);
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children.flat(Infinity)) {
      if (child === undefined || child === null || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  const $ = (selector, root = document) => root.querySelector(selector);

  function setState(state) {
    document.body.dataset.state = state;
  }

  // ---- the API ----------------------------------------------------------------------------

  class HttpError extends Error {
    constructor(status, body) {
      super((body && body.error && body.error.message) || `the server answered ${status}`);
      this.status = status;
      this.code = body && body.error && body.error.code;
    }
  }

  async function request(method, path, body) {
    const init = { method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
    if (body !== undefined) {
      init.body = JSON.stringify(body);
      init.headers['Content-Type'] = 'application/json';
    }
    let response;
    try {
      response = await fetch(path, init);
    } catch (_) {
      throw new HttpError(0, {
        error: { message: 'The server could not be reached. Check the connection and reload the page.' },
      });
    }
    const text = await response.text();
    let data = null;
    if (text) {
      try {
        data = JSON.parse(text);
      } catch (_) {
        data = null;
      }
    }
    if (!response.ok) throw new HttpError(response.status, data);
    return data;
  }

  const get = (path) => request('GET', path);

  /** Every item of a paged route, following `next` (at most `max`). */
  async function getAll(path, max = 20000) {
    const items = [];
    const separator = path.includes('?') ? '&' : '?';
    let cursor = null;
    for (;;) {
      const page = await get(
        `${path}${separator}limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      items.push(...page.items);
      if (!page.next) return { items, complete: true };
      if (items.length >= max) return { items, complete: false };
      cursor = page.next;
    }
  }

  // ---- the clock the API judges by ------------------------------------------------------

  /** Seconds the chain's latest block runs ahead of this browser's clock (a test chain). */
  let clockOffset = 0;

  async function syncClock() {
    try {
      const response = await fetch('/healthz', { credentials: 'same-origin' });
      const health = await response.json();
      const wall = Date.now() / 1000;
      clockOffset = health.checkpointTime > wall ? health.checkpointTime - wall : 0;
    } catch (_) {
      clockOffset = 0;
    }
  }

  /** Now, as the API sees it: the wall clock, or the chain's time when it runs ahead. */
  const now = () => Math.floor(Date.now() / 1000 + clockOffset);

  // ---- vocabulary and wording -----------------------------------------------------------

  let vocabulary = {};

  async function loadVocabulary() {
    const tables = await get('/assets/vocabulary.json');
    for (const [table, entries] of Object.entries(tables)) {
      vocabulary[table] = {
        byName: new Map(entries.map((e) => [e.name, e])),
        byCode: new Map(entries.map((e) => [e.code, e])),
      };
    }
  }

  function entry(table, key) {
    const index = vocabulary[table];
    if (!index) return null;
    return (typeof key === 'number' ? index.byCode.get(key) : index.byName.get(key)) || null;
  }

  const capitalise = (text) => (text ? text.charAt(0).toUpperCase() + text.slice(1) : text);

  /** The label for people of a vocabulary name or code ("laboratory" → "Laboratory"). */
  function label(table, key) {
    const found = entry(table, key);
    return capitalise(found ? found.label : String(key));
  }

  /**
   * Categories as tags: every standard category as one "All standard categories" tag
   * (restricted ones are never implied, so they stay named), and past `most` tags a "+N more"
   * whose tooltip names the rest.
   */
  function categoryTags(names, most = 6) {
    if (!names || names.length === 0) return h('span', { class: 'muted', text: 'none' });
    const isRestricted = (name) => {
      const found = entry('categories', name);
      return Boolean(found && found.restricted);
    };
    const standard = vocabulary.categories
      ? Array.from(vocabulary.categories.byName.values()).filter((c) => !c.restricted).map((c) => c.name)
      : [];
    const tag = (name) =>
      h('span', {
        class: isRestricted(name) ? 'tag restricted' : 'tag',
        title: isRestricted(name) ? 'Restricted category: never implied by a broad grant' : null,
        text: label('categories', name),
      });
    const tags = [];
    let rest = names;
    if (standard.length > 0 && standard.every((name) => names.includes(name))) {
      tags.push(h('span', { class: 'tag', title: labels('categories', standard), text: 'All standard categories' }));
      rest = names.filter(isRestricted);
    }
    const shown = rest.length > most ? rest.slice(0, most - 1) : rest;
    tags.push(...shown.map(tag));
    if (shown.length < rest.length) {
      const hidden = rest.slice(shown.length);
      tags.push(h('span', { class: 'tag more', title: labels('categories', hidden), text: `+${hidden.length} more` }));
    }
    return h('span', { class: 'tags', title: labels('categories', names) }, tags);
  }

  const labels = (table, names) => (names || []).map((n) => label(table, n)).join(', ') || '—';

  const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
  const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  const relativeFormat = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

  function date(seconds) {
    if (seconds === null || seconds === undefined) return '—';
    if (Number(seconds) >= FOREVER) return 'no end date';
    return dateFormat.format(new Date(Number(seconds) * 1000));
  }

  function dateTime(seconds) {
    if (seconds === null || seconds === undefined) return '—';
    return dateTimeFormat.format(new Date(Number(seconds) * 1000));
  }

  /** "in 5 days", "3 hours ago". */
  function relative(seconds, from = now()) {
    const delta = Number(seconds) - from;
    const size = Math.abs(delta);
    if (size < 60) return relativeFormat.format(Math.round(delta), 'second');
    if (size < 3600) return relativeFormat.format(Math.round(delta / 60), 'minute');
    if (size < 2 * DAY) return relativeFormat.format(Math.round(delta / 3600), 'hour');
    return relativeFormat.format(Math.round(delta / DAY), 'day');
  }

  function duration(seconds) {
    const days = Math.round(Number(seconds) / DAY);
    if (days >= 1) return `${days} day${days === 1 ? '' : 's'}`;
    const hours = Math.max(1, Math.round(Number(seconds) / 3600));
    return `${hours} hour${hours === 1 ? '' : 's'}`;
  }

  const number = (n) => Number(n).toLocaleString();
  const ADDRESS = /^0x[0-9a-fA-F]{40}$/;
  const shortAddress = (address) => (address ? `${address.slice(0, 6)}…${address.slice(-4)}` : '—');

  function time(seconds) {
    return h('time', {
      class: 'nowrap',
      datetime: new Date(Number(seconds) * 1000).toISOString(),
      title: dateTime(seconds),
      text: dateTime(seconds),
    });
  }

  function account(address) {
    return h('span', { class: 'patient', title: address, text: shortAddress(address) });
  }

  function badge(text, tone) {
    return h('span', { class: `badge ${tone || ''}`.trim(), text });
  }

  // ---- addresses: EIP-55 checksums need Keccak-256 --------------------------------------

  const ROUND_CONSTANTS = [
    0x00000000, 0x00000001, 0x00000000, 0x00008082, 0x80000000, 0x0000808a, 0x80000000, 0x80008000,
    0x00000000, 0x0000808b, 0x00000000, 0x80000001, 0x80000000, 0x80008081, 0x80000000, 0x00008009,
    0x00000000, 0x0000008a, 0x00000000, 0x00000088, 0x00000000, 0x80008009, 0x00000000, 0x8000000a,
    0x00000000, 0x8000808b, 0x80000000, 0x0000008b, 0x80000000, 0x00008089, 0x80000000, 0x00008003,
    0x80000000, 0x00008002, 0x80000000, 0x00000080, 0x00000000, 0x0000800a, 0x80000000, 0x8000000a,
    0x80000000, 0x80008081, 0x80000000, 0x00008080, 0x00000000, 0x80000001, 0x80000000, 0x80008008,
  ];
  const ROTATIONS = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14];

  /** Keccak-f[1600] over 25 lanes held as (low, high) 32-bit halves. */
  function keccakF(state) {
    const columns = new Uint32Array(10);
    const moved = new Uint32Array(50);
    for (let round = 0; round < 24; round++) {
      for (let x = 0; x < 5; x++) {
        for (let half = 0; half < 2; half++) {
          const i = 2 * x + half;
          columns[i] = state[i] ^ state[i + 10] ^ state[i + 20] ^ state[i + 30] ^ state[i + 40];
        }
      }
      for (let x = 0; x < 5; x++) {
        const next = 2 * ((x + 1) % 5);
        const previous = 2 * ((x + 4) % 5);
        const low = columns[previous] ^ ((columns[next] << 1) | (columns[next + 1] >>> 31));
        const high = columns[previous + 1] ^ ((columns[next + 1] << 1) | (columns[next] >>> 31));
        for (let y = 0; y < 25; y += 5) {
          state[2 * (x + y)] ^= low;
          state[2 * (x + y) + 1] ^= high;
        }
      }
      for (let x = 0; x < 5; x++) {
        for (let y = 0; y < 5; y++) {
          const i = x + 5 * y;
          const r = ROTATIONS[i];
          const low = state[2 * i];
          const high = state[2 * i + 1];
          let rotatedLow;
          let rotatedHigh;
          if (r === 0) {
            rotatedLow = low;
            rotatedHigh = high;
          } else if (r < 32) {
            rotatedLow = (low << r) | (high >>> (32 - r));
            rotatedHigh = (high << r) | (low >>> (32 - r));
          } else if (r === 32) {
            rotatedLow = high;
            rotatedHigh = low;
          } else {
            const n = r - 32;
            rotatedLow = (high << n) | (low >>> (32 - n));
            rotatedHigh = (low << n) | (high >>> (32 - n));
          }
          const j = y + 5 * ((2 * x + 3 * y) % 5);
          moved[2 * j] = rotatedLow;
          moved[2 * j + 1] = rotatedHigh;
        }
      }
      for (let y = 0; y < 25; y += 5) {
        for (let x = 0; x < 5; x++) {
          const i = 2 * (x + y);
          const a = 2 * (((x + 1) % 5) + y);
          const b = 2 * (((x + 2) % 5) + y);
          state[i] = moved[i] ^ (~moved[a] & moved[b]);
          state[i + 1] = moved[i + 1] ^ (~moved[a + 1] & moved[b + 1]);
        }
      }
      state[0] ^= ROUND_CONSTANTS[2 * round + 1];
      state[1] ^= ROUND_CONSTANTS[2 * round];
    }
  }

  /** Keccak-256 (Ethereum's, not SHA3-256) of `bytes`. */
  function keccak256(bytes) {
    const rate = 136;
    const state = new Uint32Array(50);
    const padded = new Uint8Array(Math.floor(bytes.length / rate) * rate + rate);
    padded.set(bytes);
    padded[bytes.length] ^= 0x01;
    padded[padded.length - 1] ^= 0x80;
    for (let offset = 0; offset < padded.length; offset += rate) {
      for (let i = 0; i < rate / 4; i++) {
        const at = offset + 4 * i;
        state[i] ^= padded[at] | (padded[at + 1] << 8) | (padded[at + 2] << 16) | (padded[at + 3] << 24);
      }
      keccakF(state);
    }
    const digest = new Uint8Array(32);
    for (let i = 0; i < 8; i++) {
      for (let k = 0; k < 4; k++) digest[4 * i + k] = (state[i] >>> (8 * k)) & 0xff;
    }
    return digest;
  }

  /** The EIP-55 form of an address: sign-in messages must carry it. */
  function checksumAddress(address) {
    const digits = String(address).toLowerCase().replace(/^0x/, '');
    if (!/^[0-9a-f]{40}$/.test(digits)) throw new Error(`${address} is not an account address`);
    const hash = keccak256(new TextEncoder().encode(digits));
    let out = '0x';
    for (let i = 0; i < 40; i++) {
      const nibble = (hash[i >> 1] >> (i % 2 ? 0 : 4)) & 0xf;
      out += nibble >= 8 ? digits[i].toUpperCase() : digits[i];
    }
    return out;
  }

  // ---- describing events ----------------------------------------------------------------

  /** What an audit entry says, in words: { title, detail, tone }. */
  function describe(e) {
    const a = e.args || {};
    const by = e.account ? `by ${shortAddress(e.account)}` : '';
    switch (e.event) {
      case 'ConsentGranted':
        return {
          title: 'Consent granted',
          detail: `${labels('categories', a.categories)} · for ${labels('purposes', a.purposes)} · ${labels('actions', a.actions).toLowerCase()} · until ${date(a.validUntil)}`,
          tone: 'ok',
        };
      case 'ConsentNarrowed':
        return {
          title: 'Consent narrowed',
          detail: `now ${labels('categories', a.categories)} · for ${labels('purposes', a.purposes)} · until ${date(a.validUntil)}`,
          tone: 'warn',
        };
      case 'ConsentExtended':
        return { title: 'Consent extended', detail: `until ${date(a.validUntil)}`, tone: 'ok' };
      case 'ConsentRevoked':
        return { title: 'Consent revoked', detail: by, tone: 'bad' };
      case 'DelegateAppointed':
        return { title: 'Delegate appointed', detail: `${by} · until ${date(a.expiresAt)}`, tone: 'info' };
      case 'DelegateRemoved':
        return { title: 'Delegate removed', detail: by, tone: '' };
      case 'AccessRequested':
        return {
          title: 'Access requested',
          detail: `${by} · ${labels('categories', a.categories)} · for ${labels('purposes', a.purposes)} · ${duration(a.duration)}`,
          tone: 'info',
        };
      case 'AccessRequestApproved':
        return { title: 'Access request approved', detail: by, tone: 'ok' };
      case 'AccessRequestDenied':
        return { title: 'Access request denied', detail: by, tone: 'bad' };
      case 'AccessRequestCancelled':
        return { title: 'Access request cancelled', detail: by, tone: '' };
      case 'EmergencyAccessOpened':
        return {
          title: 'Emergency access opened',
          detail: `${by} · ${label('emergencyReasons', a.reasonCode)} · until ${dateTime(a.expiresAt)}`,
          tone: 'bad',
        };
      case 'EmergencyAccessClosed':
        return { title: 'Emergency access closed', detail: by, tone: '' };
      case 'EmergencyPolicySet':
        return {
          title: 'Emergency access preference set',
          detail: a.optedOut ? 'opted out of emergency access' : 'allows emergency access',
          tone: '',
        };
      case 'RecordAdded':
        return {
          title: a.supersedes ? 'Record corrected (new version)' : 'Record added',
          detail: `${label('categories', a.category)} · ${label('fhirResourceTypes', a.fhirType)} · ${by}`,
          tone: 'info',
        };
      case 'RecordRetracted':
        return { title: 'Record marked entered in error', detail: by, tone: 'warn' };
      case 'RecordAccessed':
        return {
          title: 'Record read',
          detail: `for ${label('purposes', a.purpose)} · basis: ${label('bases', a.basis).toLowerCase()} · ${by}`,
          tone: '',
        };
      default:
        return { title: e.event, detail: by, tone: '' };
    }
  }

  // ---- charts -----------------------------------------------------------------------------

  const COLOURS = { grants: '#1b7a3d', revocations: '#b3261e', records: '#0b5cad', reads: '#c47f00' };
  const METRIC_WORDS = {
    grants: 'Consents granted',
    revocations: 'Consents revoked',
    records: 'Records added',
    reads: 'Records read',
  };

  /** A daily line chart of some metrics, with a caption of totals for people and tests. */
  function dailyChart(container, caption, metrics) {
    let plot = null;
    const size = () => ({ width: Math.max(280, container.clientWidth), height: 230 });
    const options = () => ({
      ...size(),
      scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(4, max * 1.1)] } },
      axes: [
        { stroke: '#5b6776', grid: { stroke: '#eceff3' }, ticks: { stroke: '#d9dee5' } },
        {
          stroke: '#5b6776',
          grid: { stroke: '#eceff3' },
          ticks: { stroke: '#d9dee5' },
          incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000],
          values: (_u, values) => values.map((v) => (Number.isInteger(v) ? v.toLocaleString() : '')),
        },
      ],
      series: [
        { label: 'Day', value: (_u, v) => (v === null ? '—' : date(v)) },
        ...metrics.map((metric) => ({
          label: METRIC_WORDS[metric],
          stroke: COLOURS[metric],
          fill: `${COLOURS[metric]}14`,
          width: 2,
          points: { show: true, size: 5 },
          value: (_u, v) => (v === null ? '—' : number(v)),
        })),
      ],
      cursor: { y: false },
      legend: { show: false },
      hooks: {
        setCursor: [
          (u) => {
            const i = u.cursor.idx;
            if (i === null || i === undefined) {
              hover.textContent = 'Point at a day to see its numbers.';
              return;
            }
            const parts = metrics.map((m, k) => `${METRIC_WORDS[m].toLowerCase()}: ${number(u.data[k + 1][i])}`);
            hover.textContent = `${date(u.data[0][i])} · ${parts.join(' · ')}`;
          },
        ],
      },
    });
    let hover = container.nextElementSibling;
    if (!hover || !hover.classList.contains('chart-hover')) {
      hover = h('div', { class: 'chart-hover muted' });
      container.after(hover);
    }
    hover.textContent = 'Point at a day to see its numbers.';
    window.addEventListener('resize', () => {
      if (plot) plot.setSize(size());
    });
    return {
      /** `days`: [{ day: 'YYYY-MM-DD', grants, ... }], oldest first. */
      show(days) {
        const xs = days.map((d) => Date.parse(`${d.day}T00:00:00Z`) / 1000);
        const data = [xs, ...metrics.map((m) => days.map((d) => d[m] || 0))];
        if (!window.uPlot) {
          container.replaceChildren(h('p', { class: 'muted', text: 'The chart library did not load.' }));
        } else if (plot) {
          plot.setData(data);
        } else {
          plot = new window.uPlot(options(), data, container);
        }
        caption.replaceChildren(
          ...metrics.map((metric) => {
            const total = days.reduce((sum, d) => sum + (d[metric] || 0), 0);
            return h(
              'span',
              { dataset: { metric, total: String(total) } },
              h('span', { class: `swatch ${metric}` }),
              `${METRIC_WORDS[metric]}: `,
              h('strong', { text: number(total) }),
            );
          }),
        );
      },
    };
  }

  // ---- live updates -----------------------------------------------------------------------

  /** Follows the stream at `path`, calling `onEvent(entry)` for each new audit entry. */
  function follow(path, onEvent) {
    const indicator = $('#live');
    const show = (text, tone, title) => {
      if (!indicator) return;
      indicator.hidden = false;
      indicator.className = `live ${tone}`;
      indicator.textContent = text;
      indicator.title = title;
    };
    const source = new EventSource(path);
    source.addEventListener('open', () =>
      show('Live', 'on', 'New events appear on this page as soon as the ledger records them.'),
    );
    source.addEventListener('event', (message) => {
      let entry_;
      try {
        entry_ = JSON.parse(message.data);
      } catch (_) {
        return;
      }
      onEvent(entry_);
    });
    source.addEventListener('error', () => {
      if (source.readyState === EventSource.CLOSED) {
        show('Live updates stopped', 'off', 'Reload the page (you may need to sign in again).');
      } else {
        show('Reconnecting…', 'off', 'The connection to the server was interrupted.');
      }
    });
    window.addEventListener('pagehide', () => source.close());
    return source;
  }

  /** Runs `task` once, `wait` ms after the last call; never two at once. */
  function debounced(task, wait) {
    let timer = null;
    let running = false;
    let again = false;
    const run = async () => {
      timer = null;
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        await task();
      } catch (error) {
        // The session ended or the organisation's roster changed while the page was open.
        if (error instanceof HttpError && error.status === 401) goSignIn();
        else if (error instanceof HttpError && error.status === 403) refuse(error.message);
        else console.warn('refresh failed', error);
      } finally {
        running = false;
        if (again) {
          again = false;
          schedule();
        }
      }
    };
    const schedule = () => {
      if (!timer) timer = setTimeout(run, wait);
    };
    return schedule;
  }

  // ---- shared page parts ------------------------------------------------------------------

  function showError(error, where = $('#main')) {
    where.replaceChildren(
      h(
        'section',
        { class: 'panel refusal' },
        h('h1', { text: 'Something went wrong' }),
        h('p', { text: error.message || String(error) }),
        h('p', {}, h('a', { href: location.pathname, text: 'Reload the page' })),
      ),
    );
    setState('error');
  }

  function moreButton(onClick) {
    return h('button', { type: 'button', class: 'button more', onclick: onClick, text: 'Show more' });
  }

  function table(headings, rows, emptyText) {
    if (rows.length === 0) return h('p', { class: 'empty', text: emptyText });
    return h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'table' },
        h('thead', {}, h('tr', {}, headings.map((heading) => h('th', { scope: 'col', text: heading })))),
        h('tbody', {}, rows),
      ),
    );
  }

  /** Rows shown a hundred at a time, with a "Show more" button. */
  function steppedTable(container, headings, build, emptyText) {
    let shown = ROWS_PER_STEP;
    let items = [];
    const render = () => {
      const rows = items.slice(0, shown).map(build);
      const parts = [table(headings, rows, emptyText)];
      if (items.length > shown) {
        parts.push(
          h(
            'p',
            {},
            moreButton(() => {
              shown += ROWS_PER_STEP;
              render();
            }),
            h('span', { class: 'muted', text: ` Showing ${number(shown)} of ${number(items.length)}.` }),
          ),
        );
      }
      container.replaceChildren(...parts);
    };
    return (next) => {
      items = next;
      render();
    };
  }

  // ---- landing page -----------------------------------------------------------------------

  async function landingPage() {
    await loadVocabulary();
    const { items } = await getAll('/v1/organizations');
    const body = $('#orgs tbody');
    body.replaceChildren(
      ...items.map((org) =>
        h(
          'tr',
          {},
          h('td', { text: org.name }),
          h('td', { text: label('organizationKinds', org.kind) }),
          h('td', {}, org.suspended ? badge('Suspended', 'bad') : badge('Active', 'ok')),
        ),
      ),
    );
    $('#orgs').hidden = items.length === 0;
    $('#orgs-empty').hidden = items.length > 0;
  }

  // ---- sign-in ----------------------------------------------------------------------------

  /** Where to go after signing in: a dashboard page of the account's own organisation. */
  function destination(org) {
    const next = new URLSearchParams(location.search).get('next') || '';
    const own = `/orgs/${org}`;
    if (next === own || next.startsWith(`${own}/`)) return next;
    return own;
  }

  const utf8Hex = (text) =>
    `0x${Array.from(new TextEncoder().encode(text), (b) => b.toString(16).padStart(2, '0')).join('')}`;

  /** The EIP-4361 message, laid out exactly as the server prints it back. */
  function siweMessage({ domain, address, uri, chainId, nonce, issuedAt, expirationTime }) {
    return [
      `${domain} wants you to sign in with your Ethereum account:`,
      address,
      '',
      'Sign in to Consentry.',
      '',
      `URI: ${uri}`,
      'Version: 1',
      `Chain ID: ${chainId}`,
      `Nonce: ${nonce}`,
      `Issued At: ${issuedAt}`,
      `Expiration Time: ${expirationTime}`,
    ].join('\n');
  }

  async function signInPage() {
    const status = $('#status');
    const say = (text, isError) => {
      status.hidden = false;
      status.className = isError ? 'status error' : 'status';
      status.replaceChildren(...[].concat(text));
    };
    const buttons = () => Array.from(document.querySelectorAll('#main button'));
    const busy = (on) => buttons().forEach((b) => (b.disabled = on));

    /** The one sign-in path: only who signs differs between a wallet and a demo account. */
    async function signIn(address, sign) {
      busy(true);
      try {
        say('Preparing the sign-in message…');
        const nonce = await get('/v1/auth/nonce');
        const issued = new Date();
        const message = siweMessage({
          domain: nonce.domain,
          address: checksumAddress(address),
          uri: nonce.uri,
          chainId: nonce.chainId,
          nonce: nonce.nonce,
          issuedAt: issued.toISOString(),
          expirationTime: new Date(issued.getTime() + 5 * 60 * 1000).toISOString(),
        });
        say('Waiting for the signature…');
        const signature = await sign(message);
        say('Checking the signature…');
        const session = await request('POST', '/v1/auth/login', { message, signature });
        if (session.practitionerOf === null || session.practitionerOf === undefined) {
          await request('POST', '/v1/auth/logout', {}).catch(() => {});
          say(
            `This account (${shortAddress(session.address)}) is not a practitioner of an active organisation. ` +
              "Ask your organisation's administrator to add it to the roster.",
            true,
          );
          busy(false);
          return;
        }
        say('Signed in. Opening your dashboard…');
        location.assign(destination(session.practitionerOf));
      } catch (error) {
        busy(false);
        if (error && error.code === 4001) say('The signature was declined in the wallet.', true);
        else say(`Sign-in failed: ${error.message || error}`, true);
      }
    }

    const wallet = window.ethereum;
    if (wallet && typeof wallet.request === 'function') {
      const button = $('#wallet-sign-in');
      button.hidden = false;
      button.addEventListener('click', async () => {
        let address;
        try {
          const accounts = await wallet.request({ method: 'eth_requestAccounts' });
          address = accounts && accounts[0];
        } catch (error) {
          say(error && error.code === 4001 ? 'The wallet connection was declined.' : `The wallet refused: ${error.message || error}`, true);
          return;
        }
        if (!address) {
          say('The wallet shared no account.', true);
          return;
        }
        await signIn(address, (message) =>
          wallet.request({ method: 'personal_sign', params: [utf8Hex(message), address] }),
        );
      });
    } else {
      $('#wallet-missing').hidden = false;
    }

    await loadVocabulary();
    let demo = [];
    try {
      demo = (await get('/dashboard/demo/accounts')).accounts;
    } catch (error) {
      if (error.status !== 404) throw error;
    }
    if (demo.length > 0) {
      $('#demo').hidden = false;
      $('#demo-accounts').replaceChildren(
        ...demo.map((a) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                class: 'button',
                dataset: { demoAccount: a.address.toLowerCase(), org: String(a.orgId) },
                onclick: () =>
                  signIn(a.address, async (message) => {
                    const answer = await request('POST', '/dashboard/demo/sign', { address: a.address, message });
                    return answer.signature;
                  }),
              },
              `Sign in as ${label('roles', a.role)} at ${a.orgName}`,
              h('small', { text: `${label('organizationKinds', a.orgKind)} · ${shortAddress(a.address)}` }),
            ),
          ),
        ),
      );
    }

    try {
      const session = await get('/v1/auth/session');
      if (session.practitionerOf !== null && session.practitionerOf !== undefined) {
        say([
          `You are signed in as ${shortAddress(session.address)}. `,
          h('a', { href: `/orgs/${session.practitionerOf}`, text: 'Open your dashboard' }),
          ', or sign in with another account below.',
        ]);
      }
    } catch (_) {
      // Not signed in: the usual case here.
    }
  }

  // ---- organisation pages -----------------------------------------------------------------

  /** What an organisation page knows: who is signed in, which organisation, when. */
  const context = {};

  function refuse(reason) {
    const ctx = context;
    const orgName = ctx.orgInfo ? ctx.orgInfo.name : `organisation ${ctx.org}`;
    $('#tabs').hidden = true;
    const own = ctx.session && ctx.session.practitionerOf;
    $('#main').replaceChildren(
      h(
        'section',
        { class: 'panel refusal', dataset: { refusal: 'not-practitioner' } },
        h('h1', { text: `You are not a practitioner of ${orgName}` }),
        h(
          'p',
          {},
          'You are signed in as ',
          account(ctx.session.address),
          `. Only staff on ${orgName}'s roster may see its patients, access requests and records.`,
        ),
        ctx.orgInfo && ctx.orgInfo.suspended
          ? h('p', { text: `${orgName} is suspended by the health authority: nobody may see its patients until it is reinstated.` })
          : null,
        own !== null && own !== undefined && own !== ctx.org
          ? h('p', {}, h('a', { href: `/orgs/${own}`, class: 'button primary', id: 'own-org', text: 'Go to your own organisation' }))
          : h('p', { text: 'This account is not on the roster of any active organisation.' }),
        h('p', {}, h('a', { href: '/sign-in', text: 'Sign in with another account' })),
        reason ? h('p', { class: 'muted', text: `The server said: ${reason}` }) : null,
      ),
    );
    setState('refused');
    if (own !== null && own !== undefined && own !== ctx.org) {
      get(`/v1/organizations/${own}`)
        .then((mine) => {
          const link = $('#own-org');
          if (link) link.textContent = `Go to ${mine.name}`;
        })
        .catch(() => {});
    }
  }

  function goSignIn() {
    location.assign(`/sign-in?next=${encodeURIComponent(location.pathname)}`);
  }

  /** Calls the API for the page; a refusal becomes the refusal page, a lapsed session sign-in. */
  async function guarded(task) {
    try {
      await task();
    } catch (error) {
      if (error instanceof HttpError && error.status === 401) goSignIn();
      else if (error instanceof HttpError && error.status === 403) refuse(error.message);
      else showError(error);
      return false;
    }
    return true;
  }

  function pageHead(title, subtitle) {
    return h('div', { class: 'page-head' }, h('h1', { text: title }), subtitle ? h('p', { class: 'muted', text: subtitle }) : null);
  }

  function patientLink(address) {
    if (!ADDRESS.test(address || '')) return account(address);
    return h(
      'a',
      { href: `/orgs/${context.org}/patients/${address.toLowerCase()}`, class: 'patient', title: address },
      shortAddress(address),
    );
  }

  /** The status of a consent at `at`. */
  function consentStatus(consent, at) {
    if (!consent.granted) return { text: 'Revoked', tone: 'bad', state: 'revoked' };
    if (consent.validFrom > at) return { text: `Starts ${date(consent.validFrom)}`, tone: 'info', state: 'future' };
    if (!consent.inForce) return { text: 'Expired', tone: '', state: 'expired' };
    if (consent.validUntil < FOREVER && consent.validUntil - at <= EXPIRING_SOON_DAYS * DAY) {
      return { text: `Expires ${relative(consent.validUntil, at)}`, tone: 'warn', state: 'expiring' };
    }
    return { text: 'In force', tone: 'ok', state: 'in-force' };
  }

  const ORG_PAGES = {
    overview: overviewPage,
    consents: consentsPage,
    requests: requestsPage,
    emergencies: emergenciesPage,
    records: recordsPage,
    patients: patientPage,
  };

  async function orgPage() {
    const parts = location.pathname.split('/').filter(Boolean);
    context.org = Number(parts[1]);
    context.tab = parts[2] || 'overview';
    context.patient = context.tab === 'patients' ? parts[3] : null;
    const base = `/orgs/${context.org}`;
    for (const link of document.querySelectorAll('#tabs a')) {
      const tab = link.dataset.tab;
      link.href = tab === 'overview' ? base : `${base}/${tab}`;
      if (tab === context.tab) link.setAttribute('aria-current', 'page');
    }
    $('#sign-out').addEventListener('click', async () => {
      await request('POST', '/v1/auth/logout', {}).catch(() => {});
      location.assign('/');
    });

    let session;
    try {
      [session] = await Promise.all([get('/v1/auth/session'), loadVocabulary(), syncClock()]);
    } catch (error) {
      if (error instanceof HttpError && error.status === 401) return goSignIn();
      return showError(error);
    }
    context.session = session;
    try {
      context.orgInfo = await get(`/v1/organizations/${context.org}`);
    } catch (error) {
      if (error instanceof HttpError && error.status === 404) {
        $('#tabs').hidden = true;
        $('#main').replaceChildren(
          h('section', { class: 'panel refusal' }, h('h1', { text: `There is no organisation ${context.org}` }), h('p', {}, h('a', { href: '/', text: 'Go to the start page' }))),
        );
        return setState('error');
      }
      return showError(error);
    }
    const info = context.orgInfo;
    document.title = `${info.name} · Consentry`;
    $('#org-name').textContent = info.name;
    $('#org-kind').textContent = label('organizationKinds', info.kind) + (info.suspended ? ' · suspended' : '');
    const who = $('#account');
    who.textContent = shortAddress(session.address);
    who.title = `Signed in as ${session.address}`;
    if (session.practitionerOf !== null && session.practitionerOf !== undefined) {
      // The role, for the top bar: from the public roster.
      get(`/v1/organizations/${session.practitionerOf}/practitioners?limit=500`)
        .then((roster) => {
          const me = roster.items.find((p) => p.account.toLowerCase() === session.address.toLowerCase());
          if (me) who.textContent = `${label('roles', me.role)} · ${shortAddress(session.address)}`;
        })
        .catch(() => {});
    }
    // A patient's page shows what the caller's own organisation sees; under another
    // organisation's address it would mislead.
    if (context.tab === 'patients' && session.practitionerOf !== context.org) {
      return refuse(null);
    }
    const render = ORG_PAGES[context.tab];
    if (await guarded(() => render())) {
      if (document.body.dataset.state === 'loading') setState('ready');
    }
  }

  // overview

  async function overviewPage() {
    const org = context.org;
    const main = $('#main');
    const asOf = h('p', { class: 'muted' });
    const kpis = h('div', { class: 'kpis', id: 'kpis' });
    const consentChart = h('div', { class: 'chart', id: 'chart-consents' });
    const consentCaption = h('div', { class: 'chart-caption', id: 'caption-consents' });
    const recordChart = h('div', { class: 'chart', id: 'chart-records' });
    const recordCaption = h('div', { class: 'chart-caption', id: 'caption-records' });
    const expiring = h('div', { id: 'expiring' });
    const feed = h('ul', { class: 'feed', id: 'feed' });
    main.replaceChildren(
      h('div', { class: 'page-head' }, h('h1', { text: 'Overview' }), asOf),
      kpis,
      h(
        'div',
        { class: 'grid-2' },
        h('section', { class: 'panel' }, h('h2', { text: 'Consents per day, last 6 weeks' }), consentChart, consentCaption),
        h('section', { class: 'panel' }, h('h2', { text: 'Records added and read per day, last 6 weeks' }), recordChart, recordCaption),
      ),
      h(
        'div',
        { class: 'grid-2' },
        h(
          'section',
          { class: 'panel' },
          h('div', { class: 'panel-head' }, h('h2', { text: `Consents expiring within ${EXPIRING_SOON_DAYS} days` }), h('a', { href: `/orgs/${org}/consents?show=expiring`, text: 'See all' })),
          expiring,
        ),
        h(
          'section',
          { class: 'panel' },
          h('div', { class: 'panel-head' }, h('h2', { text: 'Latest activity' }), h('a', { href: `/orgs/${org}/records`, text: 'Records and reads' })),
          feed,
        ),
      ),
    );
    const consentsPlot = dailyChart(consentChart, consentCaption, ['grants', 'revocations']);
    const recordsPlot = dailyChart(recordChart, recordCaption, ['records', 'reads']);
    let previous = null;

    function tile(key, value, text, href, tone) {
      const changed = previous && previous[key] !== value;
      return h(
        'a',
        { class: `kpi ${tone}${changed ? ' flash' : ''}`, href, dataset: { kpi: key, value: String(value) } },
        h('span', { class: 'value', text: number(value) }),
        h('span', { class: 'label', text }),
      );
    }

    async function load() {
      const at = now();
      const since = at - (at % DAY) - (CHART_DAYS - 1) * DAY;
      const [consents, pending, emergencies, week, weeks] = await Promise.all([
        getAll(`/v1/organizations/${org}/consents`),
        getAll(`/v1/organizations/${org}/requests?status=pending`),
        getAll(`/v1/organizations/${org}/emergencies`),
        get(`/v1/organizations/${org}/activity?since=${at - 7 * DAY}&until=${at + 1}`),
        get(`/v1/organizations/${org}/activity?since=${since}&until=${at + 1}`),
      ]);
      const inForce = consents.items.filter((c) => c.inForce);
      const soon = inForce
        .filter((c) => c.validUntil < FOREVER && c.validUntil - at <= EXPIRING_SOON_DAYS * DAY)
        .sort((a, b) => a.validUntil - b.validUntil);
      const sum = (days, metric) => days.reduce((total, d) => total + d[metric], 0);
      const values = {
        inForce: inForce.length,
        expiring: soon.length,
        pending: pending.items.length,
        emergencies: emergencies.items.filter((e) => e.open).length,
        records: sum(week.days, 'records'),
        reads: sum(week.days, 'reads'),
      };
      kpis.dataset.asOf = String(at);
      kpis.replaceChildren(
        tile('inForce', values.inForce, 'Patients with consent in force', `/orgs/${org}/consents`, 'ok'),
        tile('expiring', values.expiring, `Consents expiring within ${EXPIRING_SOON_DAYS} days`, `/orgs/${org}/consents?show=expiring`, values.expiring ? 'warn' : ''),
        tile('pending', values.pending, 'Pending access requests', `/orgs/${org}/requests`, ''),
        tile('emergencies', values.emergencies, 'Open emergency accesses', `/orgs/${org}/emergencies`, values.emergencies ? 'bad' : ''),
        tile('records', values.records, 'Records added, last 7 days', `/orgs/${org}/records`, ''),
        tile('reads', values.reads, 'Records read, last 7 days', `/orgs/${org}/records`, ''),
      );
      previous = values;
      asOf.textContent = `${context.orgInfo.name} · figures as of ${dateTime(at)}${consents.complete ? '' : ' · first 20,000 consents only'}`;
      consentsPlot.show(weeks.days);
      recordsPlot.show(weeks.days);
      expiring.replaceChildren(
        table(
          ['Patient', 'Records', 'Expires'],
          soon.slice(0, 8).map((c) =>
            h(
              'tr',
              { dataset: { patient: c.patient.toLowerCase() } },
              h('td', {}, patientLink(c.patient)),
              h('td', {}, categoryTags(c.categories, 3)),
              h('td', {}, badge(`${date(c.validUntil)} (${relative(c.validUntil, at)})`, 'warn')),
            ),
          ),
          `No consent expires within ${EXPIRING_SOON_DAYS} days.`,
        ),
      );
      document.body.dataset.refreshedAt = String(Date.now());
    }

    function feedItem(e, fresh) {
      const said = describe(e);
      return h(
        'li',
        { class: fresh ? 'new' : null, dataset: { event: e.event, id: e.id } },
        time(e.time),
        h('span', {}, e.patient ? patientLink(e.patient) : null, ' ', h('strong', { text: said.title }), said.detail ? ` · ${said.detail}` : ''),
      );
    }

    await load();
    const recent = await get(`/v1/organizations/${org}/audit?limit=10`);
    feed.replaceChildren(...recent.items.map((e) => feedItem(e, false)));
    if (recent.items.length === 0) feed.replaceChildren(h('li', { class: 'muted', text: 'Nothing yet.' }));
    const refresh = debounced(load, 600);
    follow(`/v1/stream?org=${org}`, (e) => {
      if (feed.firstChild && feed.firstChild.classList.contains('muted')) feed.replaceChildren();
      if (!feed.querySelector(`li[data-id="${CSS.escape(e.id)}"]`)) {
        feed.prepend(feedItem(e, true));
        while (feed.children.length > 10) feed.lastChild.remove();
      }
      refresh();
    });
  }

  // consents

  async function consentsPage() {
    const org = context.org;
    const main = $('#main');
    const filters = [
      ['in-force', 'In force'],
      ['expiring', `Expiring within ${EXPIRING_SOON_DAYS} days`],
      ['ended', 'Revoked or expired'],
      ['all', 'All'],
    ];
    const wanted = new URLSearchParams(location.search).get('show');
    let filter = filters.some(([key]) => key === wanted) ? wanted : 'in-force';
    let search = '';
    const chips = h('div', { class: 'chips', role: 'group', 'aria-label': 'Which consents' });
    const searchBox = h('input', { type: 'search', placeholder: '0x…', 'aria-label': 'Find a patient by address', id: 'patient-search' });
    const body = h('div', { id: 'consents' });
    main.replaceChildren(
      pageHead('Patients with consent', `Patients who gave ${context.orgInfo.name} access to their records.`),
      h('div', { class: 'filters' }, chips, h('label', {}, 'Find a patient', searchBox)),
      h('section', { class: 'panel' }, body),
    );
    const show = steppedTable(
      body,
      ['Patient', 'Records shared', 'Purpose', 'May', 'Valid from', 'Valid until', 'Status', 'Last change'],
      (row) =>
        h(
          'tr',
          { class: row.fresh ? 'new' : null, dataset: { patient: row.consent.patient.toLowerCase(), state: row.status.state } },
          h('td', {}, patientLink(row.consent.patient)),
          h('td', {}, categoryTags(row.consent.categories)),
          h('td', { text: labels('purposes', row.consent.purposes) }),
          h('td', { text: labels('actions', row.consent.actions) }),
          h('td', { class: 'nowrap', text: date(row.consent.validFrom) }),
          h('td', { class: 'nowrap', text: date(row.consent.validUntil) }),
          h('td', {}, badge(row.status.text, row.status.tone)),
          h('td', { title: dateTime(row.consent.changedAt), text: `${changeWords(row.consent.change)} ${relative(row.consent.changedAt)}` }),
        ),
      'No consent matches.',
    );
    let rows = [];
    let seen = null;

    function render() {
      const counts = { 'in-force': 0, expiring: 0, ended: 0, all: rows.length };
      for (const row of rows) {
        if (row.status.state === 'in-force' || row.status.state === 'expiring') counts['in-force']++;
        if (row.status.state === 'expiring') counts.expiring++;
        if (row.status.state === 'revoked' || row.status.state === 'expired') counts.ended++;
      }
      chips.replaceChildren(
        ...filters.map(([key, text]) =>
          h('button', {
            type: 'button',
            class: 'chip',
            'aria-pressed': String(key === filter),
            dataset: { filter: key, count: String(counts[key]) },
            onclick: () => {
              filter = key;
              render();
            },
            text: `${text} (${number(counts[key])})`,
          }),
        ),
      );
      const matches = rows.filter((row) => {
        const state = row.status.state;
        const passes =
          filter === 'all' ||
          (filter === 'in-force' && (state === 'in-force' || state === 'expiring')) ||
          (filter === 'expiring' && state === 'expiring') ||
          (filter === 'ended' && (state === 'revoked' || state === 'expired'));
        return passes && (!search || row.consent.patient.toLowerCase().includes(search));
      });
      show(matches);
    }

    async function load() {
      const at = now();
      const { items } = await getAll(`/v1/organizations/${org}/consents`);
      const before = seen;
      seen = new Map(items.map((c) => [c.patient.toLowerCase(), c.changedAt]));
      rows = items
        .map((consent) => ({
          consent,
          status: consentStatus(consent, at),
          fresh: before !== null && before.get(consent.patient.toLowerCase()) !== consent.changedAt,
        }))
        .sort((a, b) => b.consent.changedAt - a.consent.changedAt);
      render();
    }

    searchBox.addEventListener('input', () => {
      search = searchBox.value.trim().toLowerCase();
      render();
    });
    await load();
    const refresh = debounced(load, 500);
    follow(`/v1/stream?org=${org}`, (e) => {
      if (e.event.startsWith('Consent')) refresh();
    });
  }

  function changeWords(change) {
    return (
      {
        ConsentGranted: 'Granted',
        ConsentNarrowed: 'Narrowed',
        ConsentExtended: 'Extended',
        ConsentRevoked: 'Revoked',
      }[change] || change
    );
  }

  // requests

  async function requestsPage() {
    const org = context.org;
    const main = $('#main');
    const statuses = [
      ['pending', 'Waiting for the patient'],
      ['approved', 'Approved'],
      ['denied', 'Denied'],
      ['expired', 'Expired unanswered'],
      ['cancelled', 'Cancelled'],
      ['', 'All requests'],
    ];
    const select = h(
      'select',
      { id: 'request-status' },
      statuses.map(([value, text]) => h('option', { value, text })),
    );
    const summary = h('p', { class: 'muted', id: 'requests-summary' });
    const body = h('div', { id: 'requests' });
    main.replaceChildren(
      pageHead('Access requests', `Requests ${context.orgInfo.name}'s staff made to patients for access to their records.`),
      h('div', { class: 'filters' }, h('label', {}, 'Show', select)),
      h('section', { class: 'panel' }, summary, body),
    );
    const tones = { pending: 'info', approved: 'ok', denied: 'bad', expired: '', cancelled: '' };
    const show = steppedTable(
      body,
      ['Patient', 'Requested by', 'Records asked for', 'Purpose', 'Access', 'For', 'Requested', 'Status'],
      (r) =>
        h(
          'tr',
          { dataset: { patient: r.patient.toLowerCase(), request: String(r.requestId) } },
          h('td', {}, patientLink(r.patient)),
          h('td', {}, account(r.practitioner)),
          h('td', {}, categoryTags(r.categories)),
          h('td', { text: labels('purposes', r.purposes) }),
          h('td', { text: labels('actions', r.actions) }),
          h('td', { text: duration(r.duration) }),
          h('td', { class: 'nowrap', title: dateTime(r.requestedAt), text: date(r.requestedAt) }),
          h(
            'td',
            {},
            badge(
              r.status === 'pending' ? `Answer due ${relative(r.expiresAt)}` : capitalise(r.status),
              tones[r.status],
            ),
          ),
        ),
      'No request matches.',
    );
    async function load() {
      const status = select.value;
      const { items } = await getAll(`/v1/organizations/${org}/requests${status ? `?status=${status}` : ''}`);
      items.sort((a, b) => b.requestedAt - a.requestedAt);
      summary.textContent = `${number(items.length)} ${status === 'pending' ? 'waiting for an answer' : statuses.find(([v]) => v === status)[1].toLowerCase()}.`;
      show(items);
    }
    select.addEventListener('change', () => guarded(load));
    await load();
    const refresh = debounced(load, 500);
    follow(`/v1/stream?org=${org}`, (e) => {
      if (e.event.startsWith('AccessRequest')) refresh();
    });
  }

  // emergencies

  async function emergenciesPage() {
    const org = context.org;
    const main = $('#main');
    const summary = h('p', { class: 'muted', id: 'emergencies-summary' });
    const body = h('div', { id: 'emergencies' });
    main.replaceChildren(
      pageHead('Emergency access', `Break-glass access opened by ${context.orgInfo.name}'s staff, newest first. Patients see every one.`),
      h('section', { class: 'panel' }, summary, body),
    );
    const show = steppedTable(
      body,
      ['Patient', 'Opened by', 'Reason', 'Records opened', 'Opened', 'Ends', 'Status'],
      (e) => {
        const status = e.open
          ? badge('Open', 'bad')
          : e.closedAt
            ? badge('Closed early', '')
            : badge('Ended', '');
        return h(
          'tr',
          { dataset: { patient: e.patient.toLowerCase(), open: String(e.open) } },
          h('td', {}, patientLink(e.patient)),
          h('td', {}, account(e.practitioner)),
          h('td', { text: label('emergencyReasons', e.reason) }),
          h('td', {}, categoryTags(e.categories)),
          h('td', { text: dateTime(e.openedAt) }),
          h('td', { text: e.closedAt ? `closed ${dateTime(e.closedAt)}` : dateTime(e.expiresAt) }),
          h('td', {}, status),
        );
      },
      'No emergency access was opened.',
    );
    async function load() {
      const { items } = await getAll(`/v1/organizations/${org}/emergencies`);
      const open = items.filter((e) => e.open).length;
      summary.textContent = `${number(open)} open now, ${number(items.length)} in all.`;
      show(items);
    }
    await load();
    const refresh = debounced(load, 500);
    follow(`/v1/stream?org=${org}`, (e) => {
      if (e.event.startsWith('EmergencyAccess')) refresh();
    });
  }

  // records

  function auditRow(e, withPatient, fresh) {
    const said = describe(e);
    return h(
      'tr',
      { class: fresh ? 'new' : null, dataset: { event: e.event, id: e.id } },
      h('td', {}, time(e.time)),
      h('td', {}, badge(said.title, said.tone)),
      withPatient ? h('td', {}, e.patient ? patientLink(e.patient) : '—') : null,
      h('td', { text: said.detail }),
      h('td', {}, e.recordId ? h('span', { class: 'mono', title: e.recordId, text: `${e.recordId.slice(0, 10)}…` }) : '—'),
    );
  }

  /** An audit trail, newest first, a page at a time, with new entries added live on top. */
  function auditTrail(container, path, withPatient, emptyText) {
    const headings = ['When', 'What', ...(withPatient ? ['Patient'] : []), 'Details', 'Record'];
    const body = h('tbody');
    const more = h('p');
    let next = null;
    const wrap = h('div', { class: 'table-wrap' }, h('table', { class: 'table' }, h('thead', {}, h('tr', {}, headings.map((t) => h('th', { scope: 'col', text: t })))), body));
    const empty = h('p', { class: 'empty', text: emptyText });
    container.replaceChildren(wrap, empty, more);
    const separator = path.includes('?') ? '&' : '?';
    async function page() {
      const answer = await get(`${path}${separator}limit=50${next ? `&cursor=${encodeURIComponent(next)}` : ''}`);
      body.append(...answer.items.map((e) => auditRow(e, withPatient, false)));
      next = answer.next;
      more.replaceChildren(next ? moreButton(() => guarded(page)) : '');
      empty.hidden = body.children.length > 0;
      wrap.hidden = body.children.length === 0;
    }
    return {
      first: page,
      add(e) {
        if (body.querySelector(`tr[data-id="${CSS.escape(e.id)}"]`)) return;
        body.prepend(auditRow(e, withPatient, true));
        empty.hidden = true;
        wrap.hidden = false;
      },
    };
  }

  async function recordsPage() {
    const org = context.org;
    const main = $('#main');
    const kpis = h('div', { class: 'kpis', id: 'kpis' });
    const trail = h('div', { id: 'record-activity' });
    main.replaceChildren(
      pageHead('Records and reads', `Record pointers ${context.orgInfo.name} added, and its staff's logged reads (read receipts).`),
      kpis,
      h('section', { class: 'panel' }, h('h2', { text: 'Recent record activity' }), trail),
    );
    async function counts() {
      const at = now();
      const [week, month] = await Promise.all([
        get(`/v1/organizations/${org}/activity?since=${at - 7 * DAY}&until=${at + 1}`),
        get(`/v1/organizations/${org}/activity?since=${at - 30 * DAY}&until=${at + 1}`),
      ]);
      const sum = (days, metric) => days.reduce((total, d) => total + d[metric], 0);
      const tile = (key, value, text) =>
        h('div', { class: 'kpi', dataset: { kpi: key, value: String(value) } }, h('span', { class: 'value', text: number(value) }), h('span', { class: 'label', text }));
      kpis.replaceChildren(
        tile('records', sum(week.days, 'records'), 'Records added, last 7 days'),
        tile('reads', sum(week.days, 'reads'), 'Records read, last 7 days'),
        tile('records30', sum(month.days, 'records'), 'Records added, last 30 days'),
        tile('reads30', sum(month.days, 'reads'), 'Records read, last 30 days'),
      );
    }
    const feed = auditTrail(trail, `/v1/organizations/${org}/audit?kind=records`, true, 'No record was added or read yet.');
    await Promise.all([counts(), feed.first()]);
    const refresh = debounced(counts, 600);
    follow(`/v1/stream?org=${org}`, (e) => {
      if (e.event.startsWith('Record')) {
        feed.add(e);
        refresh();
      }
    });
  }

  // one patient

  async function patientPage() {
    const org = context.org;
    const patient = context.patient;
    const main = $('#main');
    const consent = h('div', { id: 'patient-consent' });
    const records = h('div', { id: 'patient-records' });
    const trail = h('div', { id: 'patient-audit' });
    main.replaceChildren(
      h(
        'div',
        { class: 'page-head' },
        h('h1', {}, 'Patient ', h('span', { class: 'patient', text: shortAddress(patient) })),
        h('p', { class: 'muted' }, 'Account ', h('code', { text: patient }), ` · as ${context.orgInfo.name} sees it`),
      ),
      h(
        'div',
        { class: 'grid-2' },
        h('section', { class: 'panel' }, h('h2', { text: `Consent to ${context.orgInfo.name}` }), consent),
        h('section', { class: 'panel' }, h('h2', { text: `Records ${context.orgInfo.name} holds` }), records),
      ),
      h('section', { class: 'panel' }, h('h2', { text: 'Audit trail' }), h('p', { class: 'muted', text: `Everything that happened between this patient and ${context.orgInfo.name}, newest first.` }), trail),
    );

    async function loadConsent() {
      const at = now();
      const answer = await get(`/v1/patients/${patient}/consents?history=true`);
      const own = answer.items.find((c) => c.orgId === org);
      if (!own) {
        consent.replaceChildren(h('p', { class: 'empty', text: `This patient has not given ${context.orgInfo.name} consent.` }));
        return;
      }
      const status = consentStatus(own, at);
      consent.replaceChildren(
        h(
          'dl',
          { class: 'facts', dataset: { state: status.state } },
          h('dt', { text: 'Status' }),
          h('dd', {}, badge(status.text, status.tone)),
          h('dt', { text: 'Records shared' }),
          h('dd', {}, categoryTags(own.categories)),
          h('dt', { text: 'Purpose' }),
          h('dd', { text: labels('purposes', own.purposes) }),
          h('dt', { text: 'May' }),
          h('dd', { text: labels('actions', own.actions) }),
          h('dt', { text: 'Valid' }),
          h('dd', { text: `${date(own.validFrom)} to ${date(own.validUntil)}` }),
          h('dt', { text: 'Versions' }),
          h('dd', { text: (own.history || []).map((v) => `${changeWords(v.change)} ${date(v.changedAt)}`).join(' → ') || '—' }),
        ),
      );
    }

    async function loadRecords() {
      const { items } = await getAll(`/v1/patients/${patient}/records`, 2000);
      items.sort((a, b) => b.addedAt - a.addedAt);
      const tones = { current: 'ok', superseded: '', 'entered-in-error': 'warn' };
      records.replaceChildren(
        table(
          ['Added', 'Category', 'Type', 'Status', 'Versions'],
          items.map((r) =>
            h(
              'tr',
              { dataset: { record: r.recordId } },
              h('td', { class: 'nowrap', title: dateTime(r.addedAt), text: date(r.addedAt) }),
              h('td', { text: label('categories', r.category) }),
              h('td', { text: r.fhirType }),
              h('td', {}, badge(label('recordStatuses', r.status), tones[r.status])),
              h('td', { class: 'num', text: String(r.chain.length) }),
            ),
          ),
          `${context.orgInfo.name} holds no record of this patient.`,
        ),
      );
    }

    const feed = auditTrail(trail, `/v1/patients/${patient}/audit`, false, 'Nothing recorded yet.');
    await Promise.all([loadConsent(), loadRecords(), feed.first()]);
    const refresh = debounced(() => Promise.all([loadConsent(), loadRecords()]), 500);
    follow(`/v1/stream?patient=${patient}`, (e) => {
      feed.add(e);
      refresh();
    });
  }

  // ---- public statistics ------------------------------------------------------------------

  async function statsPage() {
    const form = $('#filters');
    const content = $('#content');
    await loadVocabulary();
    const { items: orgs } = await getAll('/v1/organizations');
    const names = new Map(orgs.map((o) => [o.orgId, o.name]));
    const orgSelect = form.elements.org;
    orgSelect.append(...orgs.map((o) => h('option', { value: String(o.orgId), text: o.name })));
    const chartBox = h('div', { class: 'chart', id: 'chart-stats' });
    const caption = h('div', { class: 'chart-caption' });
    const summary = h('div', { id: 'stats-summary' });
    const cells = h('div', { id: 'stats-cells' });
    content.replaceChildren(
      h('section', { class: 'panel' }, h('h2', { text: 'Published counts per day' }), h('p', { class: 'muted', text: 'Sums of the counts shown below; counts withheld as too small are not included.' }), chartBox, caption),
      h('section', { class: 'panel' }, h('h2', { text: 'By organisation' }), summary),
      h('section', { class: 'panel' }, h('h2', { text: 'Every published count' }), cells),
    );
    let chart = null;
    const metrics = ['grants', 'revocations', 'records', 'reads'];
    const showCells = steppedTable(
      cells,
      ['Day', 'Organisation', 'What', 'Category', 'Count'],
      (c) =>
        h(
          'tr',
          { dataset: { suppressed: String(c.suppressed) } },
          h('td', { class: 'nowrap', text: date(Date.parse(`${c.day}T00:00:00Z`) / 1000) }),
          h('td', { text: c.orgId === null ? '—' : names.get(c.orgId) || `Organisation ${c.orgId}` }),
          h('td', { text: METRIC_WORDS[c.metric] || c.metric }),
          h('td', { text: c.category ? label('categories', c.category) : '—' }),
          h('td', { class: 'num' }, c.suppressed ? h('span', { class: 'muted', text: `fewer than ${threshold}` }) : number(c.count)),
        ),
      'Nothing was published for this choice.',
    );
    let threshold = 11;

    async function load() {
      const at = now();
      const days = Number(form.elements.days.value);
      const query = new URLSearchParams({ since: String(at - days * DAY), until: String(at + 1) });
      if (form.elements.metric.value) query.set('metric', form.elements.metric.value);
      if (orgSelect.value) query.set('org', orgSelect.value);
      const stats = await get(`/v1/stats?${query}`);
      summary.dataset.since = String(stats.since);
      summary.dataset.until = String(stats.until);
      threshold = stats.threshold;
      for (const node of document.querySelectorAll('#threshold, .threshold')) node.textContent = String(threshold);
      // The chart: every day of the range, sums of published cells by metric.
      const first = stats.since - (stats.since % DAY);
      const byDay = new Map();
      for (let t = first; t < stats.until; t += DAY) {
        const day = new Date(t * 1000).toISOString().slice(0, 10);
        byDay.set(day, { day, grants: 0, revocations: 0, records: 0, reads: 0 });
      }
      const perOrg = new Map();
      for (const c of stats.cells) {
        const row = byDay.get(c.day);
        if (row && !c.suppressed) row[c.metric] += c.count;
        const key = c.orgId === null ? '—' : c.orgId;
        if (!perOrg.has(key)) perOrg.set(key, Object.fromEntries(metrics.map((m) => [m, { published: 0, small: 0 }])));
        const cell = perOrg.get(key)[c.metric];
        if (c.suppressed) cell.small++;
        else cell.published += c.count;
      }
      const shown = form.elements.metric.value ? [form.elements.metric.value] : metrics;
      if (!chart || chart.metrics.join() !== shown.join()) {
        chartBox.replaceChildren();
        chart = { metrics: shown, plot: dailyChart(chartBox, caption, shown) };
      }
      chart.plot.show(Array.from(byDay.values()));
      const rows = Array.from(perOrg.entries())
        .sort((a, b) => Number(a[0]) - Number(b[0]))
        .map(([orgId, m]) =>
          h(
            'tr',
            { dataset: { org: String(orgId) } },
            h('td', { text: names.get(orgId) || `Organisation ${orgId}` }),
            ...shown.map((metric) =>
              h(
                'td',
                { class: 'num', dataset: { metric, published: String(m[metric].published), small: String(m[metric].small) } },
                number(m[metric].published),
                m[metric].small
                  ? h('small', {
                      class: 'muted block',
                      text: `+ ${number(m[metric].small)} withheld (each under ${threshold})`,
                    })
                  : '',
              ),
            ),
          ),
        );
      summary.replaceChildren(table(['Organisation', ...shown.map((m) => METRIC_WORDS[m])], rows, 'Nothing was published for this choice.'));
      showCells(stats.cells.slice().sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0)));
    }
    form.addEventListener('change', () =>
      load().catch((error) => showError(error, content)),
    );
    await syncClock();
    await load();
  }

  // ---- start --------------------------------------------------------------------------------

  const PAGES = { landing: landingPage, 'sign-in': signInPage, org: orgPage, stats: statsPage };

  async function start() {
    const page = PAGES[document.body.dataset.page];
    if (!page) return;
    try {
      await page();
      if (document.body.dataset.state === 'loading') setState('ready');
    } catch (error) {
      showError(error);
    }
  }

  // For the page's own checks and for tests: the same checksum a wallet library computes.
  window.consentry = Object.freeze({ checksumAddress, keccak256 });

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
