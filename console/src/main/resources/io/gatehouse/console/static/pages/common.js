// Parts shared by the users, groups and roles pages: tags, attached and inline policies.
import { query, listAll, members, child, first, policyText } from '../api.js';
import { h, field, input, select, table, attempt, form, panel } from '../dom.js';
import { policyEditor } from './editor.js';

/** Managed policies attached to a user, group or role, with attach and detach. kind: 'User' | 'Group' | 'Role'. */
export async function attachedPolicies(kind, name, refresh) {
  const attached = await listAll(`ListAttached${kind}Policies`, { [`${kind}Name`]: name }, 'AttachedPolicies');
  const all = await listAll('ListPolicies', {}, 'Policies');
  const choices = all.map((p) => ({ value: child(p, 'Arn'), label: child(p, 'PolicyName') + ' — ' + child(p, 'Arn') }));
  const rows = attached.map((p) => [child(p, 'PolicyName'), h('span', { class: 'mono' }, child(p, 'PolicyArn')),
    h('button', { type: 'button', class: 'danger', onclick: async () => {
      if (await attempt(() => query(`Detach${kind}Policy`, { [`${kind}Name`]: name, PolicyArn: child(p, 'PolicyArn') }),
        'Policy detached.') !== undefined) refresh();
    } }, 'Detach')]);
  const arn = input('PolicyArn', { list: 'policy-arns', required: true, size: 60 });
  return panel('Permissions policies (managed)', table(['Policy', 'ARN', ''], rows),
    form('inline', [field('Policy ARN', arn),
      h('datalist', { id: 'policy-arns' }, choices.map((c) => h('option', { value: c.value }, c.label)))],
    'Attach policy', async (v) => {
      if (await attempt(() => query(`Attach${kind}Policy`, { [`${kind}Name`]: name, PolicyArn: v.PolicyArn }),
        'Policy attached.') !== undefined) refresh();
    }));
}

/** Inline policies of a user, group or role, with view, put and delete. */
export async function inlinePolicies(kind, name, refresh) {
  const names = (await listAll(`List${kind}Policies`, { [`${kind}Name`]: name }, 'PolicyNames')).map((m) => m.textContent);
  const view = h('div');
  const rows = names.map((n) => [n, h('div', { class: 'row-actions' },
    h('button', { type: 'button', onclick: async () => {
      const doc = await attempt(() => query(`Get${kind}Policy`, { [`${kind}Name`]: name, PolicyName: n }));
      if (doc) view.replaceChildren(h('h3', {}, n), h('pre', { class: 'event' }, policyText(first(doc, 'PolicyDocument'))));
    } }, 'View'),
    h('button', { type: 'button', class: 'danger', onclick: async () => {
      if (await attempt(() => query(`Delete${kind}Policy`, { [`${kind}Name`]: name, PolicyName: n }),
        'Inline policy deleted.') !== undefined) refresh();
    } }, 'Delete'))]);
  const editor = policyEditor('');
  const policyName = input('PolicyName', { required: true });
  return panel('Inline policies', table(['Name', ''], rows), view,
    form('stack', [field('Policy name', policyName), editor.element], 'Save inline policy', async (v) => {
      if (await attempt(() => query(`Put${kind}Policy`, { [`${kind}Name`]: name, PolicyName: v.PolicyName,
        PolicyDocument: editor.value() }), 'Inline policy saved.') !== undefined) refresh();
    }));
}

/** Tags of a user or role, with add and remove. */
export async function tags(kind, name, refresh) {
  const doc = await query(`List${kind}Tags`, { [`${kind}Name`]: name });
  const rows = members(doc, 'Tags').map((t) => [child(t, 'Key'), child(t, 'Value'),
    h('button', { type: 'button', class: 'danger', onclick: async () => {
      if (await attempt(() => query(`Untag${kind}`, { [`${kind}Name`]: name, 'TagKeys.member.1': child(t, 'Key') }),
        'Tag removed.') !== undefined) refresh();
    } }, 'Remove')]);
  return panel('Tags', table(['Key', 'Value', ''], rows),
    form('inline', [field('Key', input('Key', { required: true })), field('Value', input('Value'))], 'Add tag',
      async (v) => {
        if (await attempt(() => query(`Tag${kind}`, { [`${kind}Name`]: name, 'Tags.member.1.Key': v.Key,
          'Tags.member.1.Value': v.Value || '' }), 'Tag added.') !== undefined) refresh();
      }));
}

/** The permissions boundary of a user or role, with set and remove. */
export function boundary(kind, name, currentArn, refresh) {
  const arn = input('PermissionsBoundary', { size: 60, list: 'policy-arns', required: true });
  return panel('Permissions boundary',
    h('p', {}, currentArn ? h('span', { class: 'mono' }, currentArn) : h('span', { class: 'muted' }, 'Not set.')),
    currentArn ? h('button', { type: 'button', class: 'danger', onclick: async () => {
      if (await attempt(() => query(`Delete${kind}PermissionsBoundary`, { [`${kind}Name`]: name }),
        'Boundary removed.') !== undefined) refresh();
    } }, 'Remove boundary') : null,
    form('inline', [field('Boundary policy ARN', arn)], 'Set boundary', async (v) => {
      if (await attempt(() => query(`Put${kind}PermissionsBoundary`, { [`${kind}Name`]: name,
        PermissionsBoundary: v.PermissionsBoundary }), 'Boundary set.') !== undefined) refresh();
    }));
}

export { select };
