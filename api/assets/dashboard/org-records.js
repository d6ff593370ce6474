/*
 * The record pointers an organisation added and its staff's logged reads
 * (/orgs/{org}/records).
 */

import { h, $ } from './ui.js';
import { get, now } from './api.js';
import { DAY, number } from './format.js';
import { context, pageHead, auditTrail } from './org-shared.js';
import { follow, debounced } from './org-live.js';

export async function recordsPage() {
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
