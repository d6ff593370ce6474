/*
 * What the organisation pages share: who is signed in and where (`context`), the refusal
 * page, links to a patient's page, consent status words and the audit-trail table.
 */

import { h, $, setState, time, account, badge, showError, moreButton } from './ui.js';
import { HttpError, get } from './api.js';
import { DAY, FOREVER, date, relative, ADDRESS, shortAddress, describe } from './format.js';

export const EXPIRING_SOON_DAYS = 14;

/** What an organisation page knows: who is signed in, which organisation, when. */
export const context = {};

export function refuse(reason) {
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

export function goSignIn() {
  location.assign(`/sign-in?next=${encodeURIComponent(location.pathname)}`);
}

/** Calls the API for the page; a refusal becomes the refusal page, a lapsed session sign-in. */
export async function guarded(task) {
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

export function pageHead(title, subtitle) {
  return h('div', { class: 'page-head' }, h('h1', { text: title }), subtitle ? h('p', { class: 'muted', text: subtitle }) : null);
}

export function patientLink(address) {
  if (!ADDRESS.test(address || '')) return account(address);
  return h(
    'a',
    { href: `/orgs/${context.org}/patients/${address.toLowerCase()}`, class: 'patient', title: address },
    shortAddress(address),
  );
}

/** The status of a consent at `at`. */
export function consentStatus(consent, at) {
  if (!consent.granted) return { text: 'Revoked', tone: 'bad', state: 'revoked' };
  if (consent.validFrom > at) return { text: `Starts ${date(consent.validFrom)}`, tone: 'info', state: 'future' };
  if (!consent.inForce) return { text: 'Expired', tone: '', state: 'expired' };
  if (consent.validUntil < FOREVER && consent.validUntil - at <= EXPIRING_SOON_DAYS * DAY) {
    return { text: `Expires ${relative(consent.validUntil, at)}`, tone: 'warn', state: 'expiring' };
  }
  return { text: 'In force', tone: 'ok', state: 'in-force' };
}

/** How a consent version came about, in a word: `ConsentGranted` is "Granted". */
export function changeWords(change) {
  return (
    {
      ConsentGranted: 'Granted',
      ConsentNarrowed: 'Narrowed',
      ConsentExtended: 'Extended',
      ConsentRevoked: 'Revoked',
    }[change] || change
  );
}

// ---- audit trails -----------------------------------------------------------------------

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
export function auditTrail(container, path, withPatient, emptyText) {
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
