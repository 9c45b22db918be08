// The policy simulator: SimulatePrincipalPolicy or SimulateCustomPolicy through the API.
import { query, listAll, members, child } from '../api.js';
import { h, field, input, select, table, attempt, panel } from '../dom.js';

function lines(text) {
  return text.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
}

export async function render(main) {
  const [users, roles, groups] = await Promise.all([listAll('ListUsers', {}, 'Users'), listAll('ListRoles', {}, 'Roles'),
    listAll('ListGroups', {}, 'Groups')]);
  const principals = [...users, ...roles, ...groups].map((p) => child(p, 'Arn'));
  const mode = select('mode', [{ value: 'principal', label: 'A principal and its policies' },
    { value: 'custom', label: 'Policies pasted here' }]);
  const principal = select('PolicySourceArn', principals);
  const custom = h('textarea', { name: 'policies', rows: 8, class: 'mono' });
  const actions = h('textarea', { name: 'actions', rows: 3, class: 'mono', required: true });
  const resources = h('textarea', { name: 'resources', rows: 2, class: 'mono', placeholder: '*' });
  const context = h('textarea', { name: 'context', rows: 3, class: 'mono',
    placeholder: 'aws:SourceIp=203.0.113.7 ip\naws:MultiFactorAuthPresent=true boolean' });
  const principalField = field('Principal', principal);
  const customField = field('Identity policies (JSON, separated by a line with ---)', custom);
  customField.hidden = true;
  mode.addEventListener('change', () => {
    principalField.hidden = mode.value !== 'principal';
    customField.hidden = mode.value === 'principal';
  });
  const results = h('div', { id: 'simulation-results', 'aria-live': 'polite' });
  const form = h('form', { class: 'stack', id: 'simulator-form' }, field('Simulate', mode), principalField, customField,
    field('Actions (one per line)', actions), field('Resource ARNs (one per line; empty: *)', resources),
    field('Context keys (key=value[,value] [type], one per line)', context),
    h('button', { type: 'submit', class: 'primary' }, 'Run simulation'));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const p = {};
    lines(actions.value).forEach((a, i) => { p[`ActionNames.member.${i + 1}`] = a; });
    lines(resources.value).forEach((r, i) => { p[`ResourceArns.member.${i + 1}`] = r; });
    context.value.split('\n').map((s) => s.trim()).filter(Boolean).forEach((line, i) => {
      const m = /^([^=\s]+)=(\S*)(?:\s+(\S+))?$/.exec(line);
      if (!m) return;
      const n = `ContextEntries.member.${i + 1}`;
      p[`${n}.ContextKeyName`] = m[1];
      m[2].split(',').forEach((v, j) => { p[`${n}.ContextKeyValues.member.${j + 1}`] = v; });
      p[`${n}.ContextKeyType`] = m[3] || 'string';
    });
    let action = 'SimulatePrincipalPolicy';
    if (mode.value === 'principal') {
      p.PolicySourceArn = principal.value;
    } else {
      action = 'SimulateCustomPolicy';
      custom.value.split(/^---\s*$/m).map((s) => s.trim()).filter(Boolean)
        .forEach((doc, i) => { p[`PolicyInputList.member.${i + 1}`] = doc; });
    }
    const doc = await attempt(() => query(action, p));
    if (!doc) return;
    const rows = members(doc, 'EvaluationResults').map((r) => {
      const decision = child(r, 'EvalDecision');
      const matched = members(r, 'MatchedStatements').map((s) => {
        const line = s.getElementsByTagNameNS('*', 'Line')[0];
        const col = s.getElementsByTagNameNS('*', 'Column')[0];
        return child(s, 'SourcePolicyId') + (line ? ` (line ${line.textContent}, column ${col ? col.textContent : '?'})` : '');
      });
      return [child(r, 'EvalActionName'), h('span', { class: 'mono' }, child(r, 'EvalResourceName')),
        h('span', { class: 'decision-' + decision }, decision), matched.length ? h('ul', {}, matched.map((m) => h('li', {}, m)))
          : h('span', { class: 'muted' }, 'No statement matched')];
    });
    results.replaceChildren(h('h2', {}, 'Results'), table(['Action', 'Resource', 'Decision', 'Matched statements'], rows));
  });
  main.replaceChildren(h('h1', {}, 'Policy simulator'), panel('Simulation', form), results);
}
