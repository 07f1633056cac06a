// Turns the API's JSON into the few shapes the views draw. The functions accept the common spellings
// (camelCase fields, Neo4j's plain-JSON node/relationship objects, lists wrapped in {items}/{results}/…),
// so a renamed wrapper in the API degrades to a working page instead of a blank one. Pure: no DOM, unit-tested.

const first = (obj, ...keys) => {
  if (!obj || typeof obj !== 'object') return undefined;
  for (const key of keys) if (obj[key] !== undefined && obj[key] !== null) return obj[key];
  return undefined;
};

/** The list inside a response: the response itself, or the first array under a usual wrapper name. */
export function listOf(json, ...extraKeys) {
  if (Array.isArray(json)) return json;
  const found = first(json, ...extraKeys, 'items', 'results', 'hits', 'data', 'value', 'rows', 'members', 'nodes');
  if (Array.isArray(found)) return found;
  if (found && typeof found === 'object' && Array.isArray(found.items)) return found.items;
  return [];
}

/** The items of a list or of a page ({items, skip, limit, hasMore, total}). */
export const itemsOf = (v) => (Array.isArray(v) ? v : v && typeof v === 'object' && Array.isArray(v.items) ? v.items : []);

const asArray = (v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : typeof v === 'string' ? v.split(';').filter(Boolean) : [v]);

/**
 * A node reference from any of: {id, name, labels|label}, {node: {...}}, Neo4j plain JSON
 * {elementId, labels, properties: {id, name}} or typed JSON {_element_id, _labels, _properties}.
 */
export function entityRef(raw) {
  if (!raw || typeof raw !== 'object') return { id: raw === undefined || raw === null ? '' : String(raw), name: String(raw ?? ''), labels: [] };
  if (raw.node && typeof raw.node === 'object' && !raw.name && !raw.id) return entityRef(raw.node);
  const props = raw.properties ?? raw._properties ?? {};
  const id = first(raw, 'id', 'entityId', 'nodeId') ?? first(props, 'id') ?? first(raw, 'elementId', '_element_id') ?? '';
  const name = first(raw, 'name', 'title', 'displayName') ?? first(props, 'name') ?? String(id);
  const labels = asArray(first(raw, 'labels', '_labels', 'label', 'kind'));
  return {
    id: String(id),
    name: String(name),
    labels: labels.map(String),
    aliases: asArray(first(raw, 'aliases') ?? first(props, 'aliases')).map(String),
    description: first(raw, 'description') ?? first(props, 'description') ?? '',
    evidence: first(raw, 'evidence') ?? first(props, 'evidence') ?? '',
    line: first(raw, 'line') ?? first(props, 'line'),
    score: first(raw, 'score', 'rank'),
    level: first(raw, 'level') ?? first(props, 'level'),
    properties: { ...props, ...(raw.props ?? {}) },
  };
}

/** Status, period, evidence and line of a fact, wherever the API put them (flat or under properties). */
export function factOf(raw) {
  const p = raw?.fact ?? raw?.properties ?? raw?.relationship?.properties ?? raw?.relationship ?? {};
  return {
    status: first(raw, 'status') ?? first(p, 'status') ?? '',
    period: first(raw, 'period') ?? first(p, 'period') ?? '',
    evidence: first(raw, 'evidence', 'quote') ?? first(p, 'evidence') ?? '',
    line: first(raw, 'line') ?? first(p, 'line'),
    note: first(raw, 'note') ?? first(p, 'note') ?? '',
  };
}

const OUT = new Set(['out', 'outgoing', 'OUTGOING', '->', 'forward', 'from']);
const IN = new Set(['in', 'incoming', 'INCOMING', '<-', 'backward', 'to']);

export function directionOf(value) {
  if (value === true) return 'out';
  if (value === false) return 'in';
  if (OUT.has(value)) return 'out';
  if (IN.has(value)) return 'in';
  return 'out';
}

/** Search answer → [{id, name, labels, aliases, description, score}]. */
export function normalizeSearch(json) {
  return listOf(json, 'matches', 'entities').map(entityRef).filter((e) => e.id);
}

/** Entity answer → {entity, rels: [{direction, type, other, status, period, evidence, line, note}]}. */
export function normalizeEntity(json) {
  const body = json?.entity && typeof json.entity === 'object' ? { ...json, ...json.entity } : json;
  const entity = entityRef(body);
  const rawRels = first(json, 'relationships', 'rels', 'facts', 'edges', 'links') ?? first(body, 'relationships', 'rels', 'facts') ?? [];
  const rels = (Array.isArray(rawRels) ? rawRels : itemsOf(rawRels)).map((r) => {
    const otherRaw = first(r, 'other', 'node', 'neighbor', 'neighbour', 'target', 'otherEnd', 'end');
    return {
      direction: directionOf(first(r, 'direction', 'dir', 'outgoing')),
      type: String(first(r, 'type', 'relType', 'relationshipType') ?? first(r.relationship, 'type') ?? ''),
      other: entityRef(otherRaw ?? { id: first(r, 'otherId'), name: first(r, 'otherName'), labels: first(r, 'otherLabels') }),
      ...factOf(r),
    };
  });
  return { entity, rels };
}

/** Groups facts by type and direction, in a stable order (outgoing first, then by type name). */
export function groupFacts(rels) {
  const groups = new Map();
  for (const rel of rels) {
    const key = `${rel.direction}:${rel.type}`;
    if (!groups.has(key)) groups.set(key, { direction: rel.direction, type: rel.type, facts: [] });
    groups.get(key).facts.push(rel);
  }
  return [...groups.values()].sort((a, b) =>
    a.direction === b.direction ? a.type.localeCompare(b.type) : a.direction === 'out' ? -1 : 1);
}

/** Neighbourhood answer → {nodes, edges, truncated, limit, total}. Edge ends are node ids. */
export function normalizeGraph(json) {
  const nodes = asArray(first(json, 'nodes', 'vertices')).map(entityRef);
  const byElementId = new Map();
  for (const [i, raw] of asArray(first(json, 'nodes', 'vertices')).entries()) {
    const eid = first(raw, 'elementId', '_element_id');
    if (eid !== undefined) byElementId.set(String(eid), nodes[i].id);
  }
  const endId = (v) => {
    if (v && typeof v === 'object') return entityRef(v).id;
    const s = String(v ?? '');
    return byElementId.get(s) ?? s;
  };
  const edges = asArray(first(json, 'edges', 'relationships', 'links', 'rels')).map((e, i) => {
    const source = endId(first(e, 'source', 'from', 'start', 'startId', 'startNodeId', 'startNodeElementId', '_start_node_element_id'));
    const target = endId(first(e, 'target', 'to', 'end', 'endId', 'endNodeId', 'endNodeElementId', '_end_node_element_id'));
    const type = String(first(e, 'type', '_type', 'label') ?? '');
    const fact = factOf(e);
    // The seed has one relationship per (start, end, type, period): that names an edge across expansions.
    return { id: String(first(e, 'id', 'elementId', '_element_id') ?? `${source}|${type}|${target}|${fact.period || i}`), source, target, type, ...fact };
  });
  const truncated = Boolean(first(json, 'truncated', 'capped', 'cut', 'isTruncated', 'limited', 'hasMore'));
  return { nodes, edges, truncated, limit: first(json, 'limit', 'cap', 'maxNodes'), total: first(json, 'total', 'totalNodes') };
}

/** Paths answer → [{nodes, hops: [{from, to, type, direction, status, period, evidence, line}]}]. */
export function normalizePaths(json) {
  return listOf(json, 'paths').map((p) => {
    const nodes = asArray(first(p, 'nodes', 'entities')).map(entityRef);
    const rawHops = asArray(first(p, 'hops', 'relationships', 'edges', 'steps', 'rels'));
    const hops = rawHops.map((hop, i) => {
      // The walk goes nodes[i] → nodes[i+1]; a hop's from/to (or start id) say which way the relationship is stored.
      const storedFrom = first(hop, 'from', 'source', 'start', 'startId', 'startNodeId');
      const storedTo = first(hop, 'to', 'target', 'end', 'endId', 'endNodeId');
      const from = nodes[i] ?? entityRef(storedFrom);
      const to = nodes[i + 1] ?? entityRef(storedTo);
      const storedFromId = storedFrom && typeof storedFrom === 'object' ? entityRef(storedFrom).id : storedFrom;
      const direction = first(hop, 'direction') !== undefined ? directionOf(hop.direction)
        : storedFromId !== undefined && String(storedFromId) === to.id && to.id !== from.id ? 'in' : 'out';
      return { from, to, type: String(first(hop, 'type', '_type') ?? ''), direction, ...factOf(hop) };
    });
    const allNodes = nodes.length ? nodes : hops.length ? [hops[0].from, ...hops.map((x) => x.to)] : [];
    return { nodes: allNodes, hops, length: first(p, 'length', 'hopCount') ?? hops.length };
  });
}

/** Is this cell a Neo4j node, a relationship, a path, or a plain value? */
export function kindOfValue(v) {
  if (!v || typeof v !== 'object') return 'value';
  if (Array.isArray(v)) {
    if (v.length >= 1 && v.length % 2 === 1 && v.every((x, i) => kindOfValue(x) === (i % 2 === 0 ? 'node' : 'relationship'))) return 'path';
    return 'list';
  }
  if (Array.isArray(v.nodes) && Array.isArray(v.relationships ?? v.rels)) return 'path';
  const type = first(v, 'type', '_type');
  const hasEnds = first(v, 'startNodeElementId', '_start_node_element_id', 'startNodeId', 'start', 'startId') !== undefined;
  if (typeof type === 'string' && hasEnds) return 'relationship';
  if (Array.isArray(first(v, 'labels', '_labels')) && (v.properties || v._properties || v.elementId || v._element_id)) return 'node';
  return 'map';
}

/** Cypher answer → {fields, rows (arrays aligned with fields), truncated, limit}. */
export function normalizeCypher(json) {
  const data = json?.data && !Array.isArray(json.data) ? json.data : json;
  const fields = asArray(first(data, 'fields', 'columns', 'keys')).map(String);
  let rows = first(data, 'rows', 'values', 'records', 'data') ?? [];
  if (!Array.isArray(rows)) rows = [];
  rows = rows.map((row) => (Array.isArray(row) ? row : row && typeof row === 'object' ? fields.map((f) => row[f]) : [row]));
  const truncated = Boolean(first(json, 'truncated', 'cut', 'capped', 'isTruncated') ?? first(data, 'truncated'));
  return { fields, rows, truncated, limit: first(json, 'rowLimit', 'limit', 'maxRows') };
}

/** Every node and relationship in a Cypher result, for the graph view. */
export function graphOfRows(rows) {
  const nodes = new Map();
  const edges = new Map();
  const visit = (v) => {
    const kind = kindOfValue(v);
    if (kind === 'node') {
      const ref = entityRef(v);
      const eid = String(first(v, 'elementId', '_element_id') ?? ref.id);
      nodes.set(eid, { ...ref, key: eid });
    } else if (kind === 'relationship') {
      const eid = String(first(v, 'elementId', '_element_id', 'id') ?? `${edges.size}`);
      const props = v.properties ?? v._properties ?? {};
      edges.set(eid, {
        id: eid,
        source: String(first(v, 'startNodeElementId', '_start_node_element_id', 'startNodeId', 'start', 'startId')),
        target: String(first(v, 'endNodeElementId', '_end_node_element_id', 'endNodeId', 'end', 'endId')),
        type: String(first(v, 'type', '_type')),
        ...factOf({ properties: props }),
      });
    } else if (kind === 'path') {
      const parts = Array.isArray(v) ? v : [...v.nodes, ...(v.relationships ?? v.rels)];
      parts.forEach(visit);
    } else if (kind === 'list') {
      v.forEach(visit);
    } else if (kind === 'map') {
      Object.values(v).forEach(visit);
    }
  };
  rows.forEach((row) => row.forEach(visit));
  // Cytoscape needs both ends present: edges to nodes outside the result are dropped.
  const keyed = [...nodes.values()];
  const ids = new Set(keyed.map((n) => n.key));
  return {
    nodes: keyed.map((n) => ({ ...n, id: n.key, entityId: n.id })),
    edges: [...edges.values()].filter((e) => ids.has(e.source) && ids.has(e.target)),
  };
}

/** A cell as text for tables and CSV: nodes by name, relationships by type, paths as name-type-name. */
export function cellText(v) {
  const kind = kindOfValue(v);
  if (kind === 'value') return v === null || v === undefined ? '' : String(v);
  if (kind === 'node') { const r = entityRef(v); return r.name || r.id; }
  if (kind === 'relationship') return `[:${first(v, 'type', '_type')}]`;
  if (kind === 'path') {
    const parts = Array.isArray(v) ? v : [...v.nodes, ...(v.relationships ?? v.rels)];
    return parts.map(cellText).join(' ');
  }
  return JSON.stringify(v);
}

/** Chain members answer → [{member, status, period, town, evidence, line}], flattening any grouping. */
export function normalizeChainMembers(json) {
  const out = [];
  const townsOf = (raw, extra) => {
    const many = first(raw, 'towns', 'places');
    if (Array.isArray(many)) return many.map(entityRef);
    const one = first(raw, 'town', 'place') ?? extra.town;
    if (one === undefined || one === null) return [];
    return [entityRef(typeof one === 'string' ? { id: one, name: first(raw, 'townName') ?? one } : one)];
  };
  const push = (raw, extra = {}) => {
    const member = entityRef(first(raw, 'member', 'entity', 'node') ?? raw);
    const towns = townsOf(raw, extra);
    // A member with several IN_CHAIN facts (one per period) is listed once per fact, as the report states each.
    const facts = Array.isArray(raw?.facts) && raw.facts.length ? raw.facts.map(factOf) : [factOf(raw)];
    for (const fact of facts) out.push({ member, ...fact, status: fact.status || extra.status || '', towns, town: towns[0] ?? null });
  };
  const membersRaw = first(json, 'members', 'items', 'results');
  const members = Array.isArray(membersRaw?.items) ? membersRaw.items : membersRaw;
  if (Array.isArray(members)) members.forEach((m) => push(m));
  else if (members && typeof members === 'object') {
    for (const [status, list] of Object.entries(members)) asArray(list).forEach((m) => push(m, { status: first(m, 'status') ?? status }));
  } else {
    const byStatus = first(json, 'membersByStatus');
    if (byStatus && typeof byStatus === 'object') {
      if (Array.isArray(byStatus)) byStatus.forEach((g) => asArray(first(g, 'members', 'items')).forEach((m) => push(m, { status: first(m, 'status') ?? g.status })));
      else for (const [status, list] of Object.entries(byStatus)) asArray(list).forEach((m) => push(m, { status: first(m, 'status') ?? status }));
    } else listOf(json).forEach((m) => push(m));
  }
  return out;
}

/**
 * Chain × town answer → {towns: [{town, projects: {status: n}, firms: {status: n}, other: {status: n}}]}.
 * Accepts per-town rows with nested counts, or long rows {town, label|kind, status, count}.
 */
export function normalizeChainTowns(json) {
  const rows = listOf(json, 'towns', 'matrix', 'cells');
  const byTown = new Map();
  const bucket = (label) => {
    const l = String(label ?? '').toLowerCase();
    if (l.startsWith('project')) return 'projects';
    if (l.startsWith('enterprise') || l.startsWith('firm') || l.startsWith('compan')) return 'firms';
    return 'other';
  };
  const townOf = (row) => {
    const town = first(row, 'town', 'place');
    const ref = town && typeof town === 'object' ? entityRef(town)
      : entityRef({ id: first(row, 'townId', 'placeId', 'id') ?? town ?? '', name: first(row, 'townName', 'placeName', 'name') ?? town ?? '' });
    if (!byTown.has(ref.id)) byTown.set(ref.id, { town: ref, projects: {}, firms: {}, other: {}, members: first(row, 'members', 'memberCount') });
    return byTown.get(ref.id);
  };
  const add = (entry, kind, status, n) => {
    entry[kind][status] = (entry[kind][status] ?? 0) + Number(n ?? 0);
  };
  for (const row of rows) {
    const entry = townOf(row);
    const count = first(row, 'count', 'n');
    if (count !== undefined) {
      add(entry, bucket(first(row, 'label', 'kind', 'memberLabel')), first(row, 'status') ?? 'unknown', count);
      continue;
    }
    const byLabel = first(row, 'byLabelAndStatus', 'byLabel');
    if (byLabel && typeof byLabel === 'object') {
      for (const [label, counts] of Object.entries(byLabel)) {
        for (const [status, n] of Object.entries(counts ?? {})) if (typeof n === 'number') add(entry, bucket(label), status, n);
      }
      continue;
    }
    for (const [key, value] of Object.entries(row)) {
      const kind = bucket(key);
      if (kind === 'other' && !/^(institution|park|other)/i.test(key)) continue;
      if (typeof value === 'number') add(entry, kind, 'unknown', value);
      else if (value && typeof value === 'object' && !Array.isArray(value)) {
        const counts = value.byStatus ?? value;
        for (const [status, n] of Object.entries(counts)) if (typeof n === 'number' && status !== 'total') add(entry, kind, status, n);
      }
    }
  }
  return { towns: [...byTown.values()] };
}

export const sumCounts = (counts) => Object.values(counts ?? {}).reduce((a, b) => a + b, 0);

/**
 * Place answer → {place, sections: [{key, items: [{entity, type, direction, status, period, evidence, line, via}]}]}:
 * every list in the answer becomes a section, so fields the view does not know still show.
 */
export function normalizePlace(json) {
  const body = json?.place && typeof json.place === 'object' ? json.place : json;
  const place = entityRef(body);
  const sections = [];
  for (const [key, raw] of Object.entries(json ?? {})) {
    if (key === 'labels' || key === 'aliases' || key === 'properties') continue;
    const value = Array.isArray(raw) ? raw : raw && typeof raw === 'object' && Array.isArray(raw.items) ? raw.items : null;
    if (!value) continue;
    const items = value.filter((x) => x && typeof x === 'object').map((raw) => ({
      entity: entityRef(first(raw, 'entity', 'node', 'other', 'member', 'target') ?? raw),
      type: String(first(raw, 'type', 'relType') ?? first(raw.fact, 'type') ?? ''),
      direction: first(raw, 'direction') !== undefined ? directionOf(raw.direction) : undefined,
      via: first(raw, 'within', 'via', 'subPlace') ? entityRef(first(raw, 'within', 'via', 'subPlace')) : undefined,
      ...factOf(raw),
    }));
    sections.push({ key, items });
  }
  return { place, sections };
}

/** Related-enterprises answer → [{enterprise, score, reasons: [{kind, via, evidence, line}]}]. */
export function normalizeRelated(json) {
  return listOf(json, 'related', 'enterprises').map((r) => ({
    enterprise: entityRef(first(r, 'enterprise', 'entity', 'node', 'other') ?? r),
    score: first(r, 'score', 'rank', 'weight'),
    reasons: asArray(first(r, 'reasons', 'why')).map((x) => (typeof x === 'string'
      ? { kind: x, via: null, facts: [] }
      : {
        kind: String(first(x, 'kind', 'reason', 'type') ?? ''),
        weight: first(x, 'weight'),
        via: first(x, 'via', 'through', 'node') ? entityRef(first(x, 'via', 'through', 'node')) : null,
        facts: Array.isArray(x.facts) && x.facts.length ? x.facts.map((f) => ({ type: String(first(f, 'type') ?? ''), from: first(f, 'from'), to: first(f, 'to'), ...factOf(f) })) : [{ type: '', ...factOf(x) }],
      })),
  }));
}
