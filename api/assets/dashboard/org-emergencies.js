/*
 * The emergency (break-glass) accesses an organisation's staff opened
 * (/orgs/{org}/emergencies).
 */

import { h, $, categoryTags, account, badge, steppedTable } from './ui.js';
import { getAll } from './api.js';
import { label, dateTime, number } from './format.js';
import { context, pageHead, patientLink } from './org-shared.js';
import { follow, debounced } from './org-live.js';

export async function emergenciesPage() {
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
