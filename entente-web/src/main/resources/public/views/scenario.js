// Scenario: build a what-if (add a commitment, remove one, upgrade a partnership, move a commitment's start or end)
// or pick a saved scenario, and see the diff against the
// baseline on a date: structure measures side by side, blocs, defence obligations and alignment. Nothing is saved:
// the API applies the edits in memory. The article's three cases are one-click presets.
import { api, el, status, errorBox, table, controls, actorsDatalist, go, num, REGIONS } from '../app.js';

const PRESETS = [
  ['China–Pakistan defence treaty', { kind: 'alliance', parties: 'CHN-PAK', detail: 'defense' }],
  ['China–Russia defence treaty', { kind: 'alliance', parties: 'CHN-RUS', detail: 'defense' }],
  ['The Quad as a mutual defence pact', { kind: 'alliance', parties: 'USA-JPN-AUS-IND', detail: 'defense' }],
];

/** The edit texts the form's fields describe. */
function edits(p) {
  const out = [];
  if (p.parties) out.push(`add ${p.kind}:${p.parties.replace(/[\s,]+/g, '-')}:${p.detail}:${p.start}`);
  if (p.remove) out.push(`remove ${p.remove}`);
  if (p.upgrade) out.push(`upgrade ${p.upgrade.replace(/[\s,]+/g, '-')}:${p.label}:${p.start}`);
  if (p.change && p.newstart) out.push(`set-start ${p.change}:${p.newstart}`);
  if (p.change && p.newend) out.push(`set-end ${p.change}:${p.newend}`);
  return out;
}

const signed = (plus, minus) => [...plus.map(x => '+' + x), ...minus.map(x => '−' + x)].join(' ') || null;

function diff(out, b) {
  out.append(el('h2', {}, `${b.scenario.scenario === 'what-if' ? 'What if' : 'Scenario ' + b.scenario.scenario}: `
    + `${b.scenario.edits.join('; ')} — on ${b.on}`));
  out.append(el('h2', {}, 'Defence obligations that change'), b.obligations.length ? table([
    { label: 'State', value: o => `${o.name} (${o.state})` },
    { label: 'Defended by', value: o => signed(o.new_defenders, o.lost_defenders) },
    { label: 'Must defend', value: o => signed(o.new_duties, o.lost_duties) },
  ], b.obligations) : status('empty', 'No state gains or loses a defence obligation on this date.'));
  out.append(el('h2', {}, 'Structure of the network'), table([
    { label: 'Measure', value: r => r.measure.replaceAll('_', ' ') },
    { label: 'Baseline', value: r => num(r.baseline), num: true },
    { label: 'Scenario', value: r => num(r.scenario), num: true },
    { label: 'Change', value: r => r.change === null ? '–' : (r.change > 0 ? '+' : '') + num(r.change), num: true },
  ], b.structure));
  const changed = b.blocs.filter(x => x.changed);
  out.append(el('h2', {}, 'Blocs (modularity communities)'), changed.length ? table([
    { label: 'Community', value: x => x.community, num: true },
    { label: 'Baseline', value: x => x.baseline.join(' ') || '–' },
    { label: 'Scenario', value: x => x.scenario.join(' ') || '–' },
  ], changed) : status('empty', `The ${b.blocs.length} communities do not change.`));
  out.append(el('h2', {}, 'Alignment (alliance portfolios on the date)'), b.alignment.length ? table([
    { label: 'Dyad', value: r => `${r.a}–${r.b}` },
    { label: 'Measure', value: r => r.measure },
    { label: 'Baseline', value: r => num(r.baseline), num: true },
    { label: 'Scenario', value: r => num(r.scenario), num: true },
    { label: 'Change', value: r => r.change === null ? '–' : (r.change > 0 ? '+' : '') + num(r.change), num: true },
  ], b.alignment) : status('empty', 'No state touched by the edits has a portfolio on this date.'));
  out.append(el('p', { class: 'note' }, b.note));
}

export default {
  title: 'Scenario',
  defaults: () => ({ name: '', kind: 'alliance', parties: '', detail: 'defense', start: '2027-01-01', remove: '',
    upgrade: '', label: '', change: '', newstart: '', newend: '', on: '2027-06-01', region: 'world', hub: '' }),
  async render(main, p) {
    const list = await actorsDatalist();
    const saved = await api('scenarios');
    const names = saved.ok ? saved.body.rows.map(r => r.scenario) : [];
    main.append(el('h1', {}, 'Scenario'),
      el('p', { class: 'lead' }, 'What if a partner became an ally? Add a commitment (parties joined by -, e.g. CHN-PAK;'
        + ' for an alliance the obligations, e.g. defense or defense+consultation), remove one by its id, upgrade a'
        + ' partnership to a new label from the same date, or move a commitment\'s start or end (an end may be "open"),'
        + ' and compare with the real data on a date. Nothing is saved; saved scenarios come from'
        + ' "entente scenario create".'),
      controls('scenario', p, [
        { name: 'name', label: 'Saved scenario', type: 'select', options: [['', names.length ? '(what-if below)' : '(none saved)'], ...names] },
        { name: 'kind', label: 'Add', type: 'select', options: ['alliance', 'arrangement', 'partnership'] },
        { name: 'parties', label: 'Parties', list, size: 14, placeholder: 'CHN-PAK' },
        { name: 'detail', label: 'Obligation / type / label', size: 14 },
        { name: 'start', label: 'From', type: 'date' },
        { name: 'remove', label: 'Remove (commitment id)', size: 14, placeholder: 'us-japan-1960' },
        { name: 'upgrade', label: 'Upgrade partnership (pair)', list, size: 10, placeholder: 'CHN-RUS' },
        { name: 'label', label: 'to label', size: 22, placeholder: 'comprehensive strategic partnership' },
        { name: 'change', label: 'Move dates of (commitment id)', size: 14, placeholder: 'us-japan-1960' },
        { name: 'newstart', label: 'New start', type: 'date' },
        { name: 'newend', label: 'New end', size: 10, placeholder: 'YYYY-MM-DD or open' },
        { name: 'on', label: 'Compare on', type: 'date' },
        { name: 'region', label: 'Region', type: 'select', options: REGIONS },
        { name: 'hub', label: 'Hub', list, size: 6 },
      ]));
    main.append(el('div', { class: 'presets', id: 'scenario-presets' }, el('span', { class: 'note' }, 'The article\'s cases:'),
      PRESETS.map(([label, x]) => el('button', { type: 'button', class: 'secondary', onclick: () =>
        go('scenario', { ...p, name: '', remove: '', upgrade: '', label: '', change: '', newstart: '', newend: '',
          start: '2027-01-01', on: '2027-06-01', ...x }) }, label))));
    const e = edits(p);
    if (!p.name && !e.length) {
      main.append(status('empty', 'Build a what-if above (for example parties CHN-PAK, obligation defense) or pick one of'
        + ' the article\'s cases.' + (names.length ? '' : ' No scenario is saved in this store.')));
      return;
    }
    const box = status('loading', 'Comparing with the baseline…');
    main.append(box);
    const q = { on: p.on, region: p.region, hub: p.hub };
    const a = p.name ? await api('scenarios/' + encodeURIComponent(p.name) + '/diff', q)
      : await api('scenario-diff', { edit: e, ...q });
    if (!a.ok) { box.replaceWith(errorBox(a)); return; }
    const out = el('div', { class: 'card', id: 'scenario-result' });
    box.replaceWith(out);
    diff(out, a.body);
  },
};
