// Obligations: who must defend a state on a date (or whom it must defend), and the chains one step further.
import { api, el, status, errorBox, table, controls, actorsDatalist } from '../app.js';

const today = () => new Date().toISOString().slice(0, 10);

function rows(list, side) {
  return table([
    { label: side === 'defend' ? 'Guarantor' : 'Beneficiary', value: r => side === 'defend'
        ? `${r.guarantor_name} (${r.guarantor})` : `${r.beneficiary_name} (${r.beneficiary})` },
    { label: 'Treaty', value: r => r.treaty },
    { label: 'Obligation', value: r => r.obligation + (r.conditional ? ' (conditional)' : '') },
    { label: 'Clause', value: r => r.clause, title: r => r.condition || null },
    { label: 'Since', value: r => r.since },
    { label: 'Sources', value: r => r.sources.map(s => s.publisher).join('; ') },
  ], list);
}

export default {
  title: 'Obligations',
  defaults: () => ({ defend: 'JPN', on: today(), type: 'defense', depth: '2' }),
  async render(main, p) {
    if (p.actor) { // the form's side/actor pair maps onto the API's defend/by parameters
      const s = p.side === 'by' ? 'by' : 'defend';
      delete p.defend; delete p.by; p[s] = p.actor;
    }
    const side = p.by ? 'by' : 'defend';
    const list = await actorsDatalist();
    main.append(el('h1', {}, 'Obligations'),
      el('p', { class: 'lead' }, 'Who is bound to defend a state on a date, through which treaty and clause — and, up to five'
        + ' steps out, who is bound to defend those guarantors in turn. Switch the side to see whom a state must defend.'),
      controls('obligations', { ...p, side, actor: p[side] }, [
        { name: 'side', label: 'Question', type: 'select', options: ['defend', 'by'] },
        { name: 'actor', label: 'State', list, size: 8 },
        { name: 'on', label: 'Date', type: 'date' },
        { name: 'type', label: 'Obligation', type: 'select', options: ['defense', 'offense', 'neutrality',
          'nonaggression', 'consultation', 'all'] },
        { name: 'depth', label: 'Depth (defend)', type: 'select', options: ['1', '2', '3', '4', '5'] },
      ]));
    const box = status('loading', 'Loading obligations…');
    main.append(box);
    const a = await api('obligations', { [side]: p[side], on: p.on, type: p.type,
      depth: side === 'defend' ? p.depth : null });
    if (!a.ok) { box.replaceWith(errorBox(a)); return; }
    const who = `${a.body.actor.name} (${a.body.actor.key})`;
    const out = el('div', { class: 'card', id: 'obligations-result' });
    const head = side === 'defend' ? `Bound to defend ${who} on ${a.body.on}` : `${who} is bound to defend, on ${a.body.on}`;
    out.append(el('h2', {}, head));
    if (a.body.rows.length === 0) {
      out.append(status('empty', side === 'defend' ? `No state has a ${p.type} obligation towards ${who} on ${a.body.on}.`
        : `${who} has no ${p.type} obligation towards any state on ${a.body.on}.`));
    } else {
      out.append(rows(a.body.rows, side));
    }
    if (a.body.chains) {
      const deeper = a.body.chains.filter(l => l.depth > 1);
      out.append(el('h2', {}, `Chains of obligation, ${a.body.depth} steps out`));
      out.append(deeper.length ? el('div', { id: 'chains' }, table([
        { label: 'Depth', value: l => l.depth, num: true },
        { label: 'Drawn in', value: l => `${l.guarantor_name} (${l.guarantor})` },
        { label: 'To defend', value: l => l.beneficiary },
        { label: 'Treaty', value: l => l.treaty },
        { label: 'Clause and wording', value: l => [l.clause, l.condition].filter(Boolean).join(': ') || null },
        { label: 'Path', value: l => l.path.join(' ← ') },
      ], deeper)) : status('empty', 'No state is drawn in beyond the direct guarantors.'));
      out.append(el('p', { class: 'note' }, a.body.chains_note));
    }
    out.append(el('p', { class: 'note' }, a.body.note));
    box.replaceWith(out);
  },
};
