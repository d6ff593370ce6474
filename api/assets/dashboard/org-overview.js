/*
 * An organisation's overview (/orgs/{org}): counts, daily charts of the last six weeks,
 * consents about to expire and the latest activity.
 */

import { h, $, categoryTags, time, badge, table } from './ui.js';
import { get, getAll, now } from './api.js';
import { DAY, FOREVER, date, dateTime, relative, number, describe } from './format.js';
import { dailyChart } from './chart.js';
import { EXPIRING_SOON_DAYS, context, patientLink } from './org-shared.js';
import { follow, debounced } from './org-live.js';

const CHART_DAYS = 42;

export async function overviewPage() {
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
