/*
 * An organisation's dashboard (/orgs/{org} and its pages) for a signed-in practitioner:
 * overview and charts, consents, requests, emergencies, records and one patient's trail,
 * updated live from /v1/stream. This module signs the page in and picks the tab; each tab is
 * drawn by its own module (org-overview.js, org-consents.js, …), which share org-shared.js
 * and org-live.js.
 */

import { h, $, setState, showError, startPage } from './ui.js';
import { HttpError, request, get, syncClock } from './api.js';
import { loadVocabulary, label, shortAddress } from './format.js';
import { context, refuse, goSignIn, guarded } from './org-shared.js';
import { overviewPage } from './org-overview.js';
import { consentsPage } from './org-consents.js';
import { requestsPage } from './org-requests.js';
import { emergenciesPage } from './org-emergencies.js';
import { recordsPage } from './org-records.js';
import { patientPage } from './org-patient.js';

// ---- organisation pages -----------------------------------------------------------------

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

startPage(orgPage);
