import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvField, fileName, toCsv, toJsonRecords } from '../src/export.js';
import { parseRoute, routeHref, viewOf } from '../src/links.js';
import { setLang, t, term } from '../src/i18n.js';

test('CSV quotes commas, quotes and line breaks and keeps Chinese as it is', () => {
  assert.equal(csvField('中芯国际'), '中芯国际');
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvField(null), '');
  assert.equal(csvField(['x']), '"[""x""]"');
  assert.equal(toCsv(['name', 'n'], [['集成电路', 3]]), 'name,n\r\n集成电路,3\r\n');
});

test('JSON export pairs fields with row values', () => {
  assert.deepEqual(toJsonRecords(['a', 'b'], [[1, null], [2]]), [{ a: 1, b: null }, { a: 2, b: null }]);
});

test('file names keep CJK letters and drop punctuation', () => {
  assert.equal(fileName('chain-towns-集成电路', 'csv'), 'chain-towns-集成电路.csv');
  assert.equal(fileName('a/b:c', 'json'), 'a-b-c.json');
  assert.equal(fileName('', 'png'), 'export.png');
});

test('routes round-trip through the hash, the Cypher statement included', () => {
  const statement = "MATCH (n {name: '中芯国际'}) RETURN n & 1 #x";
  const href = routeHref('cypher', '', { s: statement, p: '' });
  const route = parseRoute(href);
  assert.equal(route.view, 'cypher');
  assert.equal(route.params.get('s'), statement);
  assert.deepEqual(parseRoute('#/entity/ent-smic'), { view: 'entity', id: 'ent-smic', params: new URLSearchParams() });
  assert.equal(parseRoute('').view, 'home');
});

test('chains and places open in their own views', () => {
  assert.equal(viewOf({ id: 'chain-integrated-circuit', labels: ['Chain'] }), 'chain');
  assert.equal(viewOf({ id: 'place-xiqing', labels: [] }), 'place');
  assert.equal(viewOf({ id: 'ent-smic', labels: ['Enterprise'] }), 'entity');
});

test('interface text switches language and fills placeholders', () => {
  setLang('en');
  assert.equal(t('graph.cut', 100, 100), 'Cut: showing 100 nodes (limit 100).');
  assert.equal(term('status', 'under_construction'), 'under construction');
  setLang('zh');
  assert.equal(term('rel', 'IN_CHAIN'), '所属产业链');
  assert.equal(term('status', 'no_such_status'), 'no_such_status');
});
