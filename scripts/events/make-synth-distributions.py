#!/usr/bin/env python3
"""Regenerates entente-core/src/main/resources/dev/entente/io/gdelt/synth-distributions.tsv, the code frequencies
'entente events synth' draws from, from the real samples in ../shared/data/events. Run from the repository root:
    python3 scripts/events/make-synth-distributions.py ../shared/data
Counts: actor country codes (actor 1 and actor 2 separately, blank = no country) and CAMEO event codes in the
GDELT 1.0 daily sample (100 events), the GDELT 1.0 R re-export (1,255) and the ICEWS 2018 sample (3,705; country
names mapped to CAMEO codes through entente's country-codes.tsv, event codes as coded)."""
import csv, sys, os, collections

data = sys.argv[1] if len(sys.argv) > 1 else '../shared/data'
a1, a2, codes = collections.Counter(), collections.Counter(), collections.Counter()
for l in open(os.path.join(data, 'events/gdelt-sample/20141124.export.CSV'), encoding='utf-8'):
    f = l.rstrip('\n').split('\t')
    a1[f[7]] += 1; a2[f[17]] += 1; codes[f[26]] += 1
with open(os.path.join(data, 'events/gdelt-sample/gdelt1_georgia_aug2012_Rexport.csv'), encoding='utf-8') as fh:
    r = csv.reader(fh)
    next(r)
    for f in r:
        a1['' if f[7] == 'NA' else f[7]] += 1; a2['' if f[17] == 'NA' else f[17]] += 1; codes[f[26]] += 1
icews = {}
for l in open('entente-core/src/main/resources/dev/entente/io/cameo/country-codes.tsv', encoding='utf-8'):
    f = l.rstrip('\n').split('\t')
    if f[0] == 'icews':
        icews[f[1]] = f[2]
with open(os.path.join(data, 'events/icews-sample/events.2018.sample.tab'), encoding='utf-8') as fh:
    next(fh)
    for l in fh:
        f = l.rstrip('\n').split('\t')
        a1[icews.get(f[4], '')] += 1; a2[icews.get(f[10], '')] += 1; codes[f[6]] += 1
out = 'entente-core/src/main/resources/dev/entente/io/gdelt/synth-distributions.tsv'
with open(out, 'w', encoding='utf-8') as o:
    o.write('# version: synth-2026-11\n')
    o.write('# Frequencies that entente events synth draws from, counted in the GDELT 1.0 daily sample (20141124, 100\n')
    o.write('# events), the GDELT 1.0 R re-export (Georgia, Aug 2012, 1,255) and the ICEWS 2018 sample (3,705; countries\n')
    o.write('# mapped to CAMEO codes). kind: actor1 / actor2 (country code, empty = no country) or code (CAMEO event\n')
    o.write('# code). Made by scripts/events/make-synth-distributions.py.\n')
    o.write('kind\tvalue\tcount\n')
    for kind, c in (('actor1', a1), ('actor2', a2), ('code', codes)):
        for v, n in sorted(c.items(), key=lambda x: (-x[1], x[0])):
            o.write('%s\t%s\t%d\n' % (kind, v, n))
print(out, sum(a1.values()), len(a1), len(a2), len(codes))
