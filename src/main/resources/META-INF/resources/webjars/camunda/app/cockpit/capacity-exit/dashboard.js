// 监管看板: the managers' dashboard, a Cockpit plugin served by the application itself (no download
// at run time). It reads GET /api/dashboard with the manager's Cockpit session and shows, for the
// manager's jurisdictions: open cases by dimension and state, the deadlines of the next 30 days,
// what is overdue, the capacity exited this year by sector against the plan, and the milestones
// of the annual campaigns, the joint measures open with each department. Plain DOM, every text set through textContent.

const ROUTE = '/capacity-exit';

function apiBase() {
  // app-root is "<context>/camunda"; the product's API is "<context>/api".
  const root = document.querySelector('base').getAttribute('app-root') || '';
  return root.replace(/\/[^/]*$/, '') + '/api';
}

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'style') el.style.cssText = v;
    else if (k === 'onchange' || k === 'onclick') el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return el;
}

const STYLE = `
.cx-dashboard { font-size: 14px; color: #333; margin: 0 0 24px; }
.cx-dashboard h2 { font-size: 20px; margin: 0 0 4px; }
.cx-dashboard .cx-warning { margin: 8px 0; padding: 8px 12px; background: #fff4e5; border: 1px solid #f0ad4e; color: #8a4b00; }
.cx-dashboard h3 { font-size: 16px; margin: 20px 0 8px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
.cx-dashboard .cx-sub { color: #666; margin-bottom: 12px; }
.cx-dashboard .cx-bar-row { display: flex; align-items: center; gap: 8px; margin: 4px 0; }
.cx-dashboard .cx-tiles { display: flex; flex-wrap: wrap; gap: 12px; margin: 8px 0; }
.cx-dashboard .cx-tile { border: 1px solid #ddd; border-radius: 4px; padding: 10px 16px; min-width: 150px; background: #fafafa; }
.cx-dashboard .cx-tile b { display: block; font-size: 26px; line-height: 1.2; }
.cx-dashboard .cx-tile.cx-alert b { color: #b5152b; }
.cx-dashboard table { border-collapse: collapse; width: 100%; margin-bottom: 8px; }
.cx-dashboard th, .cx-dashboard td { border: 1px solid #ddd; padding: 4px 8px; text-align: left; vertical-align: top; }
.cx-dashboard th { background: #f2f2f2; font-weight: 600; }
.cx-dashboard td.cx-num, .cx-dashboard th.cx-num { text-align: right; }
.cx-dashboard .cx-late { color: #b5152b; font-weight: 600; }
.cx-dashboard .cx-done { color: #2b7a2b; }
.cx-dashboard .cx-bar { background: #e6e6e6; height: 12px; width: 160px; border-radius: 2px; overflow: hidden; display: inline-block; vertical-align: middle; }
.cx-dashboard .cx-bar span { display: block; height: 100%; background: #1f6fb2; }
.cx-dashboard .cx-empty { color: #777; }
.cx-dashboard select { margin-right: 12px; }
.cx-dashboard .cx-columns { display: flex; flex-wrap: wrap; gap: 24px; }
.cx-dashboard .cx-columns > div { flex: 1 1 420px; }
`;

function number(value) {
  return Number(value).toLocaleString('zh-CN', { maximumFractionDigits: 4 });
}

function table(headers, rows, emptyText) {
  if (!rows.length) return h('p', { class: 'cx-empty' }, emptyText);
  return h('table', {},
    h('thead', {}, h('tr', {}, headers.map((x) => h('th', { class: x.num ? 'cx-num' : '' }, x.label || x)))),
    h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((c) => (c instanceof Node && c.tagName === 'TD' ? c : h('td', {}, c)))))));
}

function td(text, cls) {
  return h('td', { class: cls || '' }, text);
}

function tile(label, value, alert, id) {
  return h('div', { class: 'cx-tile' + (alert && value > 0 ? ' cx-alert' : ''), 'data-figure': id }, h('b', {}, number(value)), label);
}

function openCases(data) {
  const dims = [...new Map(data.openCases.map((c) => [c.dimension, c.dimensionName])).entries()];
  const states = [...new Map(data.openCases.map((c) => [c.state, c.stateName])).entries()];
  const count = (d, s) => (data.openCases.find((c) => c.dimension === d && c.state === s) || { count: 0 }).count;
  const rows = dims.map(([d, name]) => [name, ...states.map(([s]) => td(number(count(d, s)), 'cx-num')),
    td(number(states.reduce((n, [s]) => n + count(d, s), 0)), 'cx-num')]);
  return table(['维度', ...states.map(([, name]) => ({ label: name, num: true })), { label: '合计', num: true }], rows,
    '没有未办结的整改案件。');
}

function dueTable(items, late) {
  return table(['日期', late ? '逾期天数' : '剩余天数', '类别', '编号', '事项', '行政区划'],
    items.map((i) => [i.dueDate, td(String(Math.abs(i.days)), late ? 'cx-late cx-num' : 'cx-num'), i.kindName, i.reference,
      i.subject, i.jurisdictionName]),
    late ? '没有逾期事项。' : '今后30天内没有到期事项。');
}

function capacity(data) {
  return table(['行业', '单位', { label: '计划退出（条）', num: true }, { label: '计划产能', num: true },
    { label: '已退出（条）', num: true }, { label: '已退出产能', num: true }, '完成率'],
  data.capacity.map((s) => [s.sectorName, s.unit, td(number(s.plannedLines), 'cx-num'), td(number(s.planned), 'cx-num'),
    td(number(s.exitedLines), 'cx-num'), td(number(s.exited), 'cx-num'),
    h('td', {}, h('span', { class: 'cx-bar' }, h('span', { style: `width:${Math.min(100, s.percent)}%` })), ' ' + s.percent + '%')]),
  data.year + '年度尚无列入计划或已退出的产能。');
}

function campaigns(data) {
  if (!data.campaigns.length) return h('p', { class: 'cx-empty' }, data.year + '年度工作尚未启动。');
  return data.campaigns.map((c) => h('div', { 'data-campaign': c.campaignId },
    h('p', {}, h('b', {}, c.jurisdictionName + ' ' + data.year + '年度工作'), `（${c.campaignId}）已完成 ${c.done}/${c.total} 个节点`,
      c.overdue ? h('span', { class: 'cx-late' }, `，逾期 ${c.overdue} 个`) : ''),
    table(['阶段', '节点', '期限', '责任单位', '状态'], c.milestones.map((m) => [m.phase, m.name, m.dueDate, m.responsible,
      td(m.status === 'DONE' ? '已完成' : m.overdue ? '逾期未完成' : '进行中', m.status === 'DONE' ? 'cx-done' : m.overdue ? 'cx-late' : '')]),
    '无节点。')));
}

async function load(container, jurisdiction, year) {
  const query = new URLSearchParams();
  if (jurisdiction) query.set('jurisdiction', jurisdiction);
  if (year) query.set('year', year);
  const res = await fetch(`${apiBase()}/dashboard?${query}`, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) {
    const reason = (body.errors || []).length ? body.errors.map((e) => `${e.field}：${e.reason}`).join('；') : (body.message || res.status);
    container.replaceChildren(h('div', { class: 'cx-dashboard' }, h('p', { class: 'cx-late' }, '监管看板无法加载：' + reason)));
    return;
  }
  render(container, body);
}

function render(container, data) {
  const jurisdictions = h('select', { 'aria-label': '行政区划', name: 'jurisdiction', onchange: (e) => load(container, e.target.value, data.year) },
    data.jurisdictions.map((j) => {
      const o = h('option', { value: j.code }, j.name);
      if (j.code === data.jurisdiction) o.selected = true;
      return o;
    }));
  const thisYear = Number(data.today.slice(0, 4));
  const years = h('select', { 'aria-label': '年度', name: 'year', onchange: (e) => load(container, data.jurisdiction, e.target.value) },
    [thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3].map((y) => {
      const o = h('option', { value: String(y) }, y + '年');
      if (y === data.year) o.selected = true;
      return o;
    }));
  const totalOpen = data.openCases.reduce((n, c) => n + c.count, 0);
  const page = h('div', { class: 'cx-dashboard', 'data-jurisdiction': data.jurisdiction },
    h('style', {}, STYLE),
    h('h2', {}, `${data.jurisdictionName}淘汰落后产能监管看板`),
    h('div', { class: 'cx-sub' }, jurisdictions, years, `统计日期：${data.today}（含下级行政区划）`),
    ...(data.warnings || []).map((w) => h('div', { class: 'cx-warning', role: 'alert', 'data-section': 'warnings' }, w)),
    h('div', { class: 'cx-tiles' },
      tile('未办结整改案件', totalOpen, false, 'open-cases'),
      tile(`今后${data.horizonDays}天到期事项`, data.upcoming.length, false, 'upcoming'),
      tile('逾期事项', data.overdue.length, true, 'overdue'),
      tile('待办任务', data.tasks.open, false, 'open-tasks'),
      tile('超期未办任务', data.tasks.overdue, true, 'overdue-tasks'),
      tile('流程异常', data.tasks.incidents, true, 'incidents')),
    h('div', { class: 'cx-columns' },
      h('div', { 'data-section': 'open-cases' }, h('h3', {}, '未办结整改案件（按维度和状态）'), openCases(data)),
      h('div', { 'data-section': 'eliminations' }, h('h3', {}, '拆除或封存（按状态）'),
        table(['状态', { label: '数量', num: true }], data.openEliminations.map((s) => [s.stateName, td(number(s.count), 'cx-num')]),
          '没有进行中的拆除或封存。'))),
    h('div', { 'data-section': 'capacity' }, h('h3', {}, `${data.year}年度退出产能（按行业，对比计划）`), capacity(data)),
    h('div', { 'data-section': 'overdue' }, h('h3', {}, '逾期事项'), dueTable(data.overdue, true)),
    h('div', { 'data-section': 'upcoming' }, h('h3', {}, `今后${data.horizonDays}天到期事项`), dueTable(data.upcoming, false)),
    h('div', { 'data-section': 'campaigns' }, h('h3', {}, `${data.year}年度工作节点`), campaigns(data)),
    h('div', { 'data-section': 'measures' }, h('h3', {}, '联合措施（按负责部门）'),
      table(['负责部门', { label: '未办结', num: true }, { label: '其中逾期', num: true }],
        (data.measures || []).map((m) => [m.departmentName, td(number(m.open), 'cx-num'), td(number(m.overdue), m.overdue ? 'cx-late cx-num' : 'cx-num')]),
        '没有未办结的联合措施。')),
    h('div', { 'data-section': 'inspections' }, h('h3', {}, `${data.year}年度检查覆盖（按部门）`),
      table(['部门', { label: '须覆盖企业', num: true }, { label: '已检查', num: true }, { label: '覆盖率', num: true },
        { label: '检查记录', num: true }, { label: '发现问题', num: true }],
      (data.inspections || []).map((c) => [c.departmentName, td(number(c.covered), 'cx-num'), td(number(c.inspected), 'cx-num'),
        td(`${c.percent}%`, c.percent < 100 ? 'cx-late cx-num' : 'cx-num'), td(number(c.inspections), 'cx-num'),
        td(number(c.findings), 'cx-num')]),
      '本年度没有检查计划。')),
    h('div', { 'data-section': 'candidates' }, h('h3', {}, `${data.year}年度淘汰落后候选（按行业，对比计划）`),
      table(['行业', '单位', { label: '候选生产线', num: true }, { label: '列入计划', num: true }, { label: '计划产能', num: true },
        { label: '已退出', num: true }],
      (data.candidates || []).map((c) => [c.sectorName, c.unit, td(number(c.candidates), 'cx-num'), td(number(c.planned), 'cx-num'),
        td(number(c.plannedCapacity), 'cx-num'), td(number(c.exited), 'cx-num')]),
      '本年度没有年度淘汰落后计划。')));
  container.replaceChildren(page);
}

export default [
  {
    id: 'capacityExitDashboardTile',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    render: (node) => {
      node.replaceChildren(h('div', { class: 'cx-dashboard' }, '正在加载监管看板……'));
      load(node);
    },
  },
  {
    id: 'capacityExitDashboardNavigation',
    pluginPoint: 'cockpit.navigation',
    priority: 100,
    render: (node) => {
      node.replaceChildren(h('a', { href: '#' + ROUTE }, '监管看板'));
    },
    properties: {
      pagePath: '#' + ROUTE,
      checkActive: (path) => path.includes('#' + ROUTE),
    },
  },
  {
    id: 'capacityExitDashboardPage',
    pluginPoint: 'cockpit.route',
    properties: { path: ROUTE, label: '监管看板' },
    render: (node) => {
      const wrapper = h('div', { style: 'padding: 16px 24px' }, h('div', { class: 'cx-dashboard' }, '正在加载监管看板……'));
      node.replaceChildren(wrapper);
      load(wrapper);
    },
  },
];
