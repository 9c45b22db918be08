// The console's shell: sign-in, navigation between pages (location hash), sign-out.
import { setCsrfToken, consoleCall } from './api.js';
import { h, field, input, flash, clearFlash } from './dom.js';
import * as users from './pages/users.js';
import * as groups from './pages/groups.js';
import * as roles from './pages/roles.js';
import * as policies from './pages/policies.js';
import * as simulator from './pages/simulator.js';
import * as audit from './pages/audit.js';

const pages = {
  users, groups, roles, policies, simulator, audit,
  'last-accessed': { render: audit.renderLastAccessed },
};
const main = document.getElementById('main');
let session = null;

async function start() {
  const res = await consoleCall('session');
  const info = await res.json();
  if (res.ok) {
    signedIn(info);
  } else {
    showSignIn(info.accountId || '');
  }
}

function signedIn(info) {
  session = info;
  setCsrfToken(info.csrfToken);
  document.getElementById('nav').hidden = false;
  document.getElementById('signout').hidden = false;
  document.getElementById('who').textContent = info.userName + ' @ ' + info.accountId + (info.mfa ? ' (MFA)' : '');
  route();
}

function showSignIn(accountId, note) {
  session = null;
  setCsrfToken(null);
  document.getElementById('nav').hidden = true;
  document.getElementById('signout').hidden = true;
  document.getElementById('who').textContent = '';
  const account = input('account', { value: accountId, autocomplete: 'organization' });
  const user = input('user', { autocomplete: 'username', required: true });
  const password = input('password', { type: 'password', autocomplete: 'current-password', required: true });
  const code = input('mfaCode', { inputmode: 'numeric', autocomplete: 'one-time-code', pattern: '[0-9]{6}' });
  const codeField = field('MFA code', code);
  codeField.hidden = true;
  const form = h('form', { class: 'stack', id: 'signin-form' },
    field('Account ID or alias', account), field('User name', user), field('Password', password), codeField,
    h('button', { type: 'submit', class: 'primary' }, 'Sign in'));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const res = await fetch('signin', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Gatehouse-Console': '1' },
      body: new URLSearchParams(new FormData(form)),
      credentials: 'same-origin',
    });
    const info = await res.json();
    if (res.ok) {
      clearFlash();
      password.value = '';
      signedIn(info);
      if (!location.hash || location.hash === '#/') location.hash = '#/users';
      return;
    }
    if (info.mfaRequired) {
      codeField.hidden = false;
      code.required = true;
      code.focus();
      flash(info.message, 'ok');
      return;
    }
    flash(info.message || 'Sign-in failed', 'error');
  });
  main.replaceChildren(h('div', { class: 'signin' }, h('h1', {}, 'Sign in'), note ? h('p', {}, note) : null, form));
  (account.value ? user : account).focus();
}

async function route() {
  if (!session) return;
  const hash = location.hash.replace(/^#\/?/, '') || 'users';
  const [name, ...rest] = hash.split('/');
  const page = pages[name] || users;
  for (const a of document.querySelectorAll('#nav a')) {
    if (a.getAttribute('href') === '#/' + name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  clearFlash();
  main.replaceChildren(h('p', {}, 'Loading…'));
  try {
    await page.render(main, rest.map(decodeURIComponent));
  } catch (e) {
    main.replaceChildren(h('h1', {}, 'Error'), h('p', {}, (e.code ? e.code + ': ' : '') + e.message));
  }
  main.focus({ preventScroll: true });
}

document.getElementById('signout').addEventListener('click', async () => {
  await consoleCall('signout', { method: 'POST' });
  showSignIn(session ? session.accountId : '', 'You have signed out.');
});
window.addEventListener('hashchange', route);
window.addEventListener('gatehouse:signed-out', () => {
  if (session) showSignIn(session.accountId, 'Your session has ended; sign in again.');
});
start();
