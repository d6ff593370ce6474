#!/usr/bin/env node
// Drives the dashboard in Debian's headless Chromium (playwright-core) against a running demo
// (`consentry up`): signs in through an injected EIP-1193 wallet whose key lives in Node,
// checks the overview's numbers against the API (same session) and a sample of consents
// against the chain's checkAccess, grants a consent with the CLI and watches it appear without
// a reload, is refused another organisation's page, signs in once with a demo account, reads
// the public statistics signed out, and writes a full-page screenshot of each page.
//
//   CONSENTRY_BIN=target/debug/consentry node scripts/dashboard-e2e.mjs <demo.json> <screenshot-dir>
//
// Prints one line per check; exits non-zero at the first failure (with a screenshot of it).

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

import { chromium } from 'playwright-core';
import { createPublicClient, getAddress, http, parseAbi } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';

const run = promisify(execFile);

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const VIEWPORT = { width: 1366, height: 768 };
const DAY = 86400;
const LIVE_PATIENCE_MS = 10_000;

const [demoPath, screenshotDir] = process.argv.slice(2);
if (!demoPath || !screenshotDir || !process.env.CONSENTRY_BIN) {
  console.error('usage: CONSENTRY_BIN=<consentry> node scripts/dashboard-e2e.mjs <demo.json> <screenshot-dir>');
  process.exit(2);
}

const demo = JSON.parse(await readFile(demoPath, 'utf8'));
const manifest = JSON.parse(await readFile(demo.manifest, 'utf8'));
const base = demo.url.replace(/\/$/, '');
const org = demo.organizations.find((o) => o.orgId === 1) ?? demo.organizations[0];
const other = demo.organizations.find((o) => o.orgId !== org.orgId);
const practitioner = org.practitioners[0];
const wallet = privateKeyToAccount(practitioner.privateKey);
const chain = createPublicClient({ transport: http(demo.rpcUrl) });
const consentRegistry = getAddress(manifest.contracts.ConsentRegistry.address);
const checkAccessAbi = parseAbi([
  'function checkAccess(address patient, uint32 orgId, uint8 category, uint8 purpose, uint8 action) view returns (bool allowed, uint8 basis)',
]);

assert.ok(other, 'the demo has a second organisation');
assert.ok(demo.newcomers.length > 0, 'the demo has newcomer patients');
await mkdir(screenshotDir, { recursive: true });

let checks = 0;
function ok(what) {
  checks += 1;
  console.log(`ok ${checks} - ${what}`);
}

const profiles = [];
async function launch() {
  const profile = await mkdtemp(join(tmpdir(), 'consentry-chromium-'));
  profiles.push(profile);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CONSENTRY_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: VIEWPORT,
  });
  return context;
}

/**
 * Every console error and uncaught exception of a page (a CSP violation is one), and every
 * answer of the server that is a 5xx. Chromium logs each 4xx the pages expect (401 before
 * signing in, 403 on another organisation's page) as an error too: those are left out.
 */
const pageErrors = [];
function watch(page, name) {
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && !/^Failed to load resource: the server responded with a status of 4\d\d/.test(text)) {
      pageErrors.push(`${name}: ${text}`);
    }
  });
  page.on('pageerror', (error) => pageErrors.push(`${name}: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 500) pageErrors.push(`${name}: ${response.status()} from ${response.url()}`);
  });
  return page;
}

async function shot(page, name) {
  const path = resolve(screenshotDir, `dashboard-${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Opens `path` and waits until the page says it is done (`ready`, `refused`, ...). */
async function open(page, path, state = 'ready') {
  await page.goto(`${base}${path}`);
  await page.waitForSelector(`body[data-state="${state}"]`, { timeout: 30_000 });
}

/** Fetches JSON from the page, with its session: what the dashboard's own script could see. */
async function api(page, path) {
  return page.evaluate(async (path) => {
    const response = await fetch(path, { credentials: 'same-origin' });
    return { status: response.status, body: await response.json().catch(() => null) };
  }, path);
}

/** Every item of a paged route, following `next`, from the page's session. */
async function apiAll(page, path) {
  return page.evaluate(async (path) => {
    const items = [];
    const separator = path.includes('?') ? '&' : '?';
    let cursor = null;
    for (;;) {
      const url = `${path}${separator}limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const response = await fetch(url, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      const page = await response.json();
      items.push(...page.items);
      if (!page.next) return items;
      cursor = page.next;
    }
  }, path);
}

async function kpis(page) {
  return page.$$eval('#kpis [data-kpi]', (tiles) =>
    Object.fromEntries(tiles.map((t) => [t.dataset.kpi, Number(t.dataset.value)])),
  );
}

async function chartTotals(page) {
  return page.$$eval('.chart-caption [data-metric]', (spans) =>
    Object.fromEntries(spans.map((s) => [s.dataset.metric, Number(s.dataset.total)])),
  );
}

const main = await launch();
let current = null;
try {
  // ---- a wallet in the page (MetaMask's interface), its key in Node
  await main.exposeFunction('__consentryWalletSign', async (message, address) => {
    assert.equal(address.toLowerCase(), wallet.address.toLowerCase(), 'personal_sign names the account');
    assert.match(message, /^0x[0-9a-f]*$/, 'personal_sign gets the message as hex');
    return wallet.signMessage({ message: { raw: message } });
  });
  await main.addInitScript(
    ({ address, chainId }) => {
      window.ethereum = {
        isMetaMask: true,
        async request({ method, params }) {
          switch (method) {
            case 'eth_requestAccounts':
            case 'eth_accounts':
              return [address];
            case 'eth_chainId':
              return chainId;
            case 'personal_sign':
              return window.__consentryWalletSign(params[0], params[1]);
            default:
              throw Object.assign(new Error(`${method} is not supported`), { code: 4200 });
          }
        },
        on() {},
        removeListener() {},
      };
    },
    { address: wallet.address.toLowerCase(), chainId: `0x${demo.chainId.toString(16)}` },
  );
  const page = watch(main.pages()[0] ?? (await main.newPage()), 'main');
  current = page;

  // ---- landing
  await open(page, '/');
  const listed = await page.$$eval('#orgs tbody tr', (rows) => rows.length);
  assert.equal(listed, demo.organizations.length, 'the landing page lists every organisation');
  await shot(page, 'landing');
  ok(`landing page lists the ${listed} organisations`);

  // ---- sign-in with the wallet
  await open(page, '/sign-in');
  await page.waitForSelector('#wallet-sign-in:not([hidden])');
  await page.waitForSelector('#demo-accounts [data-demo-account]');
  await shot(page, 'sign-in');
  await Promise.all([
    page.waitForURL(`${base}/orgs/${org.orgId}`, { timeout: 30_000 }),
    page.click('#wallet-sign-in'),
  ]);
  await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
  const session = await api(page, '/v1/auth/session');
  assert.equal(session.status, 200);
  assert.equal(session.body.address.toLowerCase(), wallet.address.toLowerCase());
  assert.equal(session.body.practitionerOf, org.orgId);
  const topBar = await page.textContent('#account');
  assert.ok(topBar.includes(wallet.address.slice(0, 6).toLowerCase()), `the top bar names the account: ${topBar}`);
  assert.equal(await page.textContent('#org-name'), org.name);
  ok(`signed in with an injected wallet as ${practitioner.role} ${wallet.address} of ${org.name}`);

  // ---- the overview's numbers are the API's
  const shown = await kpis(page);
  const at = Number(await page.getAttribute('#kpis', 'data-as-of'));
  const consents = await apiAll(page, `/v1/organizations/${org.orgId}/consents`);
  const pending = await apiAll(page, `/v1/organizations/${org.orgId}/requests?status=pending`);
  const emergencies = await apiAll(page, `/v1/organizations/${org.orgId}/emergencies`);
  const week = await api(page, `/v1/organizations/${org.orgId}/activity?since=${at - 7 * DAY}&until=${at + 1}`);
  const since = at - (at % DAY) - 41 * DAY;
  const weeks = await api(page, `/v1/organizations/${org.orgId}/activity?since=${since}&until=${at + 1}`);
  const sum = (days, metric) => days.reduce((total, d) => total + d[metric], 0);
  const inForce = consents.filter((c) => c.inForce);
  const expected = {
    inForce: inForce.length,
    expiring: inForce.filter((c) => c.validUntil - at <= 14 * DAY).length,
    pending: pending.length,
    emergencies: emergencies.filter((e) => e.open).length,
    records: sum(week.body.days, 'records'),
    reads: sum(week.body.days, 'reads'),
  };
  assert.deepEqual(shown, expected, 'the overview shows the API answers');
  assert.ok(expected.inForce > 0, 'the demo has consents in force');
  const totals = await chartTotals(page);
  assert.deepEqual(
    totals,
    Object.fromEntries(['grants', 'revocations', 'records', 'reads'].map((m) => [m, sum(weeks.body.days, m)])),
    'the charts show six weeks of the organisation activity',
  );
  await shot(page, 'overview');
  ok(`overview numbers equal the API's: ${JSON.stringify(shown)}; six-week totals ${JSON.stringify(totals)}`);

  // ---- and the chain agrees with a sample of them
  const vocabulary = (await api(page, '/assets/vocabulary.json')).body;
  const code = (table, name) => vocabulary[table].find((e) => e.name === name).code;
  const step = Math.max(1, Math.floor(inForce.length / 5));
  const sample = inForce.filter((_, i) => i % step === 0).slice(0, 5);
  for (const consent of sample) {
    const [allowed] = await chain.readContract({
      address: consentRegistry,
      abi: checkAccessAbi,
      functionName: 'checkAccess',
      args: [
        getAddress(consent.patient),
        org.orgId,
        code('categories', consent.categories[0]),
        code('purposes', consent.purposes[0]),
        code('actions', consent.actions[0]),
      ],
    });
    assert.equal(allowed, true, `checkAccess allows ${consent.patient} (in force on the dashboard)`);
  }
  const ended = consents.filter((c) => !c.granted).slice(0, 3);
  for (const consent of ended) {
    const [, basis] = await chain.readContract({
      address: consentRegistry,
      abi: checkAccessAbi,
      functionName: 'checkAccess',
      args: [getAddress(consent.patient), org.orgId, code('categories', 'laboratory'), code('purposes', 'TREAT'), code('actions', 'read')],
    });
    assert.notEqual(basis, code('bases', 'consent'), `no consent basis for revoked ${consent.patient}`);
  }
  ok(`the chain's checkAccess agrees on ${sample.length} consents in force and ${ended.length} revoked`);

  // ---- the lists
  await open(page, `/orgs/${org.orgId}/consents?show=all`);
  const allChip = Number(await page.getAttribute('[data-filter="all"]', 'data-count'));
  assert.equal(allChip, consents.length, 'the consents page counts every consent');
  const rows = await page.$$eval('#consents tbody tr', (trs) => trs.length);
  assert.equal(rows, Math.min(100, consents.length));
  await shot(page, 'consents');
  ok(`consents page lists ${allChip} consents`);

  await open(page, `/orgs/${org.orgId}/requests`);
  const requestRows = await page.$$eval('#requests tbody tr', (trs) => trs.length);
  assert.equal(requestRows, Math.min(100, pending.length), 'the requests page lists the pending requests');
  await shot(page, 'requests');
  ok(`requests page lists ${pending.length} pending requests`);

  await open(page, `/orgs/${org.orgId}/emergencies`);
  const emergencyRows = await page.$$eval('#emergencies tbody tr', (trs) => trs.length);
  assert.equal(emergencyRows, Math.min(100, emergencies.length));
  const openRows = await page.$$eval('#emergencies tbody tr[data-open="true"]', (trs) => trs.length);
  assert.equal(openRows, emergencies.slice(0, 100).filter((e) => e.open).length);
  await shot(page, 'emergencies');
  ok(`emergencies page lists ${emergencies.length} emergency accesses, ${expected.emergencies} open`);

  await open(page, `/orgs/${org.orgId}/records`);
  const recordKpis = await kpis(page);
  assert.equal(recordKpis.records, expected.records);
  assert.equal(recordKpis.reads, expected.reads);
  const trail = (await api(page, `/v1/organizations/${org.orgId}/audit?kind=records&limit=50`)).body.items;
  const trailRows = await page.$$eval('#record-activity tbody tr', (trs) => trs.map((tr) => tr.dataset.id));
  assert.deepEqual(trailRows, trail.map((e) => e.id), 'the records page shows the latest record activity');
  await shot(page, 'records');
  ok(`records page shows ${trailRows.length} latest record events and reads`);

  const someone = (trail.find((e) => e.patient) ?? consents[0]).patient;
  await open(page, `/orgs/${org.orgId}/patients/${someone.toLowerCase()}`);
  const audit = (await api(page, `/v1/patients/${someone}/audit?limit=50`)).body.items;
  const auditRows = await page.$$eval('#patient-audit tbody tr', (trs) => trs.map((tr) => tr.dataset.id));
  assert.deepEqual(auditRows, audit.map((e) => e.id), "the patient's audit trail as the organisation sees it");
  assert.ok(audit.every((e) => e.orgId === org.orgId));
  await shot(page, 'patient');
  ok(`patient page shows ${auditRows.length} audit entries of ${someone}`);

  // ---- live: a consent granted with the CLI appears without a reload
  await open(page, `/orgs/${org.orgId}`);
  const list = watch(await main.newPage(), 'consents');
  await open(list, `/orgs/${org.orgId}/consents`);
  await page.waitForSelector('#live.on');
  await list.waitForSelector('#live.on');
  const before = await kpis(page);
  const grantsBefore = (await chartTotals(page)).grants;
  await page.evaluate(() => (window.__sameDocument = true));
  await list.evaluate(() => (window.__sameDocument = true));
  // A newcomer with no consent to this organisation yet (an earlier run may have used one).
  const holders = new Set(consents.map((c) => c.patient.toLowerCase()));
  const newcomer = demo.newcomers.find((n) => !holders.has(privateKeyToAccount(n.privateKey).address.toLowerCase()));
  assert.ok(newcomer, `every newcomer already gave ${org.name} consent: start a fresh demo`);
  const newcomerAddress = privateKeyToAccount(newcomer.privateKey).address.toLowerCase();
  const granted = await run(
    process.env.CONSENTRY_BIN,
    ['consent', 'grant', String(org.orgId), '--categories', 'laboratory', '--purposes', 'TREAT', '--until', '30d'],
    {
      env: {
        ...process.env,
        ETH_RPC_URL: demo.rpcUrl,
        CONSENTRY_MANIFEST: demo.manifest,
        CONSENTRY_PRIVATE_KEY: newcomer.privateKey,
      },
    },
  );
  const grantedAt = Date.now();
  await list.waitForSelector(`#consents tr[data-patient="${newcomerAddress}"]`, { timeout: LIVE_PATIENCE_MS });
  await page.waitForFunction(
    ({ inForce, grants }) => {
      const tile = document.querySelector('#kpis [data-kpi="inForce"]');
      const caption = document.querySelector('.chart-caption [data-metric="grants"]');
      return tile && caption && Number(tile.dataset.value) === inForce && Number(caption.dataset.total) === grants;
    },
    { inForce: before.inForce + 1, grants: grantsBefore + 1 },
    { timeout: LIVE_PATIENCE_MS },
  );
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'the overview was not reloaded');
  assert.equal(await list.evaluate(() => window.__sameDocument), true, 'the consents page was not reloaded');
  const feedTop = await page.getAttribute('#feed li', 'data-event');
  assert.equal(feedTop, 'ConsentGranted', 'the latest activity shows the grant');
  await shot(list, 'consents-live');
  await list.close();
  ok(
    `a consent granted with the CLI (${granted.stdout.trim().split('\n')[0]}) appeared live in ${Date.now() - grantedAt} ms: ` +
      `row, patients in force ${before.inForce} → ${before.inForce + 1}, grants chart ${grantsBefore} → ${grantsBefore + 1}`,
  );

  // ---- another organisation's page is refused, clearly
  const refusedByApi = await api(page, `/v1/organizations/${other.orgId}/consents`);
  assert.equal(refusedByApi.status, 403);
  await open(page, `/orgs/${other.orgId}`, 'refused');
  const heading = await page.textContent('[data-refusal] h1');
  assert.equal(heading, `You are not a practitioner of ${other.name}`);
  await shot(page, 'refused');
  ok(`${other.name}'s page says: ${heading}`);

  // ---- signed out, the public statistics
  await open(page, `/orgs/${org.orgId}`);
  await Promise.all([page.waitForURL(`${base}/`), page.click('#sign-out')]);
  assert.equal((await api(page, '/v1/auth/session')).status, 401, 'signed out');
  await open(page, '/stats');
  const range = await page.$eval('#stats-summary', (e) => ({ since: e.dataset.since, until: e.dataset.until }));
  const published = await page.$$eval('#stats-summary td[data-metric]', (cells) =>
    cells.map((c) => ({ org: c.closest('tr').dataset.org, metric: c.dataset.metric, published: Number(c.dataset.published), small: Number(c.dataset.small) })),
  );
  assert.ok(published.length > 0, 'the statistics page shows counts');
  const stats = (await api(page, `/v1/stats?since=${range.since}&until=${range.until}`)).body;
  for (const cell of published) {
    const cells = stats.cells.filter((c) => String(c.orgId) === cell.org && c.metric === cell.metric);
    const expectedSum = cells.filter((c) => !c.suppressed).reduce((total, c) => total + c.count, 0);
    assert.equal(cell.published, expectedSum, `published ${cell.metric} of organisation ${cell.org}`);
    assert.equal(cell.small, cells.filter((c) => c.suppressed).length, `small counts of ${cell.metric} of organisation ${cell.org}`);
  }
  const suppressed = stats.cells.some((c) => c.suppressed);
  if (suppressed) {
    assert.ok((await page.textContent('#stats-cells')).includes('fewer than 11'), 'small counts say "fewer than 11"');
  }
  await shot(page, 'stats');
  ok(`public statistics signed out: ${published.length} published sums match /v1/stats${suppressed ? ', small counts shown as "fewer than 11"' : ''}`);

  // ---- the demo sign-in, in a browser of its own
  const second = await launch();
  try {
    const demoPage = watch(second.pages()[0] ?? (await second.newPage()), 'demo');
    current = demoPage;
    await open(demoPage, '/sign-in');
    const button = await demoPage.waitForSelector('#demo-accounts [data-demo-account]');
    const demoAccount = await button.getAttribute('data-demo-account');
    const demoOrg = Number(await button.getAttribute('data-org'));
    await Promise.all([demoPage.waitForURL(`${base}/orgs/${demoOrg}`, { timeout: 30_000 }), button.click()]);
    await demoPage.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
    const demoSession = await api(demoPage, '/v1/auth/session');
    assert.equal(demoSession.body.address.toLowerCase(), demoAccount);
    assert.equal(demoSession.body.practitionerOf, demoOrg);
    ok(`demo sign-in as ${demoAccount} opened organisation ${demoOrg}'s overview`);
  } finally {
    await second.close();
  }

  assert.deepEqual(pageErrors, [], 'no page logged an error');
  ok('no console errors or uncaught exceptions on any page');
  console.log(`${checks} passed, 0 failed`);
} catch (error) {
  console.error(`not ok - ${error.stack || error}`);
  if (pageErrors.length) console.error(`page errors:\n  ${pageErrors.join('\n  ')}`);
  if (current && !current.isClosed()) {
    await shot(current, 'failure').catch(() => {});
  }
  process.exitCode = 1;
} finally {
  await main.close().catch(() => {});
  for (const profile of profiles) await rm(profile, { recursive: true, force: true });
}
