// Interface text in Chinese (default) and English. Graph data (names, quotes) stays as the report writes it;
// only labels, relationship types, statuses and periods are translated.

const zh = {
  'app.title': '西青产业知识图谱',
  'app.footer': '数据来源：天津市西青区2021年政府工作报告；每条事实附报告原文及行号。',
  'nav.home': '首页', 'nav.paths': '路径', 'nav.cypher': 'Cypher',
  'search.placeholder': '搜索企业、项目、产业链、地点…（中文、简称或英文）',
  'search.none': '没有匹配的结果', 'search.label': '搜索', 'search.results': '搜索结果',
  'home.intro': '查找企业、项目、园区、产业链和地点，查看每条关系及其报告原文依据，浏览关系图谱，查看产业链在各镇街的分布。',
  'home.chains': '产业链', 'home.places': '镇街', 'home.tools': '工具',
  'home.pathsHint': '查找两个实体之间的联系', 'home.cypherHint': '只读 Cypher 查询控制台',
  'entity.facts': '关系与事实', 'entity.graph': '关系图谱', 'entity.related': '相关企业',
  'entity.evidence': '原文', 'entity.line': '第{0}行', 'entity.aliases': '别名',
  'entity.noFacts': '没有关系', 'entity.openChain': '打开产业链视图', 'entity.openPlace': '打开地点视图',
  'entity.properties': '属性', 'entity.reasons': '关联原因',
  'graph.depth': '深度', 'graph.limit': '上限', 'graph.fit': '适应窗口', 'graph.reset': '重置',
  'graph.hint': '单击节点展开其邻居；双击打开该实体。',
  'graph.cut': '已截断：显示 {0} 个节点（上限 {1}）。', 'graph.cutShort': '已截断（上限 {0}）',
  'graph.count': '{0} 个节点，{1} 条关系', 'graph.expanded': '已展开 {0}：新增 {1} 个节点',
  'export.png': '导出 PNG', 'export.svg': '导出 SVG', 'export.csv': '导出 CSV', 'export.json': '导出 JSON',
  'chain.matrix': '产业链 × 镇街', 'chain.members': '成员（按状态）', 'chain.town': '镇街',
  'chain.projects': '项目', 'chain.firms': '企业', 'chain.total': '成员数', 'chain.totalHint': '不同成员的数量；一个成员的多条事实在各状态下分别计数', 'chain.all': '全部',
  'chain.filterTown': '镇街', 'chain.filterStatus': '状态', 'chain.filterPeriod': '时期', 'chain.other': '其他',
  'place.inside': '位于此地', 'place.partOf': '隶属于', 'place.lines': '交通线路', 'place.along': '沿线',
  'place.links': '其他关联', 'place.sub': '下属地点',
  'chain.noTowns': '该产业链的成员在报告中没有落到具体镇街（多只写明位于西青区）。',
  'paths.title': '路径查找', 'paths.from': '起点', 'paths.to': '终点', 'paths.maxHops': '最大跳数',
  'paths.find': '查找路径', 'paths.none': '在该跳数内没有找到路径', 'paths.path': '路径 {0}（{1} 跳）',
  'paths.pick': '请从建议中选择起点和终点',
  'cypher.title': 'Cypher 控制台（只读）', 'cypher.run': '运行', 'cypher.table': '表格', 'cypher.graph': '图谱',
  'cypher.share': '复制链接', 'cypher.copied': '链接已复制', 'cypher.rows': '{0} 行', 'cypher.cut': '结果已截断（上限 {0} 行）',
  'cypher.hint': 'Ctrl+Enter 运行。写操作会被拒绝。', 'cypher.examples': '示例', 'cypher.noGraph': '结果中没有节点或关系',
  'common.loading': '加载中…', 'common.error': '出错了', 'common.notFound': '未找到', 'common.open': '打开',
  'common.status': '状态', 'common.period': '时期', 'common.type': '类型', 'common.name': '名称',
  'common.label': '类别', 'common.count': '数量', 'common.empty': '无',
  'dir.out': '→', 'dir.in': '←',
  'reason.direct': '直接关联', 'reason.shared_project': '共同项目', 'reason.same_chain': '同一产业链', 'reason.same_park': '同一园区',
  'reason.same_place': '同一地点', 'reason.same_program': '同一政策/计划', 'reason.shared_link': '共同关联',
  'chain.noTown': '（未注明镇街）',
};

const en = {
  'app.title': 'Xiqing Industry Knowledge Graph',
  'app.footer': "Source: Xiqing District (Tianjin) 2021 government work report; every fact cites the report's sentence and line.",
  'nav.home': 'Home', 'nav.paths': 'Paths', 'nav.cypher': 'Cypher',
  'search.placeholder': 'Search firms, projects, chains, places… (Chinese, short names or English)',
  'search.none': 'No match', 'search.label': 'Search', 'search.results': 'Search results',
  'home.intro': 'Find enterprises, projects, parks, industrial chains and places; see every relationship with the sentence of the report behind it; walk the graph; see a chain laid out over the towns.',
  'home.chains': 'Industrial chains', 'home.places': 'Towns and streets', 'home.tools': 'Tools',
  'home.pathsHint': 'How are two entities connected?', 'home.cypherHint': 'Read-only Cypher console',
  'entity.facts': 'Relationships and facts', 'entity.graph': 'Neighbourhood graph', 'entity.related': 'Related enterprises',
  'entity.evidence': 'Evidence', 'entity.line': 'line {0}', 'entity.aliases': 'Aliases',
  'entity.noFacts': 'No relationships', 'entity.openChain': 'Open the chain view', 'entity.openPlace': 'Open the place view',
  'entity.properties': 'Properties', 'entity.reasons': 'Reasons',
  'graph.depth': 'Depth', 'graph.limit': 'Limit', 'graph.fit': 'Fit', 'graph.reset': 'Reset',
  'graph.hint': 'Click a node to expand its neighbours; double-click to open it.',
  'graph.cut': 'Cut: showing {0} nodes (limit {1}).', 'graph.cutShort': 'cut (limit {0})',
  'graph.count': '{0} nodes, {1} relationships', 'graph.expanded': 'Expanded {0}: {1} new nodes',
  'export.png': 'Export PNG', 'export.svg': 'Export SVG', 'export.csv': 'Export CSV', 'export.json': 'Export JSON',
  'chain.matrix': 'Chain × town', 'chain.members': 'Members by status', 'chain.town': 'Town',
  'chain.projects': 'Projects', 'chain.firms': 'Firms', 'chain.total': 'Members', 'chain.totalHint': 'distinct members; a member with facts of several statuses counts under each status', 'chain.all': 'All',
  'chain.filterTown': 'Town', 'chain.filterStatus': 'Status', 'chain.filterPeriod': 'Period', 'chain.other': 'Other',
  'place.inside': 'Lies in it', 'place.partOf': 'Part of', 'place.lines': 'Lines serving it', 'place.along': 'Along it',
  'place.links': 'Other links', 'place.sub': 'Sub-places',
  'chain.noTowns': "The report places none of this chain's members in a particular town (most are stated for the district as a whole).",
  'paths.title': 'Path finder', 'paths.from': 'From', 'paths.to': 'To', 'paths.maxHops': 'Max hops',
  'paths.find': 'Find paths', 'paths.none': 'No path within that many hops', 'paths.path': 'Path {0} ({1} hops)',
  'paths.pick': 'Pick both ends from the suggestions',
  'cypher.title': 'Cypher console (read-only)', 'cypher.run': 'Run', 'cypher.table': 'Table', 'cypher.graph': 'Graph',
  'cypher.share': 'Copy link', 'cypher.copied': 'Link copied', 'cypher.rows': '{0} rows', 'cypher.cut': 'Result cut (limit {0} rows)',
  'cypher.hint': 'Ctrl+Enter runs. Writes are refused.', 'cypher.examples': 'Examples', 'cypher.noGraph': 'No nodes or relationships in the result',
  'common.loading': 'Loading…', 'common.error': 'Error', 'common.notFound': 'Not found', 'common.open': 'Open',
  'common.status': 'Status', 'common.period': 'Period', 'common.type': 'Type', 'common.name': 'Name',
  'common.label': 'Label', 'common.count': 'Count', 'common.empty': 'None',
  'dir.out': '→', 'dir.in': '←',
  'reason.direct': 'directly linked', 'reason.shared_project': 'shared project', 'reason.same_chain': 'same chain', 'reason.same_park': 'same park',
  'reason.same_place': 'same place', 'reason.same_program': 'same programme', 'reason.shared_link': 'shared link',
  'chain.noTown': '(no town stated)',
};

const terms = {
  zh: {
    label: {
      Enterprise: '企业', Project: '项目', Place: '地点', Park: '园区', Chain: '产业链', Institution: '机构',
      Program: '政策/计划', TransportLine: '交通线路', Event: '活动', Product: '产品', Designation: '称号', Indicator: '指标',
    },
    rel: {
      IN_CHAIN: '所属产业链', LOCATED_IN: '位于', PART_OF: '隶属于', DEVELOPS: '建设', HEADQUARTERS_IN: '总部位于',
      SERVES: '服务', ALONG: '沿线', PRODUCES: '出产', HOSTS: '举办', SUPPORTS: '支援', PARTNERS_WITH: '合作',
      IN_PROGRAM: '参与计划', DESIGNATED_AS: '获评/创建', INVESTS_IN: '投资', MEASURES: '衡量',
    },
    status: {
      completed: '已完成', under_construction: '在建', planned: '计划', signed: '已签约', landed: '已落地',
      operating: '运营中', unknown: '未注明',
    },
    period: {
      review_2016_2021: '2016–2021回顾', year_2021: '2021年', goals_2022_2026: '2022–2026目标', plan_2022: '2022年计划',
    },
  },
  en: {
    label: {
      Enterprise: 'Enterprise', Project: 'Project', Place: 'Place', Park: 'Park', Chain: 'Chain', Institution: 'Institution',
      Program: 'Programme', TransportLine: 'Transport line', Event: 'Event', Product: 'Product', Designation: 'Designation', Indicator: 'Indicator',
    },
    rel: {
      IN_CHAIN: 'in chain', LOCATED_IN: 'located in', PART_OF: 'part of', DEVELOPS: 'develops', HEADQUARTERS_IN: 'headquarters in',
      SERVES: 'serves', ALONG: 'along', PRODUCES: 'produces', HOSTS: 'hosts', SUPPORTS: 'supports', PARTNERS_WITH: 'partners with',
      IN_PROGRAM: 'in programme', DESIGNATED_AS: 'designated as', INVESTS_IN: 'invests in', MEASURES: 'measures',
    },
    status: {
      completed: 'completed', under_construction: 'under construction', planned: 'planned', signed: 'signed', landed: 'landed',
      operating: 'operating', unknown: 'unstated',
    },
    period: {
      review_2016_2021: 'review 2016–2021', year_2021: '2021', goals_2022_2026: 'goals 2022–2026', plan_2022: 'plan 2022',
    },
  },
};

/** The statuses in the order a chain page lists them: from done to merely intended. */
export const STATUS_ORDER = ['operating', 'completed', 'landed', 'signed', 'under_construction', 'planned', 'unknown'];
export const PERIOD_ORDER = ['review_2016_2021', 'year_2021', 'goals_2022_2026', 'plan_2022'];

const dictionaries = { zh, en };
let lang = 'zh';

export function setLang(value) {
  lang = value === 'en' ? 'en' : 'zh';
}

export function getLang() {
  return lang;
}

/** Interface text by key, with {0}, {1} … filled from the arguments. */
export function t(key, ...args) {
  const text = dictionaries[lang][key] ?? dictionaries.zh[key] ?? key;
  return text.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

/** A domain term (label, rel, status, period) in the current language; unknown values are shown as they are. */
export function term(kind, value) {
  if (value === undefined || value === null || value === '') return '';
  return terms[lang][kind]?.[value] ?? String(value);
}
