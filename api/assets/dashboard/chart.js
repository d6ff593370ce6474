/*
 * Daily line charts, drawn with the vendored uPlot (loaded as a classic script before the
 * page's module, so its global `uPlot` is there).
 */

import { h } from './ui.js';
import { date, number } from './format.js';

// ---- charts -----------------------------------------------------------------------------

export const COLOURS = { grants: '#1b7a3d', revocations: '#b3261e', records: '#0b5cad', reads: '#c47f00' };
export const METRIC_WORDS = {
  grants: 'Consents granted',
  revocations: 'Consents revoked',
  records: 'Records added',
  reads: 'Records read',
};

/** A daily line chart of some metrics, with a caption of totals for people and tests. */
export function dailyChart(container, caption, metrics) {
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
