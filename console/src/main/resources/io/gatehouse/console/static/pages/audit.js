// The audit trail (filter, open one event) and "last accessed" per principal, read by the console's audit endpoints.
import { consoleCall } from '../api.js';
import { h, field, input, select, table, panel, flash, when } from '../dom.js';

async function getJson(path) {
  const res = await consoleCall(path);
  const body = await res.json();
  if (!res.ok) {
    const e = new Error(body.message || 'HTTP ' + res.status);
    e.code = body.code;
    throw e;
  }
  return body;
}

function iso(localValue) {
  return localValue ? new Date(localValue).toISOString() : '';
}

export async function render(main) {
  const results = h('div', { id: 'audit-results' });
  const detail = h('div', { id: 'audit-event' });
  const form = h('form', { class: 'inline', id: 'audit-form' },
    field('Principal ARN', input('principal', { size: 40 })),
    field('Action (wildcards * ?)', input('action', { placeholder: 'iam:Create*' })),
    field('Decision', select('decision', [{ value: '', label: 'Any' }, 'Allow', 'Deny', 'ExplicitDeny', 'ImplicitDeny'])),
    field('Since', input('since', { type: 'datetime-local' })),
    field('Until', input('until', { type: 'datetime-local' })),
    h('button', { type: 'submit', class: 'primary' }, 'Search'));
  async function search() {
    const v = Object.fromEntries(new FormData(form).entries());
    const q = new URLSearchParams({ principal: v.principal, action: v.action, decision: v.decision,
      since: iso(v.since), until: iso(v.until) });
    let r;
    try {
      r = await getJson('audit/events?' + q);
    } catch (e) {
      flash((e.code ? e.code + ': ' : '') + e.message, 'error');
      results.replaceChildren();
      return;
    }
    const rows = r.events.map((e) => [when(e.time), e.outcome, h('span', { class: 'mono' }, e.principal), e.action,
      h('span', { class: 'mono' }, e.resource), h('button', { type: 'button', 'aria-label': 'Open event ' + e.id,
        onclick: () => open(e.id) }, 'Open')]);
    results.replaceChildren(h('p', { class: 'muted', id: 'audit-count' },
      `${r.matching} matching of ${r.read} events` + (r.malformed ? `, ${r.malformed} malformed lines skipped` : '')),
    table(['Time', 'Outcome', 'Principal', 'Action', 'Resource', ''], rows, 'No events match.'));
  }
  async function open(id) {
    try {
      const e = await getJson('audit/event?id=' + encodeURIComponent(id));
      detail.replaceChildren(h('h2', {}, 'Event ', id), h('pre', { class: 'event', tabindex: '0' }, JSON.stringify(e, null, 2)));
      detail.scrollIntoView();
    } catch (e) {
      flash((e.code ? e.code + ': ' : '') + e.message, 'error');
    }
  }
  form.addEventListener('submit', (ev) => { ev.preventDefault(); search(); });
  main.replaceChildren(h('h1', {}, 'Audit trail'), panel('Filter', form), results, detail);
  await search();
}

export async function renderLastAccessed(main) {
  const results = h('div', { id: 'last-accessed-results' });
  const form = h('form', { class: 'inline' }, field('Principal ARN (empty: all)', input('principal', { size: 50 })),
    h('button', { type: 'submit', class: 'primary' }, 'Show'));
  async function show() {
    const v = Object.fromEntries(new FormData(form).entries());
    try {
      const r = await getJson('audit/last-accessed?' + new URLSearchParams({ principal: v.principal }));
      results.replaceChildren(table(['Principal', 'Action', 'Last allowed'], r.entries.map((e) =>
        [h('span', { class: 'mono' }, e.principal), e.action, when(e.time)]), 'No allowed actions recorded.'));
    } catch (e) {
      flash((e.code ? e.code + ': ' : '') + e.message, 'error');
    }
  }
  form.addEventListener('submit', (ev) => { ev.preventDefault(); show(); });
  main.replaceChildren(h('h1', {}, 'Last accessed'), panel('Principal', form), results);
  await show();
}
