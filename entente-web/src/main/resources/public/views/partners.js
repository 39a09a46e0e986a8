// Partners: an actor's partnership ladder by tier on a date, with each pair's upgrades over time.
import { api, el, status, errorBox, table, controls, actorsDatalist, chart } from '../app.js';

const today = () => new Date().toISOString().slice(0, 10);

export default {
  title: 'Partners',
  defaults: () => ({ actor: 'CHN', on: today() }),
  async render(main, p) {
    const list = await actorsDatalist();
    main.append(el('h1', {}, 'Partners'),
      el('p', { class: 'lead' }, 'A strategic-partnership ladder: each partner at the tier of the label in force on the date'
        + ' (higher = closer), and when each pair moved up or down.'),
      controls('partners', p, [
        { name: 'actor', label: 'Actor', list, size: 8 },
        { name: 'on', label: 'Date', type: 'date' },
      ]));
    const box = status('loading', 'Loading the ladder…');
    main.append(box);
    const a = await api('partners', { actor: p.actor, on: p.on });
    if (!a.ok) { box.replaceWith(errorBox(a)); return; }
    const who = `${a.body.actor.name} (${a.body.actor.key})`;
    const out = el('div', { id: 'partners-result' });
    box.replaceWith(out);
    if (a.body.rows.length === 0) {
      out.append(status('empty', `${who} has no recorded partnership on ${a.body.on}.`));
      return;
    }
    const rows = a.body.rows;
    const byTier = {};
    rows.forEach(r => (byTier[r.tier] = byTier[r.tier] || []).push(r));
    const tiers = Object.keys(byTier).map(Number).sort((x, y) => y - x);
    const card = el('div', { class: 'card' }, el('h2', {}, `${who}: ${rows.length} partners by tier on ${a.body.on}`));
    out.append(card);
    chart(card, {
      grid: { left: 60, right: 20, top: 30, bottom: 45 },
      tooltip: { trigger: 'axis' },
      legend: { data: ['partners'], top: 0 },
      xAxis: { type: 'category', name: 'tier (higher = closer)', nameLocation: 'middle', nameGap: 28,
        data: tiers.slice().reverse().map(String) },
      yAxis: { type: 'value', name: 'partners', minInterval: 1 },
      series: [{ name: 'partners', type: 'bar', data: tiers.slice().reverse().map(t => byTier[t].length),
        itemStyle: { color: '#1f5fa8' }, label: { show: true, position: 'top' } }],
    });
    // upgrades over time: one point per stage, at its tier and start date
    const points = [];
    rows.forEach(r => r.stages.forEach((s, i) => {
      if (s.since && s.tier !== null) points.push({ value: [s.since, s.tier], name: r.name, label: s.label, up: i > 0 });
    }));
    const time = el('div', { class: 'card' }, el('h2', {}, 'Stages over time'));
    out.append(time);
    chart(time, {
      grid: { left: 60, right: 20, top: 40, bottom: 50 },
      legend: { data: ['first label', 'upgrade or change'], top: 0 },
      tooltip: { formatter: x => `${x.data.name}<br>${x.data.label}<br>${x.data.value[0]}` },
      xAxis: { type: 'time', name: 'date established', nameLocation: 'middle', nameGap: 30 },
      yAxis: { type: 'value', name: 'tier', minInterval: 1 },
      series: [
        { name: 'first label', type: 'scatter', symbolSize: 8, data: points.filter(x => !x.up), itemStyle: { color: '#8aa4c2' } },
        { name: 'upgrade or change', type: 'scatter', symbolSize: 10, data: points.filter(x => x.up), itemStyle: { color: '#c0392b' } },
      ],
    });
    const detail = el('div', { class: 'card' }, el('h2', {}, 'The ladder'));
    for (const t of tiers) {
      detail.append(el('h2', {}, `Tier ${t} (${byTier[t].length})`), table([
        { label: 'Partner', value: r => `${r.name} (${r.partner})` },
        { label: 'Label in force', value: r => r.label },
        { label: 'Since', value: r => r.since },
        { label: 'Stages', value: r => r.stages.map(s => `${s.label} (${s.since ?? '?'})`).join(' → ') },
      ], byTier[t]));
    }
    detail.append(el('p', { class: 'note' }, a.body.note));
    out.append(detail);
  },
};
