// Groups: list, create, delete; one group's members and policies.
import { query, listAll, members, child, first } from '../api.js';
import { h, field, input, table, attempt, form, panel, link } from '../dom.js';
import { attachedPolicies, inlinePolicies } from './common.js';

export async function render(main, [name]) {
  if (name) return renderGroup(main, name);
  const groups = await listAll('ListGroups', {}, 'Groups');
  const rows = groups.map((g) => [link('#/groups/' + encodeURIComponent(child(g, 'GroupName')), child(g, 'GroupName')),
    h('span', { class: 'mono' }, child(g, 'Arn')),
    h('button', { type: 'button', class: 'danger', onclick: async () => {
      if (await attempt(() => query('DeleteGroup', { GroupName: child(g, 'GroupName') }), 'Group deleted.') !== undefined) render(main, []);
    } }, 'Delete')]);
  main.replaceChildren(h('h1', {}, 'Groups'),
    panel('Create group', form('inline', [field('Group name', input('GroupName', { required: true }))], 'Create group',
      async (v) => {
        if (await attempt(() => query('CreateGroup', v), `Group ${v.GroupName} created.`) !== undefined) render(main, []);
      })),
    table(['Group name', 'ARN', ''], rows, 'No groups.'));
}

async function renderGroup(main, name) {
  const refresh = () => renderGroup(main, name);
  const doc = await query('GetGroup', { GroupName: name });
  const users = members(doc, 'Users');
  main.replaceChildren(h('h1', {}, 'Group ', name), h('p', { class: 'mono' }, first(doc, 'Arn')),
    panel('Members', table(['User', ''], users.map((u) => [link('#/users/' + encodeURIComponent(child(u, 'UserName')),
      child(u, 'UserName')), h('button', { type: 'button', class: 'danger', onclick: async () => {
      if (await attempt(() => query('RemoveUserFromGroup', { GroupName: name, UserName: child(u, 'UserName') }),
        'Member removed.') !== undefined) refresh();
    } }, 'Remove')]), 'No members.'),
    form('inline', [field('User name', input('UserName', { required: true }))], 'Add member', async (v) => {
      if (await attempt(() => query('AddUserToGroup', { GroupName: name, UserName: v.UserName }), 'Member added.') !== undefined) refresh();
    })));
  main.append(await attachedPolicies('Group', name, refresh), await inlinePolicies('Group', name, refresh));
}
