/*
 * One patient as an organisation sees them (/orgs/{org}/patients/{address}): the consent
 * they gave it, the records it holds and their audit trail.
 */

import { h, $, categoryTags, badge, table } from './ui.js';
import { get, getAll, now } from './api.js';
import { label, labels, date, dateTime, shortAddress } from './format.js';
import { context, consentStatus, changeWords, auditTrail } from './org-shared.js';
import { follow, debounced } from './org-live.js';

export async function patientPage() {
  const org = context.org;
  const patient = context.patient;
  const main = $('#main');
  const consent = h('div', { id: 'patient-consent' });
  const records = h('div', { id: 'patient-records' });
  const trail = h('div', { id: 'patient-audit' });
  main.replaceChildren(
    h(
      'div',
      { class: 'page-head' },
      h('h1', {}, 'Patient ', h('span', { class: 'patient', text: shortAddress(patient) })),
      h('p', { class: 'muted' }, 'Account ', h('code', { text: patient }), ` · as ${context.orgInfo.name} sees it`),
    ),
    h(
      'div',
      { class: 'grid-2' },
      h('section', { class: 'panel' }, h('h2', { text: `Consent to ${context.orgInfo.name}` }), consent),
      h('section', { class: 'panel' }, h('h2', { text: `Records ${context.orgInfo.name} holds` }), records),
    ),
    h('section', { class: 'panel' }, h('h2', { text: 'Audit trail' }), h('p', { class: 'muted', text: `Everything that happened between this patient and ${context.orgInfo.name}, newest first.` }), trail),
  );

  async function loadConsent() {
    const at = now();
    const answer = await get(`/v1/patients/${patient}/consents?history=true`);
    const own = answer.items.find((c) => c.orgId === org);
    if (!own) {
      consent.replaceChildren(h('p', { class: 'empty', text: `This patient has not given ${context.orgInfo.name} consent.` }));
      return;
    }
    const status = consentStatus(own, at);
    consent.replaceChildren(
      h(
        'dl',
        { class: 'facts', dataset: { state: status.state } },
        h('dt', { text: 'Status' }),
        h('dd', {}, badge(status.text, status.tone)),
        h('dt', { text: 'Records shared' }),
        h('dd', {}, categoryTags(own.categories)),
        h('dt', { text: 'Purpose' }),
        h('dd', { text: labels('purposes', own.purposes) }),
        h('dt', { text: 'May' }),
        h('dd', { text: labels('actions', own.actions) }),
        h('dt', { text: 'Valid' }),
        h('dd', { text: `${date(own.validFrom)} to ${date(own.validUntil)}` }),
        h('dt', { text: 'Versions' }),
        h('dd', { text: (own.history || []).map((v) => `${changeWords(v.change)} ${date(v.changedAt)}`).join(' → ') || '—' }),
      ),
    );
  }

  async function loadRecords() {
    const { items } = await getAll(`/v1/patients/${patient}/records`, 2000);
    items.sort((a, b) => b.addedAt - a.addedAt);
    const tones = { current: 'ok', superseded: '', 'entered-in-error': 'warn' };
    records.replaceChildren(
      table(
        ['Added', 'Category', 'Type', 'Status', 'Versions'],
        items.map((r) =>
          h(
            'tr',
            { dataset: { record: r.recordId } },
            h('td', { class: 'nowrap', title: dateTime(r.addedAt), text: date(r.addedAt) }),
            h('td', { text: label('categories', r.category) }),
            h('td', { text: r.fhirType }),
            h('td', {}, badge(label('recordStatuses', r.status), tones[r.status])),
            h('td', { class: 'num', text: String(r.chain.length) }),
          ),
        ),
        `${context.orgInfo.name} holds no record of this patient.`,
      ),
    );
  }

  const feed = auditTrail(trail, `/v1/patients/${patient}/audit`, false, 'Nothing recorded yet.');
  await Promise.all([loadConsent(), loadRecords(), feed.first()]);
  const refresh = debounced(() => Promise.all([loadConsent(), loadRecords()]), 500);
  follow(`/v1/stream?patient=${patient}`, (e) => {
    feed.add(e);
    refresh();
  });
}
