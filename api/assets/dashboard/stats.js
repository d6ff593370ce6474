/*
 * The public statistics page, for anyone, signed in or not.
 */

import { h, $, showError, table, steppedTable, startPage } from './ui.js';
import { get, getAll, syncClock, now } from './api.js';
import { DAY, loadVocabulary, label, date, number } from './format.js';
import { METRIC_WORDS, dailyChart } from './chart.js';

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

startPage(statsPage);
