// Small helpers to build accessible pages without a framework.
let fieldCount = 0;

/** Creates an element: h('button', {type: 'button', onclick: f}, 'Save'). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else if (k === 'value') el.value = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** A labelled input, select or textarea; returns the label (with .control set to the field). */
export function field(labelText, control) {
  const id = 'f' + (++fieldCount);
  control.id = id;
  const label = h('label', { for: id }, labelText, control);
  label.control_ = control;
  return label;
}

export function input(name, attrs = {}) {
  return h('input', { name, type: 'text', ...attrs });
}

export function select(name, options, attrs = {}) {
  return h('select', { name, ...attrs }, options.map((o) =>
    typeof o === 'string' ? h('option', { value: o }, o) : h('option', { value: o.value }, o.label)));
}

/** A table with a caption-less header row; rows are arrays of cells (strings or nodes). */
export function table(headers, rows, emptyText = 'None.') {
  if (rows.length === 0) return h('p', { class: 'muted' }, emptyText);
  return h('table', {},
    h('thead', {}, h('tr', {}, headers.map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c) => (c instanceof Node && c.tagName === 'TD') ? c : h('td', {}, c))))));
}

/** Shows a message above the page: kind 'error' or 'ok'. */
export function flash(text, kind = 'ok') {
  const m = document.getElementById('message');
  m.className = kind;
  m.textContent = text;
}

export function clearFlash() {
  flash('', '');
}

/** Runs an action, showing an API error (e.g. AccessDenied) in the page; resolves to the result or undefined. */
export async function attempt(fn, okText) {
  try {
    const r = await fn();
    if (okText) flash(okText, 'ok');
    return r;
  } catch (e) {
    flash((e.code ? e.code + ': ' : '') + e.message, 'error');
    return undefined;
  }
}

/** A form that calls onSubmit(values) on submit. */
export function form(cls, fields, submitText, onSubmit) {
  const f = h('form', { class: cls }, fields, h('button', { type: 'submit', class: 'primary' }, submitText));
  f.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const values = Object.fromEntries(new FormData(f).entries());
    await onSubmit(values, f);
  });
  return f;
}

/** An IAM date (ISO-8601) as "2026-11-23 01:02:03 UTC", kept machine-readable in a <time> element. */
export function when(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (isNaN(d)) return iso;
  return h('time', { datetime: iso }, d.toISOString().slice(0, 19).replace('T', ' ') + ' UTC');
}

export function panel(title, ...content) {
  return h('section', { class: 'panel', 'aria-label': title }, h('h2', {}, title), content);
}

export function link(href, text) {
  return h('a', { href }, text);
}
