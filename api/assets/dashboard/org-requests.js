/*
 * The access requests an organisation's staff made (/orgs/{org}/requests), by status.
 */

import { h, $, categoryTags, account, badge, steppedTable } from './ui.js';
import { getAll } from './api.js';
import { capitalise, labels, date, dateTime, relative, duration, number } from './format.js';
import { context, guarded, pageHead, patientLink } from './org-shared.js';
import { follow, debounced } from './org-live.js';

export async function requestsPage() {
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
