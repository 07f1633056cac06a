#!/usr/bin/env python3
"""Checks a graph-seed folder against SEED-SCHEMA.md (a quick stand-in for the C# validator).

Usage: python3 graph-seed/tools/check_seed.py [SEED_DIR] [--counts]

Checks: file names and exact headers, id prefixes and uniqueness, enumerations, numeric columns,
relationship endpoints and their labels, duplicate (start, end, type, period) rows, and the
evidence rule: the report joined from `line` on with all whitespace removed must start the
whitespace-free quote on that very line.
Exits 1 and lists the problems if any.
"""
import collections
import csv
import os
import sys

LABELS = {
    'enterprise': ('Enterprise', 'ent', ['country', 'kind']),
    'project': ('Project', 'proj', ['category', 'investment:double', 'investment_unit']),
    'place': ('Place', 'place', ['level', 'code']),
    'park': ('Park', 'park', []),
    'chain': ('Chain', 'chain', ['tier']),
    'institution': ('Institution', 'inst', ['kind']),
    'program': ('Program', 'prog', ['kind']),
    'transport_line': ('TransportLine', 'line', ['kind']),
    'event': ('Event', 'event', []),
    'product': ('Product', 'prod', []),
    'designation': ('Designation', 'desig', []),
    'indicator': ('Indicator', 'ind', ['value:double', 'unit', 'year:int', 'subject']),
}
ENUMS = {
    ('Enterprise', 'kind'): {'state_owned', 'private', 'foreign', 'joint_venture', 'listed', 'unknown'},
    ('Project', 'category'): {'industrial', 'infrastructure', 'transport', 'culture_tourism', 'ecology',
                              'livelihood', 'education', 'health', 'urban_renewal', 'agriculture',
                              'technology', 'commerce', 'other'},
    ('Place', 'level'): {'country', 'province', 'city', 'district', 'county', 'town', 'street', 'village',
                         'area', 'river', 'lake', 'reservoir', 'canal', 'region'},
    ('Chain', 'tier'): {'leading', 'emerging', 'traditional', 'service', 'agriculture', 'other'},
    ('Institution', 'kind'): {'university', 'research', 'hospital', 'school', 'fund', 'alliance', 'platform',
                              'government', 'association', 'other'},
    ('Program', 'kind'): {'policy', 'project_campaign', 'talent', 'reform', 'action_plan', 'other'},
    ('TransportLine', 'kind'): {'metro', 'road', 'railway', 'expressway', 'bridge', 'bus', 'other'},
}
NODE_HEAD = ['id:ID', 'name', 'aliases:string[]', 'description', 'evidence', 'line:int']
REL_HEAD = [':START_ID', ':END_ID', ':TYPE', 'status', 'period', 'evidence', 'line:int', 'note']
STATUSES = {'completed', 'under_construction', 'planned', 'signed', 'landed', 'operating', 'unknown'}
PERIODS = {'review_2016_2021', 'year_2021', 'goals_2022_2026', 'plan_2022'}
END_LABELS = {
    'IN_CHAIN': {'Chain'}, 'LOCATED_IN': {'Place', 'Park'}, 'PART_OF': {'Place', 'Park'},
    'DEVELOPS': {'Project'}, 'HEADQUARTERS_IN': {'Place', 'Park'}, 'SERVES': {'Place', 'Park'},
    'ALONG': {'Place'}, 'PRODUCES': {'Product'}, 'HOSTS': {'Event'}, 'SUPPORTS': None,
    'PARTNERS_WITH': None, 'IN_PROGRAM': {'Program'}, 'DESIGNATED_AS': {'Designation'},
    'INVESTS_IN': {'Project', 'Enterprise'}, 'MEASURES': None,
}
START_LABELS = {
    'DEVELOPS': {'Enterprise', 'Institution'}, 'HEADQUARTERS_IN': {'Enterprise'},
    'SERVES': {'TransportLine'}, 'SUPPORTS': {'Place', 'Institution'}, 'INVESTS_IN': {'Enterprise'},
    'MEASURES': {'Indicator'}, 'PART_OF': {'Place', 'Park'},
}


class Report:
    def __init__(self, path):
        self.lines = open(path, encoding='utf-8').read().split('\n')
        chars, lineof = [], []
        for i, line in enumerate(self.lines, 1):
            for ch in line:
                if not ch.isspace():
                    chars.append(ch)
                    lineof.append(i)
        self.norm = ''.join(chars)
        self.first = {}
        for k in range(len(lineof) - 1, -1, -1):
            self.first[lineof[k]] = k

    def quote_starts_on(self, quote, line):
        q = ''.join(ch for ch in quote if not ch.isspace())
        if not q or line not in self.first:
            return False
        k = self.first[line]
        end = self.first.get(line + 1)
        while end is None and line < len(self.lines):
            line += 1
            end = self.first.get(line + 1)
        stop = end if end is not None else len(self.norm)
        for s in range(k, stop):
            if self.norm.startswith(q, s):
                return True
        return False


def read_csv(path, problems):
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        problems.append(f'{path}: has a BOM')
    if b'\r' in raw:
        problems.append(f'{path}: has CR characters')
    rows = list(csv.reader(raw.decode('utf-8').splitlines(keepends=True)))
    return rows[0], rows[1:]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    seed = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
    report = Report(os.path.join(seed, 'source', 'xiqing-2021-report.txt'))
    problems = []
    nodes = {}
    for fname in sorted(os.listdir(os.path.join(seed, 'nodes'))):
        stem = fname[:-4]
        if stem not in LABELS:
            problems.append(f'unknown node file {fname}')
            continue
        label, prefix, extras = LABELS[stem]
        head, rows = read_csv(os.path.join(seed, 'nodes', fname), problems)
        if head != NODE_HEAD + extras + [':LABEL']:
            problems.append(f'{fname}: header {head}')
            continue
        for r in rows:
            where = f'{fname}:{r[0] if r else "?"}'
            if len(r) != len(head):
                problems.append(f'{where}: {len(r)} fields')
                continue
            rec = dict(zip(head, r))
            nid = rec['id:ID']
            if nid in nodes:
                problems.append(f'{where}: duplicate id')
            if not nid.startswith(prefix + '-'):
                problems.append(f'{where}: prefix')
            if rec[':LABEL'] != label:
                problems.append(f'{where}: label {rec[":LABEL"]}')
            if not rec['name']:
                problems.append(f'{where}: empty name')
            for col in extras:
                key = (label, col)
                if key in ENUMS and rec[col] not in ENUMS[key]:
                    problems.append(f'{where}: {col}={rec[col]}')
                if col.endswith(':double') and rec[col]:
                    float(rec[col])
                if col.endswith(':int'):
                    int(rec[col])
            if not rec['line:int'].isdigit() or not report.quote_starts_on(rec['evidence'], int(rec['line:int'])):
                problems.append(f'{where}: evidence not on line {rec["line:int"]}: {rec["evidence"]}')
            nodes[nid] = rec
    for nid, rec in nodes.items():
        if rec[':LABEL'] == 'Indicator' and rec['subject'] not in nodes:
            problems.append(f'{nid}: subject {rec["subject"]} missing')

    rels = []
    seen = set()
    for fname in sorted(os.listdir(os.path.join(seed, 'rels'))):
        head, rows = read_csv(os.path.join(seed, 'rels', fname), problems)
        if head != REL_HEAD:
            problems.append(f'{fname}: header {head}')
            continue
        for r in rows:
            if len(r) != len(head):
                problems.append(f'{fname}: {len(r)} fields in {r}')
                continue
            rec = dict(zip(head, r))
            t = rec[':TYPE']
            where = f'{fname}:{rec[":START_ID"]}->{rec[":END_ID"]}'
            if fname != t.lower() + '.csv' or t not in END_LABELS:
                problems.append(f'{where}: type {t} in {fname}')
                continue
            s, e = nodes.get(rec[':START_ID']), nodes.get(rec[':END_ID'])
            if s is None or e is None:
                problems.append(f'{where}: missing endpoint')
                continue
            if END_LABELS[t] and e[':LABEL'] not in END_LABELS[t]:
                problems.append(f'{where}: end label {e[":LABEL"]}')
            if t in START_LABELS and s[':LABEL'] not in START_LABELS[t]:
                problems.append(f'{where}: start label {s[":LABEL"]}')
            if t == 'PART_OF' and s[':LABEL'] != e[':LABEL']:
                problems.append(f'{where}: PART_OF across labels')
            if t == 'ALONG' and e.get('level') not in ('river', 'canal', 'lake'):
                problems.append(f'{where}: ALONG to {e.get("level")}')
            if rec['status'] not in STATUSES:
                problems.append(f'{where}: status {rec["status"]}')
            if rec['period'] not in PERIODS:
                problems.append(f'{where}: period {rec["period"]}')
            key = (rec[':START_ID'], rec[':END_ID'], t, rec['period'])
            if key in seen:
                problems.append(f'{where}: duplicate {key}')
            seen.add(key)
            if not rec['line:int'].isdigit() or not report.quote_starts_on(rec['evidence'], int(rec['line:int'])):
                problems.append(f'{where}: evidence not on line {rec["line:int"]}: {rec["evidence"]}')
            rels.append(rec)

    touched = collections.Counter()
    for r in rels:
        touched[r[':START_ID']] += 1
        touched[r[':END_ID']] += 1
    for nid, rec in nodes.items():
        if rec[':LABEL'] in ('Enterprise', 'Project') and not touched[nid]:
            problems.append(f'{nid}: {rec[":LABEL"]} without relationship')

    if '--counts' in sys.argv:
        print('| label | nodes |\n|---|---:|')
        for k, v in sorted(collections.Counter(n[':LABEL'] for n in nodes.values()).items()):
            print(f'| {k} | {v} |')
        print(f'| **total** | **{len(nodes)}** |\n')
        print('| type | relationships |\n|---|---:|')
        for k, v in sorted(collections.Counter(r[':TYPE'] for r in rels).items()):
            print(f'| {k} | {v} |')
        print(f'| **total** | **{len(rels)}** |\n')
        print('| period | relationships |\n|---|---:|')
        for k, v in collections.Counter(r['period'] for r in rels).items():
            print(f'| {k} | {v} |')
        print('\n| status | relationships |\n|---|---:|')
        for k, v in sorted(collections.Counter(r['status'] for r in rels).items()):
            print(f'| {k} | {v} |')
    for p in problems:
        print(p)
    print(f'{len(nodes)} nodes, {len(rels)} relationships, {len(problems)} problems')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
