// The policy editor: JSON or YAML, checked by the server's policy parser as you type.
import { consoleCall } from '../api.js';
import { h, field } from '../dom.js';

const DELAY_MS = 300;

/** A labelled editor; returns { element, value(), textarea }. */
export function policyEditor(initial, label = 'Policy document (JSON or YAML)') {
  const gutter = h('pre', { class: 'gutter', 'aria-hidden': 'true' });
  const area = h('textarea', { name: 'PolicyDocument', spellcheck: 'false', rows: 14, required: true,
    'aria-describedby': '' });
  area.value = initial || '';
  const status = h('div', { class: 'policy-status', role: 'status', 'aria-live': 'polite' });
  const statusId = 'st' + Math.random().toString(36).slice(2);
  status.id = statusId;
  area.setAttribute('aria-describedby', statusId);
  let timer = null;
  let badLines = new Set();

  function drawGutter() {
    const n = area.value.split('\n').length;
    const lines = [];
    for (let i = 1; i <= n; i++) {
      lines.push(badLines.has(i) ? h('span', { class: 'bad', 'data-line': i }, String(i)) : String(i));
      lines.push('\n');
    }
    gutter.replaceChildren(...lines);
    gutter.scrollTop = area.scrollTop;
  }

  async function check() {
    const text = area.value;
    if (!text.trim()) {
      badLines = new Set();
      status.replaceChildren();
      drawGutter();
      return;
    }
    const res = await consoleCall('validate', { method: 'POST', body: text, type: 'text/plain;charset=UTF-8' });
    if (!res.ok || text !== area.value) return;
    const r = await res.json();
    badLines = new Set(r.problems.map((p) => p.line));
    if (r.valid) {
      status.replaceChildren(h('p', { class: 'valid' }, `Valid ${r.format} policy.`));
    } else {
      status.replaceChildren(h('ul', { class: 'problems' }, r.problems.map((p) =>
        h('li', { 'data-line': p.line }, `Line ${p.line}, column ${p.column}: ${p.message}` + (p.path ? ` (${p.path})` : '')))));
    }
    drawGutter();
  }

  area.addEventListener('input', () => {
    drawGutter();
    clearTimeout(timer);
    timer = setTimeout(check, DELAY_MS);
  });
  area.addEventListener('scroll', () => { gutter.scrollTop = area.scrollTop; });
  area.addEventListener('keydown', (ev) => {
    // Tab indents inside the editor; Escape then Tab leaves it, so the keyboard is never trapped.
    if (ev.key === 'Tab' && !ev.shiftKey && area.dataset.escaped !== '1') {
      ev.preventDefault();
      area.setRangeText('  ', area.selectionStart, area.selectionEnd, 'end');
      area.dispatchEvent(new Event('input'));
    }
    area.dataset.escaped = ev.key === 'Escape' ? '1' : '';
  });
  drawGutter();
  if (area.value.trim()) setTimeout(check, 0);
  const box = h('div', { class: 'editor' }, gutter, area);
  const element = h('div', {}, field(label, box), h('p', { class: 'muted' }, 'Tab indents; press Escape, then Tab, to leave the editor.'), status);
  // The label wraps the grid; point it at the textarea itself.
  element.querySelector('label').setAttribute('for', area.id = 'ed' + Math.random().toString(36).slice(2));
  return { element, textarea: area, value: () => area.value };
}
