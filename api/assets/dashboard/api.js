/*
 * The /v1 JSON routes of the same origin (the session travels in the HttpOnly cookie POST
 * /v1/auth/login sets), the clock the API judges by, and /v1/stream for live updates.
 */

// ---- the API ----------------------------------------------------------------------------

export class HttpError extends Error {
  constructor(status, body) {
    super((body && body.error && body.error.message) || `the server answered ${status}`);
    this.status = status;
    this.code = body && body.error && body.error.code;
  }
}

export async function request(method, path, body) {
  const init = { method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers['Content-Type'] = 'application/json';
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (_) {
    throw new HttpError(0, {
      error: { message: 'The server could not be reached. Check the connection and reload the page.' },
    });
  }
  const text = await response.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch (_) {
      data = null;
    }
  }
  if (!response.ok) throw new HttpError(response.status, data);
  return data;
}

export const get = (path) => request('GET', path);

/** Every item of a paged route, following `next` (at most `max`). */
export async function getAll(path, max = 20000) {
  const items = [];
  const separator = path.includes('?') ? '&' : '?';
  let cursor = null;
  for (;;) {
    const page = await get(
      `${path}${separator}limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    items.push(...page.items);
    if (!page.next) return { items, complete: true };
    if (items.length >= max) return { items, complete: false };
    cursor = page.next;
  }
}

// ---- the clock the API judges by ------------------------------------------------------

/** Seconds the chain's latest block runs ahead of this browser's clock (a test chain). */
export let clockOffset = 0;

export async function syncClock() {
  try {
    const response = await fetch('/healthz', { credentials: 'same-origin' });
    const health = await response.json();
    const wall = Date.now() / 1000;
    clockOffset = health.checkpointTime > wall ? health.checkpointTime - wall : 0;
  } catch (_) {
    clockOffset = 0;
  }
}

/** Now, as the API sees it: the wall clock, or the chain's time when it runs ahead. */
export const now = () => Math.floor(Date.now() / 1000 + clockOffset);
