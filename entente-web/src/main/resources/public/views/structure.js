// Structure: the hub-and-spoke measures of a chosen hub and region year by year (ECharts lines and a table), and
// the blocs of landscape theory for chosen states in a year (needs imported data; otherwise says what to import).
import { api, el, status, errorBox, table, controls, actorsDatalist, chart, num, KIND_SETS, REGIONS } from '../app.js';

const LINES = [
  ['hub_clustering', 'hub clustering'], ['degree_centralization', 'degree centralization'],
  ['transitivity', 'transitivity'], ['density', 'density'], ['hub_share', 'hub share'],
];

async function landscape(out, p) {
  const card = el('div', { class: 'card', id: 'landscape-result' }, el('h2', {}, 'Blocs by landscape theory'),
    el('p', { class: 'note' }, 'Axelrod & Bennett (1993): the two-bloc configurations that are local minima of the'
      + ' energy, with sizes from COW CINC and propensities from alliance-portfolio kappa centred at its mean.'));
  out.append(card);
  const form = controls('landscape', p, [
    { name: 'actors', label: 'States (2-20)', size: 36 },
    { name: 'year', label: 'Year', size: 5 },
    { name: 'propensity', label: 'Propensity', type: 'select', options: ['kappa', 's', 'taub', 'agree'] },
  ], { route: 'structure', merge: true }); // the landscape form shares the view's URL with the structure form
  card.append(form);
  const box = status('loading', 'Searching the landscape…');
  card.append(box);
  const a = await api('landscape', { actors: p.actors, year: p.year, propensity: p.propensity });
  if (!a.ok) { box.replaceWith(errorBox(a)); return; }
  box.replaceWith(table([
    { label: 'Side A', value: r => r.side_a.join(' ') },
    { label: 'Side B', value: r => r.side_b.join(' ') || '(none)' },
    { label: 'Energy', value: r => num(r.energy), num: true },
    { label: 'Basin', value: r => r.basin, num: true },
    { label: 'Share', value: r => (100 * r.share).toFixed(1) + '%', num: true },
  ], a.body.rows), el('ul', { class: 'plain note' }, a.body.notes.map(n => el('li', {}, n))));
}

export default {
  title: 'Structure',
  defaults: () => ({ hub: 'USA', region: 'asia-pacific', years: '1950-2026', kind: 'alliance,arrangement',
    source: 'curated', actors: 'USA,CHN,RUS,JPN,IND,PAK', year: '2018', propensity: 'kappa' }),
  async render(main, p) {
    const list = await actorsDatalist();
    main.append(el('h1', {}, 'Structure'),
      el('p', { class: 'lead' }, 'Is a hub-and-spoke system turning into a web? Hub clustering is the share of the hub\'s'
        + ' allies that are tied to each other (0 = pure hub and spokes, 1 = a NATO-like clique); degree centralization'
        + ' is 1 for a star. One network per year, as of 31 December.'),
      controls('structure', p, [
        { name: 'hub', label: 'Hub', list, size: 6 },
        { name: 'region', label: 'Region', type: 'select', options: REGIONS },
        { name: 'years', label: 'Years (A-B)', size: 10 },
        { name: 'kind', label: 'Kinds', type: 'select', options: KIND_SETS },
        { name: 'source', label: 'Source', type: 'select', options: ['curated', 'atop', 'cow'] },
      ], { merge: true }));
    const box = status('loading', 'Measuring each year…');
    main.append(box);
    const q = { hub: p.hub, region: p.region, years: p.years, kind: p.source === 'curated' ? p.kind : 'alliance', source: p.source };
    const a = await api('network/structure', q);
    const out = el('div', { id: 'structure-result' });
    if (!a.ok) { box.replaceWith(errorBox(a)); } else {
      box.replaceWith(out);
      const b = a.body;
      const card = el('div', { class: 'card' }, el('h2', {}, `${p.hub} in ${b.conventions.region}, ${p.years}:`
        + ` ${b.conventions.kinds.join(' + ')} (${b.conventions.source})`));
      out.append(card);
      if (b.rows.every(r => r.edges === 0)) {
        card.append(status('empty', 'No ties in these years under these conventions.'));
      } else {
        chart(card, {
          grid: { left: 55, right: 25, top: 45, bottom: 50 },
          tooltip: { trigger: 'axis', valueFormatter: v => num(v) },
          legend: { data: LINES.map(l => l[1]), top: 0 },
          xAxis: { type: 'value', name: 'year', nameLocation: 'middle', nameGap: 30, min: 'dataMin', max: 'dataMax',
            axisLabel: { formatter: v => String(v) } },
          yAxis: { type: 'value', name: 'measure (0-1)', min: 0, max: 1 },
          series: LINES.map(([k, label]) => ({ name: label, type: 'line', showSymbol: false, connectNulls: false,
            lineStyle: { width: k === 'hub_clustering' ? 3 : 1.5 }, data: b.rows.map(r => [r.year, r[k]]) })),
        });
        card.append(el('p', { class: 'note' }, 'Gaps are years where a measure is undefined (e.g. fewer than two allies).'));
      }
      const latest = b.rows.slice().reverse();
      out.append(el('div', { class: 'card', id: 'structure-table' }, el('h2', {}, 'Year by year (latest first)'),
        table(b.columns.map(c => ({ label: c.replaceAll('_', ' '), value: r => c === 'year' ? r.year : num(r[c]), num: c !== 'year' })), latest),
        el('p', { class: 'note' }, `Conventions: ${b.conventions.describe}. Data: ${b.data_version}. ${b.note}`)));
    }
    await landscape(main, p);
  },
};
