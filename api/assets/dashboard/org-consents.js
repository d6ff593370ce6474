/*
 * An organisation's patients with consent (/orgs/{org}/consents), filtered by status and
 * searchable by address.
 */

import { h, $, categoryTags, badge, steppedTable } from './ui.js';
import { getAll, now } from './api.js';
import { labels, date, dateTime, relative, number } from './format.js';
import { EXPIRING_SOON_DAYS, context, pageHead, patientLink, consentStatus, changeWords } from './org-shared.js';
import { follow, debounced } from './org-live.js';

export async function consentsPage() {
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
