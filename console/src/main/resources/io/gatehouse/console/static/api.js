// The console's calls: Query requests to the IAM/STS API as the signed-in user, and the console's own endpoints.
export const IAM_VERSION = '2010-05-08';
let csrfToken = null;

export function setCsrfToken(token) {
  csrfToken = token;
}

/** An IAM error from the API's XML answer. */
export class ApiError extends Error {
  constructor(code, message, status) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

/** Runs an IAM action as the signed-in user; resolves to the XML document, rejects with an ApiError. */
export async function query(action, params = {}, version = IAM_VERSION) {
  const body = new URLSearchParams({ Action: action, Version: version });
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') body.append(k, String(v));
  }
  const res = await fetch('api', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-CSRF-Token': csrfToken || '' },
    body,
    credentials: 'same-origin',
  });
  const text = await res.text();
  if (res.status === 401) {
    window.dispatchEvent(new Event('gatehouse:signed-out'));
  }
  let doc = null;
  if ((res.headers.get('Content-Type') || '').includes('xml')) {
    doc = new DOMParser().parseFromString(text, 'application/xml');
  }
  if (!res.ok) {
    if (doc && first(doc, 'Code')) {
      throw new ApiError(first(doc, 'Code'), first(doc, 'Message') || '', res.status);
    }
    let j = {};
    try { j = JSON.parse(text); } catch (e) { /* not JSON */ }
    throw new ApiError(j.code || 'Error', j.message || ('HTTP ' + res.status), res.status);
  }
  return doc;
}

/** Text of the first element with that local name under node, or ''. */
export function first(node, name) {
  const e = node.getElementsByTagNameNS('*', name)[0];
  return e ? e.textContent : '';
}

/** The direct <member> children of the first element named listName under node. */
export function members(node, listName) {
  const list = node.getElementsByTagNameNS('*', listName)[0];
  return list ? Array.from(list.children).filter((c) => c.localName === 'member') : [];
}

/** Text of a direct child element of node. */
export function child(node, name) {
  const e = Array.from(node.children).find((c) => c.localName === name);
  return e ? e.textContent : '';
}

/** Reads every page of a list action (Marker/IsTruncated), returning the members. */
export async function listAll(action, params, listName) {
  let out = [];
  let marker;
  for (let i = 0; i < 50; i++) {
    const doc = await query(action, { ...params, Marker: marker });
    out = out.concat(members(doc, listName));
    if (first(doc, 'IsTruncated') !== 'true') break;
    marker = first(doc, 'Marker');
  }
  return out;
}

/** A call to one of the console's own endpoints with the CSRF header; JSON in and out. */
export async function consoleCall(path, { method = 'GET', body, type } = {}) {
  const headers = { 'X-CSRF-Token': csrfToken || '' };
  if (type) headers['Content-Type'] = type;
  const res = await fetch(path, { method, headers, body, credentials: 'same-origin' });
  if (res.status === 401 && path !== 'session') {
    window.dispatchEvent(new Event('gatehouse:signed-out'));
  }
  return res;
}

/** A policy document as IAM returns it (URL-encoded JSON), decoded and indented. */
export function policyText(encoded) {
  let text = encoded;
  try { text = decodeURIComponent(encoded); } catch (e) { /* already plain */ }
  try { return JSON.stringify(JSON.parse(text), null, 2); } catch (e) { return text; }
}
