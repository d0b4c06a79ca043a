// Tasklist for Chinese officers, beyond the locale files:
// - Camunda Forms (form-js) writes its validation messages and a few controls in English, outside the
//   webapp's locale files. For a Chinese browser they are put into Chinese as they appear in a task's
//   or a start form (text and placeholders only). An English browser keeps Camunda's English.
// - A task's jurisdiction (its tenant) is shown by name (济宁市), not by its division code (370800);
//   the names come from the product's public list GET /api/public/jurisdictions.
// - Every task of a case gets the tab 案件记录: who did what and when, and who holds the case now
//   (GET /api/tasks/{taskId}/case-history with the officer's Tasklist session). Plain DOM, every
//   text set through textContent.
// - Overdue tasks stand out: Tasklist marks a due date in the past with the class "overdue" (in the list
//   and on the task) but its stylesheet gives that class no look; here it is red, bold, marked 已逾期 in
//   the list, and the task's entry gets a red bar.
// - A file over a form's limit (cam-max-filesize) is refused when it is chosen, with a sentence under the
//   field naming the file and the limit. Camunda's embedded forms check the size only at 办结, where
//   the error goes to the console and the form stays greyed out.

const MESSAGES = [
  [/^Field is required\.$/, () => '此项必填。'],
  [/^Field must match pattern .*\.$/, () => '格式不正确，请按说明填写。'],
  [/^Field must have minimum length of (\d+)\.$/, (m) => `至少填写${m[1]}个字。`],
  [/^Field must have maximum length of (\d+)\.$/, (m) => `不能超过${m[1]}个字。`],
  [/^Field must have minimum value of (.+)\.$/, (m) => `不能小于${m[1]}。`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `不能大于${m[1]}。`],
  [/^Field must be a valid email\.$/, () => '请填写有效的电子邮箱地址。'],
  [/^Field must be a valid\s+international phone number\..*$/, () => '请填写有效的电话号码（含国家代码）。'],
  [/^Select$/, () => '请选择'],
  [/^Search$/, () => '搜索'],
  [/^No values$/, () => '没有可选项'],
  [/^Clear$/, () => '清除'],
];

const overdueStyle = document.createElement('style');
overdueStyle.textContent = [
  '.due-date.overdue { color: #c9302c; font-weight: bold; }',
  'li.task:has(.due-date.overdue) { border-left: 4px solid #c9302c; }',
  'li.task .due-date.overdue::before { content: "【已逾期】"; }',
].join('\n');
document.head.appendChild(overdueStyle);

function mb(bytes) {
  return (bytes / 1048576).toFixed(1).replace(/\.0$/, '') + 'MB';
}

document.addEventListener('change', (e) => {
  const input = e.target;
  if (!input || input.tagName !== 'INPUT' || input.type !== 'file' || !input.hasAttribute('cam-max-filesize')) return;
  const max = parseInt(input.getAttribute('cam-max-filesize'), 10) || 5000000;
  let note = input.parentElement.querySelector('.cx-file-too-large');
  const file = input.files && input.files[0];
  if (file && file.size > max) {
    input.value = '';
    if (!note) {
      note = document.createElement('p');
      note.className = 'text-danger cx-file-too-large';
      note.setAttribute('role', 'alert');
      input.insertAdjacentElement('afterend', note);
    }
    note.textContent = `文件“${file.name}”为${mb(file.size)}，超过${mb(max)}，未选入：请压缩或分拆后重新选择。`;
  } else if (note) {
    note.remove();
  }
}, true);

function chinese() {
  const lang = (navigator.languages && navigator.languages[0]) || navigator.language || '';
  return lang.toLowerCase().startsWith('zh');
}

function translate(text) {
  const t = text.trim();
  for (const [pattern, to] of MESSAGES) {
    const m = t.match(pattern);
    if (m) return to(m);
  }
  return null;
}

function walk(root) {
  if (!root || !root.querySelectorAll) return;
  const forms = root.classList && root.classList.contains('fjs-container') ? [root] : root.querySelectorAll('.fjs-container');
  for (const form of forms) {
    const texts = document.createTreeWalker(form, NodeFilter.SHOW_TEXT);
    for (let n = texts.nextNode(); n; n = texts.nextNode()) {
      const to = translate(n.nodeValue);
      if (to !== null && to !== n.nodeValue) n.nodeValue = to;
    }
    for (const el of form.querySelectorAll('[placeholder], [title], [aria-label]')) {
      for (const attr of ['placeholder', 'title', 'aria-label']) {
        const v = el.getAttribute(attr);
        const to = v && translate(v);
        if (to) el.setAttribute(attr, to);
      }
    }
  }
}

let jurisdictions = null;

function apiBase() {
  // app-root is "<context>/camunda"; the product's API is "<context>/api".
  const base = document.querySelector('base');
  const root = (base && base.getAttribute('app-root')) || '';
  return root.replace(/\/[^/]*$/, '') + '/api';
}

function nameTenants(root) {
  if (!jurisdictions || !root || !root.querySelectorAll) return;
  for (const el of root.querySelectorAll('.tenant-id')) {
    const code = el.textContent.trim();
    const name = jurisdictions[code];
    if (name && el.textContent !== name) el.textContent = name;
  }
}

fetch(apiBase() + '/public/jurisdictions', { credentials: 'same-origin' })
  .then((r) => (r.ok ? r.json() : null))
  .then((names) => { jurisdictions = names; nameTenants(document); })
  .catch(() => {});

new MutationObserver((changes) => {
  for (const c of changes) {
    for (const n of c.addedNodes) if (n.nodeType === Node.ELEMENT_NODE) nameTenants(n.parentElement || n);
    if (c.type === 'characterData' && c.target.parentElement && c.target.parentElement.closest('.tenant-id')) {
      nameTenants(c.target.parentElement.closest('.tenant-id').parentElement);
    }
  }
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

if (chinese()) {
  new MutationObserver((changes) => {
    for (const c of changes) {
      const target = c.target.nodeType === Node.TEXT_NODE ? c.target.parentElement : c.target;
      const form = target && target.closest ? target.closest('.fjs-container') : null;
      if (form) walk(form);
      else for (const n of c.addedNodes) if (n.nodeType === Node.ELEMENT_NODE) walk(n);
    }
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
}

function el(tag, text, style) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (style) e.style.cssText = style;
  return e;
}

function when(iso) {
  // The time in China, as the officers read it: 2026-12-01 09:30.
  const d = new Date(iso);
  const china = new Date(d.getTime() + 8 * 3600 * 1000).toISOString();
  return china.slice(0, 10) + ' ' + china.slice(11, 16);
}

async function renderHistory(node, taskId) {
  node.replaceChildren(el('p', '正在加载案件记录……'));
  let body;
  try {
    const r = await fetch(apiBase() + '/tasks/' + encodeURIComponent(taskId) + '/case-history', { credentials: 'same-origin',
      headers: { Accept: 'application/json' } });
    if (r.status === 404) {
      node.replaceChildren(el('p', '本任务不属于整改到关停案件，没有案件记录。', 'color:#666'));
      return;
    }
    if (!r.ok) throw new Error(String(r.status));
    body = await r.json();
  } catch (e) {
    node.replaceChildren(el('p', '案件记录暂时无法加载，请稍后刷新。', 'color:#a00'));
    return;
  }
  const names = body.names || {};
  const c = body.case || {};
  const wrap = el('div', null, 'padding:12px 16px;font-size:13px');
  wrap.className = 'cx-case-history';
  wrap.appendChild(el('h4', '案件 ' + (c.caseNumber || '') + '：' + (c.enterpriseName || '') + '（' + (c.stateName || c.state || '') + '）'));
  const holding = (body.history || []).filter((h) => h.what.startsWith('待办：'));
  if (holding.length) {
    wrap.appendChild(el('p', '现由：' + holding.map((h) => h.what.slice(3) + '，' + (h.detail || '')).join('；'), 'font-weight:bold'));
  }
  const table = el('table', null, 'width:100%;border-collapse:collapse');
  table.className = 'table table-condensed';
  const head = el('tr');
  for (const h of ['时间', '事项', '办理人', '说明']) head.appendChild(el('th', h));
  table.appendChild(head);
  for (const h of (body.history || []).filter((x) => !x.what.startsWith('待办：'))) {
    const row = el('tr');
    row.appendChild(el('td', when(h.at), 'white-space:nowrap'));
    row.appendChild(el('td', h.what));
    row.appendChild(el('td', names[h.actor] || h.actor || ''));
    row.appendChild(el('td', h.detail || ''));
    table.appendChild(row);
  }
  wrap.appendChild(table);
  node.replaceChildren(wrap);
}

export default [
  {
    id: 'capacityExitCaseHistory',
    pluginPoint: 'tasklist.task.detail',
    priority: -10,
    properties: { label: '案件记录' },
    render: (node, { taskId }) => { renderHistory(node, taskId); },
  },
];
