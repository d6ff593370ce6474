/*
 * Live updates of the organisation pages: following /v1/stream, and refreshing a page's
 * figures at most once per burst of events.
 */

import { $ } from './ui.js';
import { HttpError } from './api.js';
import { goSignIn, refuse } from './org-shared.js';

/** Follows the stream at `path`, calling `onEvent(entry)` for each new audit entry. */
export function follow(path, onEvent) {
  const indicator = $('#live');
  const show = (text, tone, title) => {
    if (!indicator) return;
    indicator.hidden = false;
    indicator.className = `live ${tone}`;
    indicator.textContent = text;
    indicator.title = title;
  };
  const source = new EventSource(path);
  source.addEventListener('open', () =>
    show('Live', 'on', 'New events appear on this page as soon as the ledger records them.'),
  );
  source.addEventListener('event', (message) => {
    let entry_;
    try {
      entry_ = JSON.parse(message.data);
    } catch (_) {
      return;
    }
    onEvent(entry_);
  });
  source.addEventListener('error', () => {
    if (source.readyState === EventSource.CLOSED) {
      show('Live updates stopped', 'off', 'Reload the page (you may need to sign in again).');
    } else {
      show('Reconnecting…', 'off', 'The connection to the server was interrupted.');
    }
  });
  window.addEventListener('pagehide', () => source.close());
  return source;
}

/** Runs `task` once, `wait` ms after the last call; never two at once. */
export function debounced(task, wait) {
  let timer = null;
  let running = false;
  let again = false;
  const run = async () => {
    timer = null;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await task();
    } catch (error) {
      // The session ended or the organisation's roster changed while the page was open.
      if (error instanceof HttpError && error.status === 401) goSignIn();
      else if (error instanceof HttpError && error.status === 403) refuse(error.message);
      else console.warn('refresh failed', error);
    } finally {
      running = false;
      if (again) {
        again = false;
        schedule();
      }
    }
  };
  const schedule = () => {
    if (!timer) timer = setTimeout(run, wait);
  };
  return schedule;
}
