// Customer managed policies: list, create, delete; versions (view, create, set default, delete).
import { query, listAll, child, first, policyText } from '../api.js';
import { h, field, input, table, attempt, form, panel, link, when } from '../dom.js';
import { policyEditor } from './editor.js';

const EXAMPLE = `Version: "2012-10-17"
Statement:
  - Effect: Allow
    Action: ["iam:Get*", "iam:List*"]
    Resource: "*"
`;

export async function render(main, [arn]) {
  if (arn) return renderPolicy(main, arn);
  const policies = await listAll('ListPolicies', { Scope: 'Local' }, 'Policies');
  const rows = policies.map((p) => [link('#/policies/' + encodeURIComponent(child(p, 'Arn')), child(p, 'PolicyName')),
    h('span', { class: 'mono' }, child(p, 'Arn')), child(p, 'DefaultVersionId'), child(p, 'AttachmentCount'),
    h('button', { type: 'button', class: 'danger', onclick: async () => {
      if (await attempt(() => query('DeletePolicy', { PolicyArn: child(p, 'Arn') }), 'Policy deleted.') !== undefined) render(main, []);
    } }, 'Delete')]);
  const editor = policyEditor(EXAMPLE);
  main.replaceChildren(h('h1', {}, 'Policies'),
    table(['Policy name', 'ARN', 'Default version', 'Attachments', ''], rows, 'No customer managed policies.'),
    panel('Create policy', form('stack', [field('Policy name', input('PolicyName', { required: true })),
      field('Description', input('Description')), editor.element], 'Create policy', async (v) => {
      const doc = await attempt(() => query('CreatePolicy', { PolicyName: v.PolicyName, Description: v.Description,
        PolicyDocument: editor.value() }), `Policy ${v.PolicyName} created.`);
      if (doc) location.hash = '#/policies/' + encodeURIComponent(first(doc, 'Arn'));
    })));
}

async function renderPolicy(main, arn) {
  const refresh = () => renderPolicy(main, arn);
  const doc = await query('GetPolicy', { PolicyArn: arn });
  const versions = await listAll('ListPolicyVersions', { PolicyArn: arn }, 'Versions');
  const view = h('div', { id: 'policy-version' });
  async function show(id) {
    const v = await attempt(() => query('GetPolicyVersion', { PolicyArn: arn, VersionId: id }));
    if (v) view.replaceChildren(h('h3', {}, 'Version ', id), h('pre', { class: 'event' }, policyText(first(v, 'Document'))));
  }
  const rows = versions.map((v) => {
    const id = child(v, 'VersionId');
    const isDefault = child(v, 'IsDefaultVersion') === 'true';
    return [id + (isDefault ? ' (default)' : ''), when(child(v, 'CreateDate')), h('div', { class: 'row-actions' },
      h('button', { type: 'button', onclick: () => show(id) }, 'View'),
      isDefault ? null : h('button', { type: 'button', onclick: async () => {
        if (await attempt(() => query('SetDefaultPolicyVersion', { PolicyArn: arn, VersionId: id }),
          `Version ${id} is now the default.`) !== undefined) refresh();
      } }, 'Set as default'),
      isDefault ? null : h('button', { type: 'button', class: 'danger', onclick: async () => {
        if (await attempt(() => query('DeletePolicyVersion', { PolicyArn: arn, VersionId: id }), 'Version deleted.')
          !== undefined) refresh();
      } }, 'Delete'))];
  });
  const current = versions.find((v) => child(v, 'IsDefaultVersion') === 'true');
  let text = '';
  if (current) {
    const v = await query('GetPolicyVersion', { PolicyArn: arn, VersionId: child(current, 'VersionId') });
    text = policyText(first(v, 'Document'));
  }
  const editor = policyEditor(text);
  const setDefault = h('input', { type: 'checkbox', name: 'SetAsDefault', value: 'true', checked: true });
  main.replaceChildren(h('h1', {}, 'Policy ', first(doc, 'PolicyName')), h('p', { class: 'mono' }, arn),
    h('p', {}, first(doc, 'Description')),
    panel('Versions', table(['Version', 'Created', ''], rows), view),
    panel('Create version', form('stack', [editor.element, h('label', { class: 'check' }, setDefault, 'Set as default version')],
      'Create version', async (v) => {
        if (await attempt(() => query('CreatePolicyVersion', { PolicyArn: arn, PolicyDocument: editor.value(),
          SetAsDefault: v.SetAsDefault ? 'true' : 'false' }), 'Version created.') !== undefined) refresh();
      })));
  if (current) show(child(current, 'VersionId'));
}
