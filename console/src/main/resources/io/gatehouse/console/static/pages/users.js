// Users: list, create, delete; one user's tags, groups, policies, boundary, access keys, password and MFA.
import { query, listAll, members, child, first, consoleCall } from '../api.js';
import { h, field, input, select, table, attempt, form, panel, link, flash, when } from '../dom.js';
import { attachedPolicies, inlinePolicies, tags, boundary } from './common.js';

export async function render(main, [name]) {
  if (name) return renderUser(main, name);
  const users = await listAll('ListUsers', {}, 'Users');
  const rows = users.map((u) => [link('#/users/' + encodeURIComponent(child(u, 'UserName')), child(u, 'UserName')),
    h('span', { class: 'mono' }, child(u, 'Arn')), when(child(u, 'CreateDate')),
    h('button', { type: 'button', class: 'danger', 'aria-label': 'Delete user ' + child(u, 'UserName'), onclick: async () => {
      if (await attempt(() => query('DeleteUser', { UserName: child(u, 'UserName') }), 'User deleted.') !== undefined) render(main, []);
    } }, 'Delete')]);
  main.replaceChildren(h('h1', {}, 'Users'),
    panel('Create user', form('inline', [field('User name', input('UserName', { required: true })),
      field('Path', input('Path', { placeholder: '/' }))], 'Create user', async (v) => {
      if (await attempt(() => query('CreateUser', v), `User ${v.UserName} created.`) !== undefined) {
        location.hash = '#/users/' + encodeURIComponent(v.UserName);
      }
    })),
    table(['User name', 'ARN', 'Created', ''], rows, 'No users.'));
}

async function renderUser(main, name) {
  const refresh = () => renderUser(main, name);
  const doc = await query('GetUser', { UserName: name });
  main.replaceChildren(h('h1', {}, 'User ', name), h('p', { class: 'mono' }, first(doc, 'Arn')));
  const parts = await Promise.all([
    accessKeys(name, refresh),
    password(name, refresh),
    mfa(name, refresh),
    groupsPanel(name, refresh),
    attachedPolicies('User', name, refresh),
    inlinePolicies('User', name, refresh),
    boundary('User', name, first(doc, 'PermissionsBoundaryArn'), refresh),
    tags('User', name, refresh),
  ]);
  main.append(...parts);
}

async function groupsPanel(name, refresh) {
  const mine = await listAll('ListGroupsForUser', { UserName: name }, 'Groups');
  const all = await listAll('ListGroups', {}, 'Groups');
  const rows = mine.map((g) => [child(g, 'GroupName'), h('button', { type: 'button', class: 'danger', onclick: async () => {
    if (await attempt(() => query('RemoveUserFromGroup', { UserName: name, GroupName: child(g, 'GroupName') }),
      'Removed from group.') !== undefined) refresh();
  } }, 'Remove')]);
  return panel('Groups', table(['Group', ''], rows),
    all.length ? form('inline', [field('Group', select('GroupName', all.map((g) => child(g, 'GroupName'))))], 'Add to group',
      async (v) => {
        if (await attempt(() => query('AddUserToGroup', { UserName: name, GroupName: v.GroupName }), 'Added to group.')
          !== undefined) refresh();
      }) : h('p', { class: 'muted' }, 'No groups to join.'));
}

async function accessKeys(name, refresh) {
  const keys = await listAll('ListAccessKeys', { UserName: name }, 'AccessKeyMetadata');
  const rows = keys.map((k) => {
    const id = child(k, 'AccessKeyId');
    const active = child(k, 'Status') === 'Active';
    return [h('span', { class: 'mono' }, id), child(k, 'Status'), when(child(k, 'CreateDate')), h('div', { class: 'row-actions' },
      h('button', { type: 'button', onclick: async () => {
        if (await attempt(() => query('UpdateAccessKey', { UserName: name, AccessKeyId: id,
          Status: active ? 'Inactive' : 'Active' }), 'Access key updated.') !== undefined) refresh();
      } }, active ? 'Deactivate' : 'Activate'),
      h('button', { type: 'button', class: 'danger', onclick: async () => {
        if (await attempt(() => query('DeleteAccessKey', { UserName: name, AccessKeyId: id }), 'Access key deleted.')
          !== undefined) refresh();
      } }, 'Delete'))];
  });
  const secretBox = h('div');
  const create = h('button', { type: 'button', class: 'primary', id: 'create-access-key', onclick: async () => {
    const doc = await attempt(() => query('CreateAccessKey', { UserName: name }));
    if (!doc) return;
    // The secret is shown this once and never kept by the page.
    const list = await accessKeys(name, refresh);
    secretBox.replaceChildren(h('div', { class: 'secret', id: 'new-access-key' },
      h('p', {}, h('strong', {}, 'New access key. '), 'Copy the secret now: it will not be shown again.'),
      h('p', {}, 'Access key ID: ', h('span', { class: 'mono', id: 'new-access-key-id' }, first(doc, 'AccessKeyId'))),
      h('p', {}, 'Secret access key: ', h('span', { class: 'mono', id: 'new-secret-key' }, first(doc, 'SecretAccessKey')))));
    panelEl.replaceWith(list);
    list.append(secretBox);
    secretBox.scrollIntoView({ block: 'center' });
    flash('Access key created.', 'ok');
  } }, 'Create access key');
  const panelEl = panel('Access keys', table(['Access key ID', 'Status', 'Created', ''], rows), create);
  return panelEl;
}

async function password(name, refresh) {
  let has = true;
  try { await query('GetLoginProfile', { UserName: name }); } catch (e) { if (e.code === 'NoSuchEntity') has = false; else throw e; }
  const pw = input('Password', { type: 'password', autocomplete: 'new-password', required: true });
  const reset = h('input', { type: 'checkbox', name: 'PasswordResetRequired', value: 'true' });
  return panel('Console password', h('p', {}, has ? 'The user has a console password.' : 'No console password.'),
    form('inline', [field('New password', pw), h('label', { class: 'check' }, reset, 'Require reset at next sign-in')],
      has ? 'Change password' : 'Set password', async (v) => {
        if (await attempt(() => query(has ? 'UpdateLoginProfile' : 'CreateLoginProfile', { UserName: name,
          Password: v.Password, PasswordResetRequired: v.PasswordResetRequired || 'false' }), 'Password saved.') !== undefined) refresh();
      }),
    has ? h('button', { type: 'button', class: 'danger', onclick: async () => {
      if (await attempt(() => query('DeleteLoginProfile', { UserName: name }), 'Password removed.') !== undefined) refresh();
    } }, 'Remove password') : null);
}

async function mfa(name, refresh) {
  const devices = await listAll('ListMFADevices', { UserName: name }, 'MFADevices');
  const rows = devices.map((d) => [h('span', { class: 'mono' }, child(d, 'SerialNumber')), when(child(d, 'EnableDate')),
    h('button', { type: 'button', class: 'danger', onclick: async () => {
      const serial = child(d, 'SerialNumber');
      if (await attempt(async () => {
        await query('DeactivateMFADevice', { UserName: name, SerialNumber: serial });
        return query('DeleteVirtualMFADevice', { SerialNumber: serial });
      }, 'MFA device removed.') !== undefined) refresh();
    } }, 'Remove')]);
  const enrol = h('div');
  const start = h('button', { type: 'button', onclick: () => {
    start.disabled = true;
    enrolDevice(name, enrol, refresh).finally(() => { start.hidden = !!enrol.firstChild; start.disabled = false; });
  } }, 'Assign virtual MFA device');
  return panel('MFA devices', table(['Serial number', 'Enabled', ''], rows), devices.length ? null : start, enrol);
}

async function enrolDevice(name, box, refresh) {
  const doc = await attempt(() => query('CreateVirtualMFADevice', { VirtualMFADeviceName: name }));
  if (!doc) return;
  const serial = first(doc, 'SerialNumber');
  const seed = atob(first(doc, 'Base32StringSeed'));
  const account = serial.split(':')[4];
  const label = encodeURIComponent('Gatehouse ' + account) + ':' + encodeURIComponent(name);
  const uri = `otpauth://totp/${label}?secret=${seed}&issuer=${encodeURIComponent('Gatehouse ' + account)}&algorithm=SHA1&digits=6&period=30`;
  const res = await consoleCall('qr', { method: 'POST', body: uri, type: 'text/plain;charset=UTF-8' });
  const img = res.ok ? h('img', { class: 'qr', alt: 'QR code of the MFA device secret', src: URL.createObjectURL(await res.blob()) })
    : h('p', {}, 'The QR code could not be drawn.');
  box.replaceChildren(h('div', { class: 'secret' },
    h('p', {}, 'Scan the QR code with an authenticator app, or enter the secret key: ',
      h('span', { class: 'mono', id: 'mfa-seed' }, seed)), img,
    form('inline', [field('MFA code 1', input('AuthenticationCode1', { inputmode: 'numeric', required: true })),
      field('MFA code 2', input('AuthenticationCode2', { inputmode: 'numeric', required: true }))], 'Enable MFA device',
    async (v) => {
      if (await attempt(() => query('EnableMFADevice', { UserName: name, SerialNumber: serial, ...v }),
        'MFA device enabled.') !== undefined) refresh();
    })));
  box.scrollIntoView({ block: 'center' });
}

export { members };
