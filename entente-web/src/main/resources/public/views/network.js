// Network: the commitment graph at a date (Cytoscape), a time slider 1816-2026, filters by kind, obligation scope and
// minimum tier, hubs highlighted, a state's ties on click, and the structure measures beside the graph.
import { api, el, status, errorBox, table, controls, actorsDatalist, go, num, KIND_SETS, REGIONS } from '../app.js';

const today = () => new Date().toISOString().slice(0, 10);
const FIRST = 1816;
const LAST = 2026;
const KIND_COLOURS = { alliance: '#1f5fa8', membership: '#7f8c9d', arrangement: '#2e8b57', partnership: '#c0392b' };
const COMMUNITY_COLOURS = ['#4e79a7', '#f28e2b', '#59a14f', '#b07aa1', '#edc948', '#76b7b2', '#ff9da7', '#9c755f', '#bab0ac', '#e15759'];
const ATOP_LAST = 2018;

/** The request for the chosen date: ATOP or COW give yearly networks up to their coverage; after it, curated. */
function request(p) {
  const year = Number(p.on.slice(0, 4));
  const base = { kind: p.kind, obligation: p.obligation, region: p.region, hub: p.hub, 'min-tier': p['min-tier'] };
  if (p.source !== 'curated' && year <= (p.source === 'atop' ? ATOP_LAST : 2012)) {
    return { ...base, source: p.source, year, kind: 'alliance', 'min-tier': '' };
  }
  return { ...base, on: p.on };
}

function legend() {
  return el('div', { class: 'legend', id: 'network-legend' },
    ...Object.entries(KIND_COLOURS).map(([k, c]) => el('span', {}, el('i', { class: 'line', style: `background:${c}` }), k)),
    el('span', {}, el('i', { class: 'dot hub' }), 'chosen hub'),
    el('span', {}, el('i', { class: 'dot top' }), 'highest degree'),
    el('span', {}, el('i', { class: 'dot' }), 'state (colour = community, size = degree)'),
    el('span', {}, '→ one-sided pledge'));
}

function ties(body, key) {
  const node = body.nodes.find(n => n.key === key);
  const mine = body.edges.filter(e => e.from === key || e.to === key);
  return el('div', { id: 'network-ties' },
    el('h2', {}, `${node.name} (${key}): ${mine.length} ties, degree ${node.degree}`),
    table([
      { label: 'With', value: e => { const o = e.from === key ? e.to : e.from;
        const n = body.nodes.find(x => x.key === o); return `${n ? n.name : o} (${o})`; } },
      { label: 'Commitment', value: e => e.treaty },
      { label: 'Kind', value: e => e.kind },
      { label: 'Tie', value: e => e.label + (e.directed ? (e.from === key ? ' (pledged by it)' : ' (pledged to it)') : '') },
    ], mine));
}

function graph(container, body, side) {
  const div = el('div', { class: 'graph', id: 'network-graph', 'data-nodes': body.nodes.length,
    'data-edges': body.measures.edges, 'data-when': body.when });
  container.append(div);
  const maxDeg = Math.max(1, ...body.nodes.map(n => n.degree));
  const elements = [
    ...body.nodes.map(n => ({ data: { id: n.key, label: n.key, name: n.name, degree: n.degree,
      colour: COMMUNITY_COLOURS[((n.community || 1) - 1) % COMMUNITY_COLOURS.length],
      size: 14 + 30 * n.degree / maxDeg }, classes: [n.hub ? 'hub' : '', n.top_degree ? 'top' : '', n.grouping ? 'grouping' : ''].join(' ') })),
    ...body.edges.map((e, i) => ({ data: { id: 'e' + i, source: e.from, target: e.to, colour: KIND_COLOURS[e.kind] || '#999' },
      classes: e.directed ? 'directed' : '' })),
  ];
  const cy = cytoscape({
    container: div, elements, wheelSensitivity: 0.2,
    layout: { name: 'concentric', concentric: n => n.data('degree'), levelWidth: () => Math.max(1, maxDeg / 6),
      minNodeSpacing: 6, animate: false },
    style: [
      { selector: 'node', style: { 'background-color': 'data(colour)', width: 'data(size)', height: 'data(size)',
        label: 'data(label)', 'font-size': 10, 'text-valign': 'center', 'text-halign': 'center', color: '#14243a',
        'text-outline-color': '#fff', 'text-outline-width': 2 } },
      { selector: 'node.grouping', style: { shape: 'round-rectangle' } },
      { selector: 'node.top', style: { 'border-width': 4, 'border-color': '#f1c40f', 'font-weight': 'bold', 'font-size': 13 } },
      { selector: 'node.hub', style: { 'border-width': 5, 'border-color': '#c0392b', 'font-weight': 'bold', 'font-size': 14 } },
      { selector: 'node:selected', style: { 'overlay-color': '#1f5fa8', 'overlay-opacity': 0.25, 'overlay-shape': 'ellipse' } },
      { selector: 'core', style: { 'active-bg-opacity': 0, 'selection-box-opacity': 0.1 } },
      { selector: 'edge', style: { width: 1.2, 'line-color': 'data(colour)', opacity: 0.45, 'curve-style': 'haystack' } },
      { selector: 'edge.directed', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
        'target-arrow-color': 'data(colour)', 'arrow-scale': 0.8 } },
      { selector: 'edge.near', style: { opacity: 0.95, width: 2.5 } },
    ],
  });
  cy.on('tap', 'node', ev => {
    cy.edges().removeClass('near');
    ev.target.connectedEdges().addClass('near');
    side.replaceChildren(ties(body, ev.target.id()));
  });
  window.ententeGraph = cy; // for the browser tests: node positions to click
  return cy;
}

function measures(body) {
  const m = body.measures;
  const rows = [
    ['nodes', m.nodes], ['edges', m.edges], ['degree centralization', m.degree_centralization],
    ['hub clustering', m.hub_clustering], ['hub share', m.hub_share], ['transitivity', m.transitivity],
    ['density', m.density], ['bilateral share', m.bilateral_share], ['components', m.components],
    ['communities', m.communities], ['modularity', m.modularity], ['polarization', m.polarization],
  ];
  return el('div', { id: 'network-measures' }, el('h2', {}, 'Structure'),
    table([{ label: 'Measure', value: r => r[0] }, { label: 'Value', value: r => num(r[1]), num: true }], rows),
    el('p', { class: 'note' }, 'Undefined measures show –. Hub measures need a hub.'));
}

export default {
  title: 'Network',
  defaults: () => ({ on: today(), source: 'curated', kind: 'alliance,membership', obligation: 'any', region: 'world',
    hub: 'USA', 'min-tier': '' }),
  async render(main, p) {
    const list = await actorsDatalist();
    const year = Number((p.on || today()).slice(0, 4));
    main.append(el('h1', {}, 'Network'),
      el('p', { class: 'lead' }, 'Who is bound to whom on a date: move the slider to watch hubs and blocs form, click a'
        + ' state to list its ties. ATOP (to 2018) and COW (to 2012) are yearly; later dates use the curated data.'),
      controls('network', p, [
        { name: 'on', label: 'Date', type: 'date' },
        { name: 'source', label: 'Source', type: 'select', options: ['curated', 'atop', 'cow'] },
        { name: 'kind', label: 'Kinds', type: 'select', options: KIND_SETS },
        { name: 'obligation', label: 'Obligation', type: 'select', options: [['any', 'any tie'], ['defense', 'defence pledges only']] },
        { name: 'min-tier', label: 'Min. partnership tier', type: 'select', options: [['', 'any'], '1', '2', '3', '4', '5', '6'] },
        { name: 'region', label: 'Region', type: 'select', options: REGIONS },
        { name: 'hub', label: 'Hub', list, size: 6 },
      ]));
    const slider = el('input', { type: 'range', min: FIRST, max: LAST, step: 1, value: Math.min(LAST, Math.max(FIRST, year)),
      id: 'network-year', 'aria-label': 'Year' });
    const shown = el('strong', { id: 'network-year-label' }, String(year));
    slider.addEventListener('input', () => { shown.textContent = slider.value; });
    slider.addEventListener('change', () => go('network', { ...p, on: slider.value + (p.on || today()).slice(4) }));
    const sliderBar = el('div', { class: 'slider' }, el('span', {}, String(FIRST)), slider, el('span', {}, String(LAST)),
      el('span', { class: 'year' }, 'Year ', shown));
    main.append(el('div', { class: 'card' }, sliderBar));
    const box = status('loading', 'Building the network…');
    main.append(box);
    const r = request(p);
    const a = await api('network', r);
    if (!a.ok) { box.replaceWith(errorBox(a)); return; }
    const b = a.body;
    const out = el('div', { id: 'network-result' });
    box.replaceWith(out);
    const head = el('h2', {}, `${b.nodes.length} states, ${b.measures.edges} ties — ${b.conventions.source}, ${b.when}`);
    if (!b.nodes.length) {
      out.append(el('div', { class: 'card' }, head, status('empty', `No commitment of these kinds is in force in ${b.when}`
        + ` (${b.conventions.describe}). Move the slider or widen the filters.`)));
      return;
    }
    const side = el('div', { class: 'card side' });
    const tiesBox = el('div', { class: 'ties' }, el('p', { class: 'note' }, 'Click a state in the graph to list its ties.'));
    const left = el('div', { class: 'card' }, head, legend());
    out.append(el('div', { class: 'grid2' }, left, side));
    graph(left, b, tiesBox);
    const chosen = b.nodes.filter(n => n.hub);
    const top = b.nodes.filter(n => n.top_degree);
    side.append(el('p', { class: 'hubs' }, 'Hubs: ',
      chosen.map(n => el('span', { class: 'pill' }, `${n.key} (chosen, ${n.degree} neighbours)`)),
      top.length <= 4 ? top.map(n => el('span', { class: 'pill' }, `${n.key} (highest degree, ${n.degree})`))
        : el('span', { class: 'pill' }, `${top.length} states share the highest degree (${top[0].degree})`)),
      tiesBox, measures(b));
    out.append(el('p', { class: 'note' }, `Conventions: ${b.conventions.describe}. Data: ${b.data_version}. ${b.note}`));
  },
};
