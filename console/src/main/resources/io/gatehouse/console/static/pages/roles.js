// Roles: list, create, delete; one role's trust policy, session duration, policies, boundary, tags and session revocation.
import { query, listAll, child, first, policyText } from '../api.js';
import { h, field, input, table, attempt, form, panel, link } from '../dom.js';
import { attachedPolicies, inlinePolicies, tags, boundary } from './common.js';
import { policyEditor } from './editor.js';

export async function render(main, [name]) {
  if (name) return renderRole(main, name);
  const roles = await listAll('ListRoles', {}, 'Roles');
  const rows = roles.map((r) => [link('#/roles/' + encodeURIComponent(child(r, 'RoleName')), child(r, 'RoleName')),
    h('span', { class: 'mono' }, child(r, 'Arn')), child(r, 'MaxSessionDuration'),
    h('button', { type: 'button', class: 'danger', onclick: async () => {
      if (await attempt(() => query('DeleteRole', { RoleName: child(r, 'RoleName') }), 'Role deleted.') !== undefined) render(main, []);
    } }, 'Delete')]);
  const account = (roles[0] && child(roles[0], 'Arn').split(':')[4]) || 'ACCOUNT-ID';
  const trust = policyEditor(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'sts:AssumeRole' }] }, null, 2), 'Trust policy (JSON or YAML)');
  main.replaceChildren(h('h1', {}, 'Roles'),
    panel('Create role', form('stack', [field('Role name', input('RoleName', { required: true })),
      field('Maximum session duration (seconds)', input('MaxSessionDuration', { type: 'number', min: 3600, max: 43200, value: 3600 })),
      trust.element], 'Create role', async (v) => {
      if (await attempt(() => query('CreateRole', { RoleName: v.RoleName, MaxSessionDuration: v.MaxSessionDuration,
        AssumeRolePolicyDocument: trust.value() }), `Role ${v.RoleName} created.`) !== undefined) render(main, []);
    })),
    table(['Role name', 'ARN', 'Max session (s)', ''], rows, 'No roles.'));
}

async function renderRole(main, name) {
  const refresh = () => renderRole(main, name);
  const doc = await query('GetRole', { RoleName: name });
  const trust = policyEditor(policyText(first(doc, 'AssumeRolePolicyDocument')), 'Trust policy (JSON or YAML)');
  main.replaceChildren(h('h1', {}, 'Role ', name), h('p', { class: 'mono' }, first(doc, 'Arn')),
    panel('Trust policy', form('stack', [trust.element], 'Update trust policy', async () => {
      if (await attempt(() => query('UpdateAssumeRolePolicy', { RoleName: name, PolicyDocument: trust.value() }),
        'Trust policy updated.') !== undefined) refresh();
    })),
    panel('Maximum session duration', form('inline', [field('Seconds (3600–43200)', input('MaxSessionDuration',
      { type: 'number', min: 3600, max: 43200, value: first(doc, 'MaxSessionDuration') }))], 'Save', async (v) => {
      if (await attempt(() => query('UpdateRole', { RoleName: name, MaxSessionDuration: v.MaxSessionDuration }),
        'Role updated.') !== undefined) refresh();
    })),
    panel('Revoke active sessions', h('p', {}, 'Denies every action to sessions of this role issued before now ',
      '(the AWSRevokeOlderSessions inline policy, as in AWS).'),
    h('button', { type: 'button', class: 'danger', onclick: async () => {
      const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: ['*'], Resource: ['*'],
        Condition: { DateLessThan: { 'aws:TokenIssueTime': new Date().toISOString().replace(/\.\d+Z$/, 'Z') } } }] };
      if (await attempt(() => query('PutRolePolicy', { RoleName: name, PolicyName: 'AWSRevokeOlderSessions',
        PolicyDocument: JSON.stringify(policy) }), 'Active sessions revoked.') !== undefined) refresh();
    } }, 'Revoke active sessions')));
  main.append(...await Promise.all([attachedPolicies('Role', name, refresh), inlinePolicies('Role', name, refresh),
    boundary('Role', name, first(doc, 'PermissionsBoundaryArn'), refresh), tags('Role', name, refresh)]));
}
