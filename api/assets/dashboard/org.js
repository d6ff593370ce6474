/*
 * An organisation's dashboard (/orgs/{org} and its pages) for a signed-in practitioner:
 * overview and charts, consents, requests, emergencies, records and one patient's trail,
 * updated live from /v1/stream.
 */

import { h, $, setState, categoryTags, time, account, badge, showError, moreButton, table, steppedTable, startPage } from './ui.js';
import { HttpError, request, get, getAll, syncClock, now } from './api.js';
import { DAY, FOREVER, loadVocabulary, capitalise, label, labels, date, dateTime, relative, duration, number, ADDRESS, shortAddress, describe } from './format.js';
import { dailyChart } from './chart.js';

const EXPIRING_SOON_DAYS = 14;
const CHART_DAYS = 42;

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

startPage(orgPage);
