// Calendar: renewals, expiries, notice deadlines and ends of treaties in a window.
import { api, el, status, errorBox, table, controls, chart } from '../app.js';

const EVENTS = ['notice-deadline', 'renewal', 'expiry', 'term-end'];

export default {
  title: 'Calendar',
  defaults: () => { const y = new Date().getFullYear(); return { from: `${y}-01-01`, to: `${y + 20}-12-31`, 'all-readings': 'false' }; },
  async render(main, p) {
    main.append(el('h1', {}, 'Calendar'),
      el('p', { class: 'lead' }, 'When treaties renew automatically, when notice must be given to leave them, and when fixed'
        + ' terms expire. Terms run from entry into force; disputed rules use the default reading unless all readings are asked for.'),
      controls('calendar', p, [
        { name: 'from', label: 'From', type: 'date' },
        { name: 'to', label: 'To', type: 'date' },
        { name: 'all-readings', label: 'all readings', type: 'checkbox' },
      ]));
    const box = status('loading', 'Loading the calendar…');
    main.append(box);
    const a = await api('renewals', { from: p.from, to: p.to, 'all-readings': p['all-readings'] });
    if (!a.ok) { box.replaceWith(errorBox(a)); return; }
    const out = el('div', { class: 'card', id: 'calendar-result' });
    box.replaceWith(out);
    const rows = a.body.rows;
    out.append(el('h2', {}, `${rows.length} entries from ${p.from} to ${p.to}`));
    if (!rows.length) {
      out.append(status('empty', `No renewal, expiry, notice deadline or end between ${p.from} and ${p.to}.`));
      return;
    }
    const cats = [...new Set([...EVENTS.filter(e => rows.some(r => r.event === e)), ...rows.map(r => r.event)])];
    chart(out, {
      grid: { left: 120, right: 20, top: 40, bottom: 50 },
      legend: { data: cats, top: 0 },
      tooltip: { formatter: x => `${x.data.value[0]}<br>${x.data.treaty}<br>${x.seriesName}` },
      xAxis: { type: 'time', name: 'date', nameLocation: 'middle', nameGap: 30, min: p.from, max: p.to },
      yAxis: { type: 'category', data: cats, name: 'event' },
      series: cats.map(c => ({ name: c, type: 'scatter', symbolSize: 11,
        data: rows.filter(r => r.event === c).map(r => ({ value: [r.date, c], treaty: r.treaty })) })),
    }, 'chart');
    out.append(table([
      { label: 'Date', value: r => r.date },
      { label: 'Treaty', value: r => r.treaty },
      { label: 'Parties', value: r => r.parties.join(' ') },
      { label: 'Event', value: r => r.event },
      { label: 'Rule', value: r => r.rule + (r.reading ? ` (reading: ${r.reading})` : '') },
    ], rows), el('p', { class: 'note' }, a.body.note));
  },
};
