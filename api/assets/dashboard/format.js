/*
 * Wording: the vocabulary (the one catalogue of labels, from /assets/vocabulary.json), dates
 * and times in the browser's time zone, numbers, addresses, and what an audit entry says.
 */

import { get, now } from './api.js';

export const DAY = 86400;
/** Times past this are "no end date" (contracts use the largest uint64 for open-ended). */
export const FOREVER = 1e11;

// ---- vocabulary and wording -----------------------------------------------------------

export let vocabulary = {};

export async function loadVocabulary() {
  const tables = await get('/assets/vocabulary.json');
  for (const [table, entries] of Object.entries(tables)) {
    vocabulary[table] = {
      byName: new Map(entries.map((e) => [e.name, e])),
      byCode: new Map(entries.map((e) => [e.code, e])),
    };
  }
}

export function entry(table, key) {
  const index = vocabulary[table];
  if (!index) return null;
  return (typeof key === 'number' ? index.byCode.get(key) : index.byName.get(key)) || null;
}

export const capitalise = (text) => (text ? text.charAt(0).toUpperCase() + text.slice(1) : text);

/** The label for people of a vocabulary name or code ("laboratory" → "Laboratory"). */
export function label(table, key) {
  const found = entry(table, key);
  return capitalise(found ? found.label : String(key));
}

export const labels = (table, names) => (names || []).map((n) => label(table, n)).join(', ') || '—';

export const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
export const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
export const relativeFormat = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

export function date(seconds) {
  if (seconds === null || seconds === undefined) return '—';
  if (Number(seconds) >= FOREVER) return 'no end date';
  return dateFormat.format(new Date(Number(seconds) * 1000));
}

/** A date and time with its time zone ("21 Dec 2026, 14:00 UTC"): for deadlines. */
export const dateTimeZoneFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});

export function dateTimeZone(seconds) {
  if (seconds === null || seconds === undefined) return '—';
  return dateTimeZoneFormat.format(new Date(Number(seconds) * 1000));
}

export function dateTime(seconds) {
  if (seconds === null || seconds === undefined) return '—';
  return dateTimeFormat.format(new Date(Number(seconds) * 1000));
}

/** "in 5 days", "3 hours ago". */
export function relative(seconds, from = now()) {
  const delta = Number(seconds) - from;
  const size = Math.abs(delta);
  if (size < 60) return relativeFormat.format(Math.round(delta), 'second');
  if (size < 3600) return relativeFormat.format(Math.round(delta / 60), 'minute');
  if (size < 2 * DAY) return relativeFormat.format(Math.round(delta / 3600), 'hour');
  return relativeFormat.format(Math.round(delta / DAY), 'day');
}

export function duration(seconds) {
  const days = Math.round(Number(seconds) / DAY);
  if (days >= 1) return `${days} day${days === 1 ? '' : 's'}`;
  const hours = Math.max(1, Math.round(Number(seconds) / 3600));
  return `${hours} hour${hours === 1 ? '' : 's'}`;
}

export const number = (n) => Number(n).toLocaleString();
export const ADDRESS = /^0x[0-9a-fA-F]{40}$/;
export const shortAddress = (address) => (address ? `${address.slice(0, 6)}…${address.slice(-4)}` : '—');

// ---- describing events ----------------------------------------------------------------

/** What an audit entry says, in words: { title, detail, tone }. */
export function describe(e) {
  const a = e.args || {};
  const by = e.account ? `by ${shortAddress(e.account)}` : '';
  switch (e.event) {
    case 'ConsentGranted':
      return {
        title: 'Consent granted',
        detail: `${labels('categories', a.categories)} · for ${labels('purposes', a.purposes)} · ${labels('actions', a.actions).toLowerCase()} · until ${date(a.validUntil)}`,
        tone: 'ok',
      };
    case 'ConsentNarrowed':
      return {
        title: 'Consent narrowed',
        detail: `now ${labels('categories', a.categories)} · for ${labels('purposes', a.purposes)} · until ${date(a.validUntil)}`,
        tone: 'warn',
      };
    case 'ConsentExtended':
      return { title: 'Consent extended', detail: `until ${date(a.validUntil)}`, tone: 'ok' };
    case 'ConsentRevoked':
      return { title: 'Consent revoked', detail: by, tone: 'bad' };
    case 'DelegateAppointed':
      return { title: 'Delegate appointed', detail: `${by} · until ${date(a.expiresAt)}`, tone: 'info' };
    case 'DelegateRemoved':
      return { title: 'Delegate removed', detail: by, tone: '' };
    case 'AccessRequested':
      return {
        title: 'Access requested',
        detail: `${by} · ${labels('categories', a.categories)} · for ${labels('purposes', a.purposes)} · ${duration(a.duration)}`,
        tone: 'info',
      };
    case 'AccessRequestApproved':
      return { title: 'Access request approved', detail: by, tone: 'ok' };
    case 'AccessRequestDenied':
      return { title: 'Access request denied', detail: by, tone: 'bad' };
    case 'AccessRequestCancelled':
      return { title: 'Access request cancelled', detail: by, tone: '' };
    case 'EmergencyAccessOpened':
      return {
        title: 'Emergency access opened',
        detail: `${by} · ${label('emergencyReasons', a.reasonCode)} · until ${dateTime(a.expiresAt)}`,
        tone: 'bad',
      };
    case 'EmergencyAccessClosed':
      return { title: 'Emergency access closed', detail: by, tone: '' };
    case 'EmergencyPolicySet':
      return {
        title: 'Emergency access preference set',
        detail: a.optedOut ? 'opted out of emergency access' : 'allows emergency access',
        tone: '',
      };
    case 'RecordAdded':
      return {
        title: a.supersedes ? 'Record corrected (new version)' : 'Record added',
        detail: `${label('categories', a.category)} · ${label('fhirResourceTypes', a.fhirType)} · ${by}`,
        tone: 'info',
      };
    case 'RecordRetracted':
      return { title: 'Record marked entered in error', detail: by, tone: 'warn' };
    case 'RecordPending':
      return {
        title: 'Record awaiting signatures',
        detail: `needs ${labels('cosigners', a.required).toLowerCase()} · until ${dateTimeZone(a.deadline)}`,
        tone: 'info',
      };
    case 'RecordSigned':
      return { title: 'Record signed', detail: `as ${label('cosigners', a.kind).toLowerCase()} · ${by}`, tone: 'ok' };
    case 'RecordConfirmed':
      return { title: 'Record confirmed: every signature is in', detail: '', tone: 'ok' };
    case 'RecordRejected':
      return { title: 'Record rejected', detail: `as ${label('cosigners', a.kind).toLowerCase()} · ${by}`, tone: 'bad' };
    case 'RecordExpired':
      return { title: 'Record expired unsigned', detail: 'not every signature came in time', tone: 'warn' };
    case 'CosignPolicySet':
      return {
        title: 'Co-signing policy set',
        detail: a.signers && a.signers.length
          ? `${label('categories', a.category)} records need ${labels('cosigners', a.signers).toLowerCase()}`
          : `${label('categories', a.category)} records need no co-signatures`,
        tone: 'info',
      };
    case 'RecordAccessed':
      return {
        title: 'Record read',
        detail: `for ${label('purposes', a.purpose)} · basis: ${label('bases', a.basis).toLowerCase()} · ${by}`,
        tone: '',
      };
    default:
      return { title: e.event, detail: by, tone: '' };
  }
}
