// Neo4j's labs Query API client, written by Neo4j, not here, against the service's embedded store over
// /db/neo4j/query/v2. run-node-tests.sh starts the service and sets GRAPH_URL and GRAPH_API_KEY; the graph is
// graph-seed/tiny (see its README for what it holds).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import neo4j from '@neo4j-labs/experimental-query-api-wrapper';

const url = process.env.GRAPH_URL ?? 'http://127.0.0.1:5080';
const apiKey = process.env.GRAPH_API_KEY ?? '';
const database = 'neo4j';
const label = `NodeClientTest${process.pid}`;

// The service takes its API key as the Basic password: with it the client may write, without it only read.
// (The wrapper cannot call without credentials: it refuses the "none" scheme itself.)
const writer = neo4j.wrapper(url, neo4j.auth.basic('neo4j', apiKey));
const stranger = neo4j.wrapper(url, neo4j.auth.basic('neo4j', 'not-the-key'));

async function ids() {
  const { records } = await writer.executeQuery(`MATCH (n:${label}) RETURN n.id AS id ORDER BY id`, {}, { database });
  return records.map((r) => r.get('id'));
}

before(async () => {
  await writer.executeQuery(`MATCH (n:${label}) DELETE n`, {}, { database });
});

after(async () => {
  await writer.executeQuery(`MATCH (n:${label}) DELETE n`, {}, { database });
  await writer.close();
  await stranger.close();
});

describe('discovery', () => {
  test('GET / names the query endpoint and the Neo4j version the service follows', async () => {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await response.json();

    assert.equal(response.status, 200);
    assert.equal(body.query, `${url}/db/{databaseName}/query/v2`);
    assert.match(body.neo4j_version, /^5\./);
  });

  test('the client discovers the endpoint on its own and runs a first query', async () => {
    const fresh = neo4j.wrapper(url, neo4j.auth.basic('neo4j', apiKey));
    try {
      const { records } = await fresh.executeQuery('RETURN 1 AS one', {}, { database, routing: 'READ' });
      assert.equal(records[0].get('one').toNumber(), 1);
    } finally {
      await fresh.close();
    }
  });

  test('verifyConnectivity answers with the server it found', async () => {
    // verifyConnectivity runs CALL db.ping() through the Query API.
    const info = await writer.verifyConnectivity({ database });

    assert.ok(info.protocolVersion >= 5 && info.protocolVersion < 6, `protocol ${info.protocolVersion}`);
    assert.equal(info.address, new URL(url).host);
  });
});

describe('a read with typed values', () => {
  let record;

  before(async () => {
    const session = writer.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      const { records } = await session.run(
        "MATCH p = (line:TransportLine {id: 'line-metro-5'})-[r:SERVES {period: 'goals_2022_2026'}]->(:Place) "
          + "RETURN 9007199254740993 AS i, 0.5 AS f, '西青区' AS s, [1, 'two', 3.5] AS l, {year: 2021, name: '西青'} AS m, "
          + "line AS node, r AS rel, p AS path, point({longitude: 117.01, latitude: 39.12}) AS pt, date('2021-01-25') AS d, "
          + '$sent AS echoed',
        { sent: { n: neo4j.int(42), when: new neo4j.types.Date(2022, 1, 1), words: ['一', '二'] } },
      );
      assert.equal(records.length, 1);
      [record] = records;
    } finally {
      await session.close();
    }
  });

  test('integers stay 64-bit integers and floats stay floats', () => {
    assert.ok(neo4j.isInt(record.get('i')));
    assert.equal(record.get('i').toString(), '9007199254740993');
    assert.equal(record.get('f'), 0.5);
  });

  test('strings, lists and maps keep their content and their element types', () => {
    assert.equal(record.get('s'), '西青区');
    const list = record.get('l');
    assert.ok(neo4j.isInt(list[0]));
    assert.deepEqual([list[0].toNumber(), list[1], list[2]], [1, 'two', 3.5]);
    const map = record.get('m');
    assert.equal(map.year.toNumber(), 2021);
    assert.equal(map.name, '西青');
  });

  test('a node, a relationship and a path come back as the driver types', () => {
    const node = record.get('node');
    assert.ok(neo4j.isNode(node));
    assert.deepEqual(node.labels, ['TransportLine']);
    assert.equal(node.properties.name, '地铁5号线');
    assert.equal(node.properties.line.toNumber(), 545);

    const rel = record.get('rel');
    assert.ok(neo4j.isRelationship(rel));
    assert.equal(rel.type, 'SERVES');
    assert.equal(rel.properties.status, 'planned');
    assert.equal(rel.startNodeElementId, node.elementId);

    const path = record.get('path');
    assert.ok(neo4j.isPath(path));
    assert.equal(path.length, 1);
    assert.equal(path.start.elementId, node.elementId);
    assert.equal(path.end.elementId, rel.endNodeElementId);
    assert.equal(path.segments[0].relationship.elementId, rel.elementId);
  });

  test('a point and a date come back as the driver types', () => {
    const point = record.get('pt');
    assert.ok(neo4j.isPoint(point));
    assert.equal(Number(point.srid), 4326);
    assert.deepEqual([point.x, point.y], [117.01, 39.12]);

    const date = record.get('d');
    assert.ok(neo4j.isDate(date));
    assert.equal(date.toString(), '2021-01-25');
  });

  test('typed parameters come back as sent', () => {
    const echoed = record.get('echoed');
    assert.ok(neo4j.isInt(echoed.n));
    assert.equal(echoed.n.toNumber(), 42);
    assert.ok(neo4j.isDate(echoed.when));
    assert.equal(echoed.when.toString(), '2022-01-01');
    assert.deepEqual(echoed.words, ['一', '二']);
  });
});

describe('transactions', () => {
  test('a committed transaction is visible afterwards', async () => {
    const session = writer.session({ database });
    try {
      const tx = await session.beginTransaction();
      await tx.run(`CREATE (:${label} {id: $id})`, { id: 'committed' });
      const inside = await tx.run(`MATCH (n:${label}) RETURN count(n) AS c`);
      assert.equal(inside.records[0].get('c').toNumber(), 1);
      await tx.commit();
    } finally {
      await session.close();
    }

    assert.deepEqual(await ids(), ['committed']);
  });

  test('a rolled-back transaction leaves nothing behind', async () => {
    const session = writer.session({ database });
    try {
      const tx = await session.beginTransaction();
      await tx.run(`CREATE (:${label} {id: $id})`, { id: 'rolled-back' });
      await tx.rollback();
    } finally {
      await session.close();
    }

    assert.ok(!(await ids()).includes('rolled-back'));
  });

  test('a managed write transaction commits through executeWrite', async () => {
    const session = writer.session({ database });
    try {
      await session.executeWrite((tx) => tx.run(`CREATE (:${label} {id: $id})`, { id: 'managed' }));
    } finally {
      await session.close();
    }

    assert.deepEqual(await ids(), ['committed', 'managed']);
  });
});

describe('errors', () => {
  test('bad Cypher fails with Neo4j\'s syntax error code', async () => {
    // Auto-commit (session.run), not executeQuery: executeQuery runs in an explicit transaction, and after a failed
    // statement the service keeps that transaction open until it idles out (Neo4j ends it; see docs/stores.md).
    const session = writer.session({ database });
    try {
      await assert.rejects(session.run('MATCH (n) RETUR n'), (error) => {
        assert.equal(error.code, 'Neo.ClientError.Statement.SyntaxError');
        assert.match(error.message, /RETUR/);
        return true;
      });
    } finally {
      await session.close();
    }
  });

  test('a write in a READ session fails with Neo4j\'s access-mode code', async () => {
    const session = writer.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      await assert.rejects(session.run(`CREATE (:${label} {id: 'read-mode'})`), { code: 'Neo.ClientError.Statement.AccessMode' });
    } finally {
      await session.close();
    }
  });

  test('a wrong password is refused with Neo4j\'s unauthorized code', async () => {
    const session = stranger.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      await assert.rejects(session.run('RETURN 1 AS one'), { code: 'Neo.ClientError.Security.Unauthorized' });
    } finally {
      await session.close();
    }
  });
});
