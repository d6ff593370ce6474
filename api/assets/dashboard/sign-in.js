/*
 * The sign-in page: Sign-In with Ethereum through the browser's wallet, or a demo account.
 */

import { h, $, account, startPage } from './ui.js';
import { request, get } from './api.js';
import { loadVocabulary, label, shortAddress } from './format.js';
import { checksumAddress } from './address.js';

// ---- sign-in ----------------------------------------------------------------------------

/** Where to go after signing in: a dashboard page of the account's own organisation. */
function destination(org) {
  const next = new URLSearchParams(location.search).get('next') || '';
  const own = `/orgs/${org}`;
  if (next === own || next.startsWith(`${own}/`)) return next;
  return own;
}

const utf8Hex = (text) =>
  `0x${Array.from(new TextEncoder().encode(text), (b) => b.toString(16).padStart(2, '0')).join('')}`;

/** The EIP-4361 message, laid out exactly as the server prints it back. */
function siweMessage({ domain, address, uri, chainId, nonce, issuedAt, expirationTime }) {
  return [
    `${domain} wants you to sign in with your Ethereum account:`,
    address,
    '',
    'Sign in to Consentry.',
    '',
    `URI: ${uri}`,
    'Version: 1',
    `Chain ID: ${chainId}`,
    `Nonce: ${nonce}`,
    `Issued At: ${issuedAt}`,
    `Expiration Time: ${expirationTime}`,
  ].join('\n');
}

async function signInPage() {
  const status = $('#status');
  const say = (text, isError) => {
    status.hidden = false;
    status.className = isError ? 'status error' : 'status';
    status.replaceChildren(...[].concat(text));
  };
  const buttons = () => Array.from(document.querySelectorAll('#main button'));
  const busy = (on) => buttons().forEach((b) => (b.disabled = on));

  /** The one sign-in path: only who signs differs between a wallet and a demo account. */
  async function signIn(address, sign) {
    busy(true);
    try {
      say('Preparing the sign-in message…');
      const nonce = await get('/v1/auth/nonce');
      const issued = new Date();
      const message = siweMessage({
        domain: nonce.domain,
        address: checksumAddress(address),
        uri: nonce.uri,
        chainId: nonce.chainId,
        nonce: nonce.nonce,
        issuedAt: issued.toISOString(),
        expirationTime: new Date(issued.getTime() + 5 * 60 * 1000).toISOString(),
      });
      say('Waiting for the signature…');
      const signature = await sign(message);
      say('Checking the signature…');
      const session = await request('POST', '/v1/auth/login', { message, signature });
      if (session.practitionerOf === null || session.practitionerOf === undefined) {
        await request('POST', '/v1/auth/logout', {}).catch(() => {});
        say(
          `This account (${shortAddress(session.address)}) is not a practitioner of an active organisation. ` +
            "Ask your organisation's administrator to add it to the roster.",
          true,
        );
        busy(false);
        return;
      }
      say('Signed in. Opening your dashboard…');
      location.assign(destination(session.practitionerOf));
    } catch (error) {
      busy(false);
      if (error && error.code === 4001) say('The signature was declined in the wallet.', true);
      else say(`Sign-in failed: ${error.message || error}`, true);
    }
  }

  const wallet = window.ethereum;
  if (wallet && typeof wallet.request === 'function') {
    const button = $('#wallet-sign-in');
    button.hidden = false;
    button.addEventListener('click', async () => {
      let address;
      try {
        const accounts = await wallet.request({ method: 'eth_requestAccounts' });
        address = accounts && accounts[0];
      } catch (error) {
        say(error && error.code === 4001 ? 'The wallet connection was declined.' : `The wallet refused: ${error.message || error}`, true);
        return;
      }
      if (!address) {
        say('The wallet shared no account.', true);
        return;
      }
      await signIn(address, (message) =>
        wallet.request({ method: 'personal_sign', params: [utf8Hex(message), address] }),
      );
    });
  } else {
    $('#wallet-missing').hidden = false;
  }

  await loadVocabulary();
  let demo = [];
  try {
    demo = (await get('/dashboard/demo/accounts')).accounts;
  } catch (error) {
    if (error.status !== 404) throw error;
  }
  if (demo.length > 0) {
    $('#demo').hidden = false;
    $('#demo-accounts').replaceChildren(
      ...demo.map((a) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'button',
              dataset: { demoAccount: a.address.toLowerCase(), org: String(a.orgId) },
              onclick: () =>
                signIn(a.address, async (message) => {
                  const answer = await request('POST', '/dashboard/demo/sign', { address: a.address, message });
                  return answer.signature;
                }),
            },
            `Sign in as ${label('roles', a.role)} at ${a.orgName}`,
            h('small', { text: `${label('organizationKinds', a.orgKind)} · ${shortAddress(a.address)}` }),
          ),
        ),
      ),
    );
  }

  try {
    const session = await get('/v1/auth/session');
    if (session.practitionerOf !== null && session.practitionerOf !== undefined) {
      say([
        `You are signed in as ${shortAddress(session.address)}. `,
        h('a', { href: `/orgs/${session.practitionerOf}`, text: 'Open your dashboard' }),
        ', or sign in with another account below.',
      ]);
    }
  } catch (_) {
    // Not signed in: the usual case here.
  }
}

startPage(signInPage);
