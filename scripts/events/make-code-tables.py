#!/usr/bin/env python3
"""Regenerates the versioned code tables in entente-core/src/main/resources/dev/entente/io/cameo/ from the
research data (../shared/data) and entente's curated state list. Run from the repository root:
    python3 scripts/events/make-code-tables.py ../shared/data
The output is committed; this script documents how it was made."""
import csv, sys, os

data = sys.argv[1] if len(sys.argv) > 1 else '../shared/data'
out = 'entente-core/src/main/resources/dev/entente/io/cameo'

# 1. CAMEO event codes with names and three Goldstein vectors
src = os.path.join(data, 'eventcoding/cameo-codes/cameo_event_codes.tsv')
rows = [l.rstrip('\n').split('\t') for l in open(src, encoding='utf-8') if not l.startswith('#')]
head, body = rows[0], rows[1:]
idx = {h: i for i, h in enumerate(head)}
with open(os.path.join(out, 'cameo-event-codes.tsv'), 'w', encoding='utf-8') as f:
    f.write('# version: cameo-1.1b3+gdelt+icews+phoenix-2026-11\n')
    f.write('# CAMEO event codes (CAMEO 1.1b3, Schrodt 2012) with names from the ICEWS CAMEO codebook extract\n')
    f.write('# (andybega/icews@3746c72 data-raw/cameo-codes.csv, MIT) and three Goldstein mappings:\n')
    f.write('#   goldstein_gdelt: GDELT CAMEO.goldsteinscale.txt (copy in mpiccirilli/UNDP-BCPR-Project@e009a80), 311 codes\n')
    f.write('#   goldstein_icews: the ICEWS codebook table above, 312 codes\n')
    f.write('#   goldstein_phoenix: openeventdata/phoenix_pipeline@d1639c5 postprocess.py (from Parus CAMEO.SCALE.txt)\n')
    f.write('# Empty = the code is absent from that source. Made by scripts/events/make-code-tables.py from\n')
    f.write('# shared/data/eventcoding/cameo-codes/cameo_event_codes.tsv.\n')
    f.write('code\tlevel\troot\tname\tgoldstein_gdelt\tgoldstein_icews\tgoldstein_phoenix\n')
    for r in body:
        f.write('\t'.join([r[idx['code']], r[idx['level']], r[idx['root']], r[idx['name']],
                           r[idx['goldstein_gdelt']], r[idx['goldstein_icews']], r[idx['goldstein_phoenix']]]) + '\n')

# 2. Quad classes: root code -> class under three conventions (METHODS.md B.8)
def gdelt(r): return 1 if r <= 5 else 2 if r <= 9 else 3 if r <= 14 else 4
def icews(r): return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4
def phoenix(r): return 0 if r <= 2 else 1 if r <= 5 else 2 if r <= 8 else 3 if (r <= 13 or r == 16) else 4
# cross-check against the derived table's own quad columns
for r in body:
    root = int(r[idx['root']])
    assert int(r[idx['quad_gdelt']]) == gdelt(root), r
    assert int(r[idx['quad_phoenix']]) == phoenix(root), r
with open(os.path.join(out, 'quad-classes.tsv'), 'w', encoding='utf-8') as f:
    f.write('# version: quad-classes-2026-11\n')
    f.write('# CAMEO root code -> quad class, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,\n')
    f.write('# 4 material conflict, 0 neutral (Phoenix only). Conventions (METHODS.md B.8):\n')
    f.write('#   gdelt: GDELT lookup grouping (CAMEO.eventcodes.txt headers): 01-05, 06-09, 10-14, 15-20\n')
    f.write('#   icews: andybega/icews data-raw/clean-data.R and py-gdelt: 01-05, 06-08, 09-13, 14-20\n')
    f.write('#   phoenix: phoenix_pipeline postprocess.py quad_class: 01-02 -> 0, 03-05, 06-08, 09-13 and 16, 14-15 and 17-20\n')
    f.write('root\tgdelt\ticews\tphoenix\n')
    for root in range(1, 21):
        f.write('%02d\t%d\t%d\t%d\n' % (root, gdelt(root), icews(root), phoenix(root)))

# 3. Country codes: CAMEO actor country codes and ICEWS country names -> ISO3 and COW
states = {}
for l in open('entente-core/src/main/resources/dev/entente/curated/states.tsv', encoding='utf-8'):
    if l.startswith('#') or l.startswith('ccode'):
        continue
    c = l.rstrip('\n').split('\t')
    if c[2]:
        states[c[2]] = (c[0], c[3])
# CAMEO codes that are not ISO 3166-1 alpha-3 (EVENT-DATA.md 4.4): code -> (iso3, ccode, name)
extra = {
    'USR': ('RUS', '365', 'Soviet Union'), 'SUN': ('RUS', '365', 'Soviet Union'),
    'YUG': ('SRB', '345', 'Yugoslavia'), 'FRY': ('SRB', '345', 'Federal Republic of Yugoslavia'),
    'SCG': ('SRB', '345', 'Serbia and Montenegro'), 'SRP': ('SRB', '345', 'Serbia'),
    'KSV': ('XKX', '347', 'Kosovo'), 'DDR': ('DDR', '265', 'German Democratic Republic'),
    'CSK': ('CSK', '315', 'Czechoslovakia'), 'TMP': ('TLS', '860', 'East Timor'),
}
names = {}
for l in open(os.path.join(data, 'events/text_to_CAMEO/countrynames.txt'), encoding='utf-8'):
    n, code, cow = l.rstrip('\n').split('\t')
    if n != 'NULL':
        names[n] = code
# ICEWS spellings seen in the ICEWS sample that countrynames.txt lacks
names.update({'the former Yugoslav Republic of Macedonia': 'MKD', 'Moldova, Republic of': 'MDA',
              'Holy See': 'VAT', "Cote d'Ivoire": 'CIV', 'Democratic Republic of Congo': 'COD',
              'Hong Kong': 'HKG', 'Swaziland': 'SWZ'})
with open(os.path.join(out, 'country-codes.tsv'), 'w', encoding='utf-8') as f:
    f.write('# version: event-countries-2026-11\n')
    f.write('# Actor country -> state. scheme cameo: the CAMEO country code of GDELT Actor1/2CountryCode (ISO 3166-1\n')
    f.write('# alpha-3, plus the non-ISO CAMEO codes of EVENT-DATA.md 4.4); scheme icews: the ICEWS Source/Target\n')
    f.write('# Country name (openeventdata/text_to_CAMEO@6d7b3ab countrynames.txt, MIT, Schrodt 2014, plus spellings\n')
    f.write('# seen in the ICEWS 2018 sample), mapped through its CAMEO code (first three letters: a territory coded\n')
    f.write('# USAASM counts as USA). ccode: the COW state number from entente\'s curated state list (ISO3 -> COW),\n')
    f.write('# empty for places that are not COW states (PSE, HKG, ESH, ...). The COW number of a given day comes from the\n')
    f.write('# states\' system spells and state-predecessors.tsv (DEU is 260 until 1990-10-02, 255 from 1990-10-03).\n')
    f.write('# Made by scripts/events/make-code-tables.py.\n')
    f.write('scheme\tcode\tiso3\tccode\tname\n')
    cameo = {}
    for iso, (cc, nm) in states.items():
        cameo[iso] = (iso, cc, nm)
    for n, code in names.items():
        c3 = code[:3]
        if c3 not in cameo and len(code) == 3 and code != '---':
            cameo[c3] = (c3, '', n)
    for k, v in extra.items():
        cameo[k] = v
    for k in sorted(cameo):
        f.write('cameo\t%s\t%s\t%s\t%s\n' % (k, *cameo[k]))
    for n in sorted(names):
        c3 = names[n][:3]
        if c3 in cameo:
            iso, cc, _ = cameo[c3]
            f.write('icews\t%s\t%s\t%s\t%s\n' % (n, iso, cc, n))
        else:
            print('no mapping for ICEWS name', n, names[n], file=sys.stderr)
print('written to', out)
