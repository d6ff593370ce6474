/*
 * The landing page: the organisations on the ledger.
 */

import { h, $, badge, startPage } from './ui.js';
import { getAll } from './api.js';
import { loadVocabulary, label } from './format.js';

// ---- landing page -----------------------------------------------------------------------

async function landingPage() {
  await loadVocabulary();
  const { items } = await getAll('/v1/organizations');
  const body = $('#orgs tbody');
  body.replaceChildren(
    ...items.map((org) =>
      h(
        'tr',
        {},
        h('td', { text: org.name }),
        h('td', { text: label('organizationKinds', org.kind) }),
        h('td', {}, org.suspended ? badge('Suspended', 'bad') : badge('Active', 'ok')),
      ),
    ),
  );
  $('#orgs').hidden = items.length === 0;
  $('#orgs-empty').hidden = items.length > 0;
}

startPage(landingPage);
