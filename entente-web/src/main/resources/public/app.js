// The dashboard's shell: a hash router (#/view?param=value, so every view's state is a shareable URL), the API
// helper and small DOM helpers shared by the views. Plain ES modules; no build step.
import obligations from './views/obligations.js';
import partners from './views/partners.js';
import dyad from './views/dyad.js';
import calendar from './views/calendar.js';
import network from './views/network.js';
import structure from './views/structure.js';
import scenario from './views/scenario.js';

const VIEWS = { obligations, network, partners, dyad, structure, scenario, calendar };
const ORDER = ['obligations', 'network', 'partners', 'dyad', 'structure', 'scenario', 'calendar'];

export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

/** GET /api/v1/PATH with params (an array value repeats the parameter); resolves to {ok, status, body}. */
export async function api(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    for (const x of Array.isArray(v) ? v : [v]) if (x !== '' && x !== null && x !== undefined) q.append(k, x);
  }
  const r = await fetch('/api/v1/' + path + (q.toString() ? '?' + q : ''));
  let body = null;
  try { body = await r.json(); } catch (e) { body = { error: 'the server did not answer in JSON' }; }
  return { ok: r.ok, status: r.status, body };
}

export function status(kind, ...content) {
  return el('div', { class: 'status ' + kind, 'data-state': kind }, ...content);
}

/** An error answer as a status box; a 409 lists the import commands to run. */
export function errorBox(answer) {
  const b = answer.body || {};
  if (answer.status === 409 && b.commands) {
    return status('empty', 'This view needs data that is not imported yet. Run ',
      ...b.commands.flatMap((c, i) => [i ? (b.one_of ? ' or ' : ' and ') : '', el('code', {}, c)]),
      ' and restart the server.');
  }
  return status('error', b.error || ('error ' + answer.status));
}

export function table(columns, rows) {
  return el('div', { class: 'table-wrap' }, el('table', {},
    el('thead', {}, el('tr', {}, columns.map(c => el('th', {}, c.label)))),
    el('tbody', {}, rows.map(r => el('tr', {}, columns.map(c => {
      const v = c.value(r);
      return el('td', { class: c.num ? 'num' : null, title: c.title ? c.title(r) : null },
        v === null || v === undefined ? '–' : v);
    }))))));
}

/**
 * A form whose fields mirror the view's URL parameters; submitting it updates the hash. Options: {route} the view
 * to show (default: view, which also names the form), {merge} keep the view's other parameters in the URL.
 */
export function controls(view, params, fields, opts = {}) {
  const form = el('form', { class: 'controls', id: view + '-form' });
  for (const f of fields) {
    let input;
    if (f.type === 'select') {
      // an option is a value or [value, label]
      input = el('select', { name: f.name }, f.options.map(o => {
        const [v, label] = Array.isArray(o) ? o : [o, o];
        return el('option', { value: v, selected: (params[f.name] ?? '') === v }, label);
      }));
    } else if (f.type === 'checkbox') {
      input = el('input', { type: 'checkbox', name: f.name, checked: params[f.name] === 'true' });
      form.append(el('label', { class: 'check' }, input, f.label));
      continue;
    } else {
      input = el('input', { type: f.type || 'text', name: f.name, value: params[f.name] ?? '', list: f.list || null,
        placeholder: f.placeholder || null, size: f.size || null, min: f.min || null, max: f.max || null });
    }
    form.append(el('label', {}, f.label, input));
  }
  form.append(el('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const next = {};
    for (const f of fields) {
      const i = form.elements[f.name];
      next[f.name] = f.type === 'checkbox' ? String(i.checked) : i.value.trim();
    }
    go(opts.route || view, opts.merge ? { ...params, ...next } : next);
  });
  return form;
}

let actorList = null;
/** A datalist of actors for the actor inputs (loaded once). */
export async function actorsDatalist() {
  if (!actorList) {
    actorList = el('datalist', { id: 'actors' });
    document.body.append(actorList);
    const a = await api('actors', { on: new Date().toISOString().slice(0, 10) });
    if (a.ok) a.body.rows.forEach(r => actorList.append(el('option', { value: r.key }, r.name)));
  }
  return 'actors';
}

export function go(view, params) {
  const q = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== '' && v !== undefined));
  location.hash = '#/' + view + (q.toString() ? '?' + q : '');
}

const charts = [];
/** An ECharts chart in a new element, resized with the window and disposed with the view. */
export function chart(container, option, cls = 'chart') {
  const div = el('div', { class: cls });
  container.append(div);
  const c = echarts.init(div, null, { renderer: 'svg' });
  c.setOption({ animation: false, ...option });
  charts.push(c);
  return c;
}
window.addEventListener('resize', () => charts.forEach(c => c.resize()));

function render() {
  const m = location.hash.match(/^#\/([a-z]+)(?:\?(.*))?$/);
  const name = m && VIEWS[m[1]] ? m[1] : 'obligations';
  const params = Object.fromEntries(new URLSearchParams(m && m[2] ? m[2] : ''));
  charts.splice(0).forEach(c => c.dispose());
  const nav = document.getElementById('nav');
  nav.replaceChildren(...ORDER.map(v => el('a', { href: '#/' + v, class: v === name ? 'active' : null,
    'aria-current': v === name ? 'page' : null }, VIEWS[v].title)));
  const main = document.getElementById('main');
  main.replaceChildren();
  main.dataset.view = name;
  document.title = VIEWS[name].title + ' — entente workbench';
  VIEWS[name].render(main, { ...VIEWS[name].defaults(), ...params });
}

window.addEventListener('hashchange', render);
render();

/** A measure for display: integers as they are, other numbers to 4 decimals, undefined (null) as a dash. */
export const num = v => v === null || v === undefined ? '–' : Number.isInteger(v) ? String(v) : v.toFixed(4);

/** The kinds of commitment offered in the network filters, as the API's comma-separated values. */
export const KIND_SETS = [
  ['alliance,membership', 'alliances + memberships'], ['alliance', 'alliances'],
  ['alliance,arrangement', 'alliances + arrangements'], ['alliance,membership,arrangement', 'alliances + memberships + arrangements'],
  ['alliance,membership,partnership,arrangement', 'every kind'], ['partnership', 'partnerships'],
];
export const REGIONS = ['world', 'americas', 'europe', 'africa', 'middle-east', 'asia', 'oceania', 'asia-pacific'];
