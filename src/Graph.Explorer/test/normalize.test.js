import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  normalizeRelated, cellText, entityRef, graphOfRows, groupFacts, kindOfValue, normalizeChainMembers, normalizeChainTowns,
  normalizeCypher, normalizeEntity, normalizeGraph, normalizePaths, normalizePlace, normalizeSearch,
} from '../src/normalize.js';

const smicNode = { elementId: '4:x:1', labels: ['Enterprise'], properties: { id: 'ent-smic', name: '中芯国际', aliases: ['SMIC'] } };
const chainNode = { elementId: '4:x:2', labels: ['Chain'], properties: { id: 'chain-integrated-circuit', name: '集成电路' } };
const inChain = { elementId: '5:x:9', startNodeElementId: '4:x:1', endNodeElementId: '4:x:2', type: 'IN_CHAIN', properties: { status: 'operating', period: 'review_2016_2021' } };

test('search results are read from a bare list or from a wrapper', () => {
  const plain = [{ id: 'ent-smic', name: '中芯国际', labels: ['Enterprise'], aliases: ['SMIC'] }];
  assert.deepEqual(normalizeSearch(plain).map((r) => r.name), ['中芯国际']);
  assert.deepEqual(normalizeSearch({ items: plain }).map((r) => r.id), ['ent-smic']);
  assert.deepEqual(normalizeSearch({ results: [{ node: smicNode, score: 3 }] }).map((r) => [r.id, r.score]), [['ent-smic', undefined]]);
  assert.deepEqual(normalizeSearch({ hits: [{ id: 'ent-smic', name: '中芯国际', label: 'Enterprise', score: 2 }] })[0].labels, ['Enterprise']);
});

test('a Neo4j plain-JSON node becomes a reference by its id property, not its element id', () => {
  const ref = entityRef(smicNode);
  assert.equal(ref.id, 'ent-smic');
  assert.equal(ref.name, '中芯国际');
  assert.deepEqual(ref.labels, ['Enterprise']);
  assert.deepEqual(ref.aliases, ['SMIC']);
});

test('seed-style aliases separated by semicolons are split', () => {
  assert.deepEqual(entityRef({ id: 'a', name: 'A', aliases: 'SMIC;中芯' }).aliases, ['SMIC', '中芯']);
});

test('entity facts keep direction, type, the other end and the evidence, and group outgoing first', () => {
  const { entity, rels } = normalizeEntity({
    id: 'ent-smic', name: '中芯国际', labels: ['Enterprise'],
    relationships: [
      { direction: 'incoming', type: 'MEASURES', other: { id: 'ind-x', name: 'X', labels: ['Indicator'] }, status: 'completed' },
      { direction: 'outgoing', type: 'IN_CHAIN', other: { id: 'chain-integrated-circuit', name: '集成电路', labels: ['Chain'] },
        status: 'operating', period: 'review_2016_2021', evidence: '以中芯国际…', line: 62 },
    ],
  });
  assert.equal(entity.name, '中芯国际');
  const groups = groupFacts(rels);
  assert.deepEqual(groups.map((g) => `${g.direction}:${g.type}`), ['out:IN_CHAIN', 'in:MEASURES']);
  assert.equal(groups[0].facts[0].other.name, '集成电路');
  assert.equal(groups[0].facts[0].evidence, '以中芯国际…');
  assert.equal(groups[0].facts[0].line, 62);
});

test('entity facts may carry their properties under the relationship', () => {
  const { rels } = normalizeEntity({ entity: { id: 'a', name: 'A' }, relationships: [
    { direction: 'out', relationship: { type: 'LOCATED_IN', properties: { status: 'planned', evidence: 'q', line: 3 } }, node: { id: 'b', name: 'B' } },
  ] });
  assert.deepEqual([rels[0].type, rels[0].status, rels[0].evidence, rels[0].line, rels[0].other.id], ['LOCATED_IN', 'planned', 'q', 3, 'b']);
});

test('a neighbourhood maps element ids on edges to entity ids and reports the cut', () => {
  const g = normalizeGraph({ nodes: [smicNode, chainNode], relationships: [inChain], truncated: true, limit: 2 });
  assert.deepEqual(g.nodes.map((n) => n.id), ['ent-smic', 'chain-integrated-circuit']);
  assert.deepEqual([g.edges[0].source, g.edges[0].target, g.edges[0].type], ['ent-smic', 'chain-integrated-circuit', 'IN_CHAIN']);
  assert.equal(g.truncated, true);
  assert.equal(g.limit, 2);
});

test('paths give every hop its ends, type and evidence, from hops or from nodes plus relationships', () => {
  const [p] = normalizePaths({ paths: [{
    nodes: [{ id: 'ent-smic', name: '中芯国际' }, { id: 'chain-integrated-circuit', name: '集成电路' }, { id: 'proj-chip-test-center', name: '芯片测试中心' }],
    relationships: [
      { type: 'IN_CHAIN', status: 'operating', evidence: 'e1', line: 62 },
      { type: 'IN_CHAIN', startId: 'proj-chip-test-center', status: 'landed', evidence: 'e2', line: 705 },
    ],
  }] });
  assert.equal(p.hops.length, 2);
  assert.deepEqual(p.hops.map((x) => [x.from.name, x.to.name, x.direction, x.evidence]), [
    ['中芯国际', '集成电路', 'out', 'e1'], ['集成电路', '芯片测试中心', 'in', 'e2']]);
});

test('Cypher rows come as arrays, as Query-API values, or as objects keyed by field', () => {
  assert.deepEqual(normalizeCypher({ fields: ['a'], rows: [[1], [2]] }).rows, [[1], [2]]);
  assert.deepEqual(normalizeCypher({ data: { fields: ['a', 'b'], values: [[1, 'x']] } }).rows, [[1, 'x']]);
  assert.deepEqual(normalizeCypher({ columns: ['a', 'b'], rows: [{ b: 'y', a: 2 }] }).rows, [[2, 'y']]);
  assert.equal(normalizeCypher({ fields: [], rows: [], truncated: true }).truncated, true);
});

test('cells are classified and written as text for tables and CSV', () => {
  assert.equal(kindOfValue(smicNode), 'node');
  assert.equal(kindOfValue(inChain), 'relationship');
  assert.equal(kindOfValue([smicNode, inChain, chainNode]), 'path');
  assert.equal(kindOfValue([1, 2]), 'list');
  assert.equal(cellText(smicNode), '中芯国际');
  assert.equal(cellText(inChain), '[:IN_CHAIN]');
  assert.equal(cellText([smicNode, inChain, chainNode]), '中芯国际 [:IN_CHAIN] 集成电路');
  assert.equal(cellText(null), '');
});

test('the graph of a Cypher result holds each node once and only edges whose ends are present', () => {
  const g = graphOfRows([[smicNode, inChain, chainNode], [[smicNode, inChain, chainNode]], [{ ...inChain, elementId: 'other', endNodeElementId: 'missing' }]]);
  assert.equal(g.nodes.length, 2);
  assert.deepEqual(g.edges.map((e) => e.id), ['5:x:9']);
  assert.equal(g.nodes[0].entityId, 'ent-smic');
});

test('chain members are flattened from a list or from groups by status', () => {
  const flat = normalizeChainMembers({ chain: { id: 'c' }, members: [{ member: { id: 'proj-chip-test-center', name: '芯片测试中心', labels: ['Project'] }, status: 'landed', town: { id: 't', name: '精武镇' } }] });
  assert.deepEqual([flat[0].member.name, flat[0].status, flat[0].town.name], ['芯片测试中心', 'landed', '精武镇']);
  const grouped = normalizeChainMembers({ members: { planned: [{ id: 'a', name: 'A' }], landed: [{ id: 'b', name: 'B' }] } });
  assert.deepEqual(grouped.map((m) => [m.member.id, m.status]), [['a', 'planned'], ['b', 'landed']]);
});

test('the chain × town matrix reads nested counts and long rows alike', () => {
  const nested = normalizeChainTowns({ towns: [{ town: { id: 't1', name: '精武镇' }, projects: { landed: 2, planned: 1 }, enterprises: { operating: 3 } }] });
  assert.deepEqual(nested.towns[0].projects, { landed: 2, planned: 1 });
  assert.deepEqual(nested.towns[0].firms, { operating: 3 });
  const long = normalizeChainTowns([
    { townId: 't1', townName: '精武镇', label: 'Project', status: 'landed', count: 2 },
    { townId: 't1', townName: '精武镇', label: 'Enterprise', status: 'operating', count: 1 },
  ]);
  assert.deepEqual([long.towns[0].town.name, long.towns[0].projects.landed, long.towns[0].firms.operating], ['精武镇', 2, 1]);
});

test('every list in a place answer becomes a section', () => {
  const { place, sections } = normalizePlace({ place: { id: 'place-yangliuqing-town', name: '杨柳青镇' },
    contains: [{ entity: { id: 'p1', name: '项目', labels: ['Project'] }, type: 'LOCATED_IN', status: 'planned' }], partOf: [{ id: 'place-xiqing', name: '西青区' }] });
  assert.equal(place.name, '杨柳青镇');
  assert.deepEqual(sections.map((s) => [s.key, s.items.length]), [['contains', 1], ['partOf', 1]]);
  assert.equal(sections[0].items[0].entity.name, '项目');
});

// The shapes the service (src/Graph.Api/Features) answers with: pages, singular labels, facts beside their ends.
test('the service: an entity with a page of links', () => {
  const { entity, rels } = normalizeEntity({
    id: 'ent-smic', label: 'Enterprise', properties: { id: 'ent-smic', name: '中芯国际', aliases: ['SMIC'], evidence: '中芯国际', line: 62 },
    links: { items: [{ type: 'IN_CHAIN', direction: 'out', other: { id: 'chain-integrated-circuit', label: 'Chain', name: '集成电路' },
      status: 'operating', period: 'review_2016_2021', evidence: '以中芯国际', line: 62, note: null }], skip: 0, limit: 200, hasMore: false, total: 1 },
  });
  assert.deepEqual([entity.name, entity.labels, entity.line], ['中芯国际', ['Enterprise'], 62]);
  assert.deepEqual([rels.length, rels[0].other.labels, rels[0].status], [1, ['Chain'], 'operating']);
});

test('the service: a chain with a page of members, each with its facts and towns', () => {
  const members = normalizeChainMembers({ id: 'chain-integrated-circuit', properties: { name: '集成电路' }, byStatus: { landed: 2 },
    members: { items: [{ member: { id: 'ent-smic', label: 'Enterprise', name: '中芯国际' },
      facts: [{ type: 'IN_CHAIN', status: 'operating', period: 'review_2016_2021', evidence: 'a', line: 62 }, { type: 'IN_CHAIN', status: 'operating', period: 'plan_2022', evidence: 'b', line: 705 }],
      towns: [{ id: 'place-jingwu-town', label: 'Place', name: '精武镇' }] }], hasMore: false } });
  assert.deepEqual(members.map((m) => [m.member.name, m.period, m.towns[0].name]), [['中芯国际', 'review_2016_2021', '精武镇'], ['中芯国际', 'plan_2022', '精武镇']]);
});

test('the service: the chain × town matrix by label and status, with the no-town row', () => {
  const { towns } = normalizeChainTowns({ id: 'c', name: '集成电路', statuses: ['landed'], towns: [
    { id: null, name: '(no town)', members: 3, byLabelAndStatus: { Project: { landed: 2 }, Enterprise: { operating: 1 }, Institution: { completed: 1 } } }] });
  assert.deepEqual([towns[0].town.id, towns[0].projects, towns[0].firms, towns[0].other], ['', { landed: 2 }, { operating: 1 }, { completed: 1 }]);
});

test('the service: a place with sub-places, a page of contents and lines', () => {
  const { place, sections } = normalizePlace({ id: 'place-yangliuqing-town', properties: { name: '杨柳青镇', level: 'town' },
    partOf: [{ id: 'place-xiqing', label: 'Place', name: '西青区', level: 'district' }], subPlaces: [],
    contentsByLabel: { Project: 1 },
    contents: { items: [{ entity: { id: 'proj-grand-canal-park', label: 'Project', name: '杨柳青大运河国家文化公园' },
      fact: { type: 'LOCATED_IN', status: 'planned', period: 'year_2021', evidence: 'q', line: 418 }, within: { id: 'place-yangliuqing-town', label: 'Place', name: '杨柳青镇' } }], hasMore: false },
    lines: [], along: [] });
  assert.equal(place.name, '杨柳青镇');
  const contents = sections.find((s) => s.key === 'contents');
  assert.deepEqual([contents.items[0].entity.name, contents.items[0].type, contents.items[0].status, contents.items[0].line, contents.items[0].via.name],
    ['杨柳青大运河国家文化公园', 'LOCATED_IN', 'planned', 418, '杨柳青镇']);
  assert.equal(sections.find((s) => s.key === 'partOf').items[0].entity.level, 'district');
});

test('the service: paths whose hops name their stored ends by id', () => {
  const [p] = normalizePaths({ from: 'ent-smic', to: 'proj-chip-test-center', maxHops: 4, length: 2, paths: [{
    nodes: [{ id: 'ent-smic', label: 'Enterprise', name: '中芯国际' }, { id: 'chain-integrated-circuit', label: 'Chain', name: '集成电路' }, { id: 'proj-chip-test-center', label: 'Project', name: '芯片测试中心' }],
    hops: [{ type: 'IN_CHAIN', from: 'ent-smic', to: 'chain-integrated-circuit', status: 'operating', evidence: 'e1', line: 62 },
      { type: 'IN_CHAIN', from: 'proj-chip-test-center', to: 'chain-integrated-circuit', status: 'landed', evidence: 'e2', line: 705 }] }] });
  assert.deepEqual(p.hops.map((x) => [x.from.name, x.to.name, x.direction]), [['中芯国际', '集成电路', 'out'], ['集成电路', '芯片测试中心', 'in']]);
});

test('the service: related firms with weighted reasons and the facts of each hop', () => {
  const [r] = normalizeRelated({ enterprise: { id: 'ent-smic' }, related: { items: [{ enterprise: { id: 'ent-x', label: 'Enterprise', name: 'X' }, score: 3,
    reasons: [{ reason: 'same_chain', weight: 3, via: { id: 'chain-integrated-circuit', label: 'Chain', name: '集成电路' },
      facts: [{ type: 'IN_CHAIN', from: 'ent-x', to: 'chain-integrated-circuit', status: 'landed', evidence: 'q', line: 1 }] }] }], hasMore: false } });
  assert.deepEqual([r.enterprise.name, r.score, r.reasons[0].kind, r.reasons[0].via.name, r.reasons[0].facts[0].evidence], ['X', 3, 'same_chain', '集成电路', 'q']);
});

test('the service: a neighbourhood names edges by their ends, type and period so expansions do not duplicate them', () => {
  const a = normalizeGraph({ centre: 'ent-smic', nodes: [{ id: 'ent-smic', label: 'Enterprise', name: '中芯国际', hop: 0 }],
    edges: [{ from: 'ent-smic', to: 'chain-integrated-circuit', type: 'IN_CHAIN', period: 'plan_2022' }], truncated: false, limit: 100 });
  const b = normalizeGraph({ nodes: [], edges: [{ from: 'x', to: 'y', type: 'T', period: 'p' }, { from: 'ent-smic', to: 'chain-integrated-circuit', type: 'IN_CHAIN', period: 'plan_2022' }] });
  assert.equal(a.edges[0].id, b.edges[1].id);
  assert.deepEqual(a.nodes[0].labels, ['Enterprise']);
});
