// Dyad: two states' alignment over the years (alliance-portfolio S, kappa, pi, tau-b; or UN voting agreement),
// with the conventions and data versions the answer records.
import { api, el, status, errorBox, table, controls, actorsDatalist, chart, num } from '../app.js';

/** The dyad's machine-coded events per year (GDELT, ICEWS) in a card after the alignment. */
async function events(main, p) {
  const [from, to] = (p.years || '1979-2026').split('-').map(Number);
  const years = `${Math.max(1979, from)}-${Math.min(2030, Math.max(1979, to || from))}`;
  const card = el('div', { class: 'card', id: 'dyad-events' }, el('h2', {}, `Events between ${p.a} and ${p.b}, ${years}`));
  main.append(card);
  const e = await api('events/aggregate', { a: p.a, b: p.b, years });
  if (!e.ok) { card.append(errorBox(e)); return; }
  if (!e.body.rows.length) { card.append(status('empty', `No event between ${p.a} and ${p.b} in ${years}.`)); return; }
  card.append(table([
    { label: 'Year', value: r => r.period },
    { label: 'Events', value: r => r.events, num: true },
    { label: 'Goldstein mean', value: r => num(r.goldstein_mean), num: true },
    { label: 'Verbal coop.', value: r => r.verbal_coop, num: true },
    { label: 'Material coop.', value: r => r.material_coop, num: true },
    { label: 'Verbal conflict', value: r => r.verbal_conflict, num: true },
    { label: 'Material conflict', value: r => r.material_conflict, num: true },
  ], e.body.rows), el('p', { class: 'note' }, e.body.conventions.join('; ')));
}

export default {
  title: 'Dyad',
  defaults: () => ({ a: 'USA', b: 'JPN', source: 'atop', years: '' }),
  async render(main, p) {
    const list = await actorsDatalist();
    main.append(el('h1', {}, 'Dyad'),
      el('p', { class: 'lead' }, 'How closely two states line up over time: alliance-portfolio similarity (ATOP or COW) or UN'
        + ' General Assembly voting. S rewards shared absences; compare with kappa (Häge 2011).'),
      controls('dyad', p, [
        { name: 'a', label: 'State A', list, size: 8 },
        { name: 'b', label: 'State B', list, size: 8 },
        { name: 'source', label: 'Source', type: 'select', options: ['atop', 'cow', 'unvotes'] },
        { name: 'years', label: 'Years (A-B, empty = all)', placeholder: '1946-2018', size: 10 },
      ]));
    const box = status('loading', 'Computing alignment…');
    main.append(box);
    const a = await api('similarity/dyad', { a: p.a, b: p.b, source: p.source, years: p.years });
    await events(main, p);
    if (!a.ok) { box.replaceWith(errorBox(a)); return; }
    const out = el('div', { class: 'card', id: 'dyad-result' });
    box.replaceWith(out);
    const b = a.body;
    out.append(el('h2', {}, `${b.a.name} and ${b.b.name}: ${b.source} similarity by ${b.rows.length && b.rows[0].session !== null ? 'session' : 'year'}`));
    if (b.rows.every(r => b.measures.every(m => r[m] === null))) {
      out.append(status('empty', 'No defined value in these years (see the conventions below).'));
    } else {
      chart(out, {
        grid: { left: 55, right: 20, top: 40, bottom: 50 },
        tooltip: { trigger: 'axis' },
        legend: { data: b.measures, top: 0 },
        xAxis: { type: 'value', name: 'year', nameLocation: 'middle', nameGap: 30, min: 'dataMin', max: 'dataMax',
          axisLabel: { formatter: v => String(v) } },
        yAxis: { type: 'value', name: 'similarity', min: -1, max: 1 },
        series: b.measures.map(m => ({ name: m, type: 'line', showSymbol: false, connectNulls: false,
          data: b.rows.map(r => [r.year, r[m]]) })),
      });
    }
    out.append(el('h2', {}, 'Conventions and data'), el('ul', { class: 'plain note' }, b.provenance.map(x => el('li', {}, x))));
    const undefinedLines = Object.entries(b.undefined).flatMap(([m, reasons]) =>
      Object.entries(reasons).map(([why, n]) => `${m}: undefined (no value) in ${n} rows — ${why}`));
    if (undefinedLines.length) out.append(el('ul', { class: 'plain note' }, undefinedLines.map(x => el('li', {}, x))));
  },
};
