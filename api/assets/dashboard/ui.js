/*
 * Shared DOM helpers of the dashboard's pages. Data only ever reaches a page as text
 * (textContent, text nodes): nothing the API returns is parsed as markup.
 */

import { checksumAddress, keccak256 } from './address.js';
import { vocabulary, entry, label, labels, dateTime, number, shortAddress } from './format.js';

export const ROWS_PER_STEP = 100;

// ---- DOM, text only -------------------------------------------------------------------

/** An element with attributes and children; strings become text nodes. */
export function h(tag, attrs, ...children) {
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

export const $ = (selector, root = document) => root.querySelector(selector);

export function setState(state) {
  document.body.dataset.state = state;
}

/**
 * Categories as tags: every standard category as one "All standard categories" tag
 * (restricted ones are never implied, so they stay named), and past `most` tags a "+N more"
 * whose tooltip names the rest.
 */
export function categoryTags(names, most = 6) {
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

export function time(seconds) {
  return h('time', {
    class: 'nowrap',
    datetime: new Date(Number(seconds) * 1000).toISOString(),
    title: dateTime(seconds),
    text: dateTime(seconds),
  });
}

export function account(address) {
  return h('span', { class: 'patient', title: address, text: shortAddress(address) });
}

export function badge(text, tone) {
  return h('span', { class: `badge ${tone || ''}`.trim(), text });
}

// ---- shared page parts ------------------------------------------------------------------

export function showError(error, where = $('#main')) {
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

export function moreButton(onClick) {
  return h('button', { type: 'button', class: 'button more', onclick: onClick, text: 'Show more' });
}

export function table(headings, rows, emptyText) {
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
export function steppedTable(container, headings, build, emptyText) {
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

// ---- start --------------------------------------------------------------------------------

/** Fills the page (a module runs once the page is parsed), then marks it ready or failed. */
export async function startPage(fill) {
  // For the page's own checks and for tests: the same checksum a wallet library computes.
  window.consentry = Object.freeze({ checksumAddress, keccak256 });
  try {
    await fill();
    if (document.body.dataset.state === 'loading') setState('ready');
  } catch (error) {
    showError(error);
  }
}
