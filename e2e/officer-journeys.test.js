// End to end in a real browser (Debian's chromium, driven by playwright-core) against the packaged
// application on a free port with the demo data: what officers, managers and the public see.
// Run after `mvn package`: node --test e2e/   Screenshots go to target/e2e/.
const { test, before, after } = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const net = require('net');
const path = require('path');
const { spawn } = require('child_process');
const { chromium } = require('playwright-core');

const root = path.resolve(__dirname, '..');
const shots = path.join(root, 'target/e2e');
let app;
let base;
let browser;

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('现场照片')]).toString('base64');
const PDF = Buffer.from('%PDF-1.4\n承诺书\n%%EOF').toString('base64');

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

async function api(user, method, url, body) {
  const res = await fetch(base + url, {
    method,
    headers: { Authorization: 'Basic ' + Buffer.from(user + ':demo').toString('base64'), 'Content-Type': 'application/json', Accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status >= 400) throw new Error(`${method} ${url} as ${user}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

async function tasks(user, query) {
  return api(user, 'GET', '/engine-rest/task?' + query);
}

/** Today in China (the documents are dated in China time; a day served may not precede it). */
function chinaToday() {
  return new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

async function complete(user, taskId, variables) {
  const typed = {};
  for (const [k, v] of Object.entries(variables)) {
    if (v && v.file) typed[k] = { value: v.file, type: 'File', valueInfo: { filename: v.name, mimetype: v.mime } };
    else typed[k] = { value: v, type: typeof v === 'boolean' ? 'Boolean' : 'String' };
  }
  await api(user, 'POST', `/engine-rest/task/${taskId}/complete`, { variables: typed });
}

async function login(page, app, user) {
  await page.goto(`${base}/camunda/app/${app}/`);
  await page.fill('form[name="signinForm"] input[ng-model="username"]', user);
  await page.fill('form[name="signinForm"] input[ng-model="password"]', 'demo');
  await page.click('form[name="signinForm"] button[type="submit"]');
}

before(async () => {
  fs.mkdirSync(shots, { recursive: true });
  const jar = fs.readdirSync(path.join(root, 'target')).find((f) => /^capacity-exit-.*\.jar$/.test(f));
  assert.ok(jar, 'run mvn package first');
  const port = await freePort();
  base = `http://localhost:${port}`;
  app = spawn('java', ['-Xmx512m', '-jar', path.join(root, 'target', jar), '--spring.profiles.active=demo', `--server.port=${port}`,
    '--spring.datasource.url=jdbc:h2:mem:e2e;DB_CLOSE_DELAY=-1'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = fs.createWriteStream(path.join(shots, 'application.log'));
  app.stdout.pipe(log);
  app.stderr.pipe(log);
  const deadline = Date.now() + 180000;
  for (;;) {
    try {
      // Up, and the demo organisation seeded: a demo officer can log in.
      const r = await fetch(`${base}/api/enterprises?size=1`, { headers: { Authorization: 'Basic ' + Buffer.from('analyst:demo').toString('base64') } });
      if (r.ok) break;
    } catch (e) { /* not yet up */ }
    if (Date.now() > deadline) throw new Error('the application did not start: see target/e2e/application.log');
    await new Promise((r) => setTimeout(r, 1000));
  }
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  if (browser) await browser.close();
  if (app) app.kill('SIGTERM');
});

test('a Jining energy officer registers a finding, works the notice in Tasklist and the enterprise is on the yellow list', async () => {
  // A Weihai case exists too: the Jining officer must not see it.
  await api('weihai-miit', 'POST', '/api/cases', { enterpriseCreditCode: '913710005706335203', dimension: 'ENERGY', description: '熟料综合能耗超标' });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN' });
  await login(page, 'tasklist', 'jining-energy');
  // Tasklist speaks Chinese to a Chinese browser (src/main/resources/META-INF/.../tasklist/locales/zh.json).
  await page.waitForSelector('text=本部门任务');
  await page.waitForSelector('a:has-text("发起流程")');
  await page.click('a:has-text("发起流程")');
  await page.click('text=整改到关停');
  await page.getByLabel('统一社会信用代码').fill('91370800570554339M');
  await page.locator('.fjs-form-field-select').click();
  await page.locator('.fjs-dropdownlist-item:has-text("能耗")').click();
  const date = page.locator('.fjs-form-field-datetime input').first();
  await date.click();
  await date.fill(new Date().toISOString().slice(0, 10).replaceAll('-', '/'));
  await date.press('Enter');
  await page.getByLabel('发现的问题').fill('供电煤耗超过限额标准');
  await page.screenshot({ path: path.join(shots, '1-start-form.png') });
  await page.click('.modal-footer button:has-text("发起")');
  await page.waitForSelector('.modal-footer', { state: 'detached' });
  await page.click('text=本部门任务');
  const entry = page.locator('li.task').filter({ hasText: '签发整改通知书' }).first();
  await entry.waitFor();
  const list = await page.locator('.tasks-list, ol.tasks').first().innerText();
  assert.ok(!list.includes('威海'), 'no Weihai task in the Jining officer\'s list');
  assert.ok((await entry.innerText()).includes('济宁光辉热电'), 'the list shows the enterprise');
  await entry.locator('h4.task a').click();
  await page.click('button.claim');
  await page.getByLabel('整改要求').waitFor();
  await page.getByLabel('整改要求').fill('6个月内供电煤耗降至限额以内');
  await page.screenshot({ path: path.join(shots, '2-notice-task.png') });
  await page.click('button.btn-primary[ng-click="complete()"]');
  await page.waitForSelector('text=签发整改通知书', { state: 'detached' }).catch(() => {});
  // The system generated and numbered the notice: the officer downloads it, serves it and records the service.
  await page.click('text=本部门任务');
  const service = page.locator('li.task').filter({ hasText: '记录通知书送达' }).filter({ hasText: '济宁光辉热电' }).first();
  await service.waitFor();
  await service.locator('h4.task a').click();
  await page.click('button.claim');
  const pdfLink = page.locator('a', { hasText: '下载PDF' }).first();
  await pdfLink.waitFor();
  const href = await pdfLink.getAttribute('href');
  const pdf = await page.request.get(new URL(href, base).toString());
  assert.strictEqual(pdf.status(), 200, 'the notice downloads from its task');
  assert.ok((await pdf.body()).subarray(0, 5).toString() === '%PDF-', 'a PDF');
  await page.getByLabel('送达方式').selectOption('DIRECT');
  await page.getByLabel('用印方式（本系统不生成印章）').selectOption('INK');
  // The period runs from service of the notice (送达): the officer records the day it was served.
  await page.getByLabel('送达日期').fill(chinaToday());
  // The signed proof of service, scanned.
  await page.locator('input[type=file][cam-variable-name=serviceProof]').setInputFiles({ name: '送达回证.pdf', mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n% 送达回证（已签收）\n%%EOF\n') });
  await page.screenshot({ path: path.join(shots, '2a-notice-service.png') });
  await page.click('button.btn-primary[ng-click="complete()"]');
  await page.waitForSelector('text=记录通知书送达', { state: 'detached' }).catch(() => {});
  // Completed: the notice has left the department's list, in Chinese Tasklist.
  await page.click('text=本部门任务');
  await page.waitForTimeout(1000);
  assert.strictEqual(await page.locator('li.task').filter({ hasText: '签发整改通知书' }).filter({ hasText: '济宁光辉热电' }).count(), 0,
    'the completed notice is no longer in the list');
  await page.screenshot({ path: path.join(shots, '2b-notice-completed.png') });
  const mine = (await api('jining-energy', 'GET', '/api/cases?size=50')).items.find((c) => c.creditCode === '91370800570554339M');
  const documents = await api('jining-energy', 'GET', '/api/documents?reference=' + encodeURIComponent(mine.caseNumber));
  assert.ok(documents.some((d) => d.kind === 'RECTIFICATION_NOTICE' && d.servedMethod === 'DIRECT' && d.proofSha256),
    'the notice was served and its signed proof kept');
  const yellow = await (await fetch(`${base}/api/public/lists/yellow?jurisdiction=370800`)).json();
  assert.ok(yellow.some((e) => e.creditCode === '91370800570554339M'), 'the enterprise is on the yellow list');
  await page.goto(`${base}/public/lists`);
  await page.waitForSelector('text=济宁光辉热电有限公司');
  await page.screenshot({ path: path.join(shots, '3-yellow-list.png') });
  await page.close();
});

test('a Liaocheng manager sees the running campaign in Cockpit', async () => {
  const year = new Date().getFullYear();
  await api('liaocheng-miit', 'POST', '/api/campaigns', { jurisdiction: '371500', year });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await login(page, 'cockpit', 'liaocheng-manager');
  await page.waitForSelector('text=Process Definitions', { timeout: 30000 }).catch(() => {});
  const definitions = await api('admin', 'GET', '/engine-rest/process-definition?key=annual-campaign&latestVersion=true');
  await page.goto(`${base}/camunda/app/cockpit/default/#/process-definition/${definitions[0].id}/runtime`);
  await page.waitForSelector('.djs-container [data-element-id="SubProcess_Milestones"]', { timeout: 30000 });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: path.join(shots, '4-cockpit-campaign.png') });
  const instances = await api('liaocheng-manager', 'GET', '/engine-rest/process-instance?processDefinitionKey=annual-campaign');
  assert.ok(instances.some((i) => i.tenantId === '371500'), 'the manager sees Liaocheng\'s campaign');
  assert.ok(!instances.some((i) => i.tenantId === '440000'), 'and no other province\'s');
  const health = await (await fetch(`${base}/actuator/health`)).json();
  assert.strictEqual(health.status, 'UP');
  assert.strictEqual(health.components.jobExecutor.status, 'UP', 'the job executor runs');
  const incidents = await api('admin', 'GET', '/engine-rest/incident/count');
  assert.strictEqual(incidents.count, 0, 'overdue milestones escalate without incidents');
  await page.close();
});

// Seals a line through the engine REST API as its officer would in Tasklist: assessment, water, power,
// power units, seal, each with its evidence, then the signed pledge. Returns the elimination number.
async function sealLine(officer, lineId, catalogueItem, deadline) {
  const started = await api(officer, 'POST', '/api/eliminations', { productionLineId: lineId, catalogueItem, planYear: new Date().getFullYear() });
  const number = started.elimination.eliminationNumber;
  const query = (key) => `processDefinitionKey=dismantle-or-seal&taskDefinitionKey=${key}&processVariables=eliminationNumber_eq_${number}`;
  const [assess] = await tasks(officer, query('Task_AssessDismantling'));
  await complete(officer, assess.id, { eliminationMethod: 'SEAL', dismantleDeadline: deadline, assessmentNote: '主体设备暂不具备拆除条件' });
  const today = new Date().toISOString().slice(0, 10);
  for (const [key, step] of [['Task_CutWater', 'WATER'], ['Task_CutPower', 'POWER'], ['Task_RemovePowerUnits', 'POWER_UNITS'], ['Task_SealEquipment', 'SEAL']]) {
    const [t] = await tasks(officer, query(key));
    await complete(officer, t.id, { stepDate: today, ['evidence_' + step]: { file: PNG, name: step + '.png', mime: 'image/png' } });
  }
  const [pledge] = await tasks(officer, query('Task_UploadPledge'));
  await complete(officer, pledge.id, { evidence_PLEDGE: { file: PDF, name: '承诺书.pdf', mime: 'application/pdf' } });
  return number;
}

test('the public announcement page shows a sealed line with its pledge', async () => {
  const lines = await api('weihai-miit', 'GET', '/api/enterprises?jurisdiction=371000&sector=TEXTILES');
  const code = lines.items[0].creditCode;
  const line = (await api('weihai-miit', 'GET', `/api/enterprises/${code}/production-lines`)).items[0];
  const deadline = new Date(Date.now() + 90 * 86400000).toISOString().slice(0, 10);
  const number = await sealLine('weihai-miit', line.id, '产业结构调整指导目录（2019年本）淘汰类 74型染整生产线', deadline);
  const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
  await page.goto(`${base}/public/announcements`);
  await page.waitForSelector(`text=${number}`);
  await page.click(`a:has-text("${number}")`);
  await page.waitForSelector('text=企业承诺书');
  const text = await page.locator('main').innerText();
  assert.ok(text.includes('不再恢复生产') && text.includes(deadline), 'the pledge and the deadline are published');
  await page.screenshot({ path: path.join(shots, '5-announcement.png'), fullPage: true });
  await page.close();
});

test('a Liaocheng manager reads the real figures on the dashboard in Cockpit, in Chinese', async () => {
  const year = new Date().getFullYear();
  const day = (offset) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);
  // A cement works found today lacking safety conditions: stopped at once, re-inspected in 20 days, so its
  // date falls in the next 30 days (the notice is served today: periods run from service).
  const opened = await api('yanggu-emergency', 'POST', '/api/cases', { enterpriseCreditCode: '91371521571425424Q', dimension: 'SAFETY',
    description: '熟料生产线安全生产条件不符合国家标准' });
  const [order] = await tasks('admin', `processDefinitionKey=rectification-to-closure&processInstanceBusinessKey=${opened.caseNumber}&taskDefinitionKey=Task_OrderSuspension`);
  await complete('admin', order.id, { rectificationRequirements: '停产整顿，消除隐患', reinspectionDate: day(20) });
  const [service] = await tasks('admin', `processDefinitionKey=rectification-to-closure&processInstanceBusinessKey=${opened.caseNumber}&taskDefinitionKey=Task_RecordNoticeService`);
  await complete('admin', service.id, { serviceMethod: 'DIRECT', seal: 'INK', servedOn: chinaToday() });
  // A 90 kA electrolytic aluminium line of the catalogue is sealed this year: capacity exited against the plan.
  const line = (await api('liaocheng-miit', 'GET', '/api/enterprises/91371503571267040X/production-lines')).items.find((l) => l.name === '一期电解系列');
  await sealLine('chiping-miit', line.id, '产业结构调整指导目录（2019年本）淘汰类 100千安及以下电解铝预焙槽', day(60));
  const figures = await api('liaocheng-manager', 'GET', '/api/dashboard');
  assert.strictEqual(figures.jurisdictionName, '聊城市');
  assert.ok(figures.upcoming.some((i) => i.reference === opened.caseNumber), 'the case is due within 30 days');
  const aluminium = figures.capacity.find((c) => c.sector === 'ELECTROLYTIC_ALUMINIUM');
  assert.ok(aluminium && Number(aluminium.exited) === 5, 'the sealed 5 万吨/年 line counts as exited');

  const page = await browser.newPage({ viewport: { width: 1400, height: 1600 }, locale: 'zh-CN' });
  await login(page, 'cockpit', 'liaocheng-manager');
  // Cockpit's start page carries the dashboard (cockpit.dashboard plugin point), in Chinese.
  await page.waitForSelector('.cx-dashboard h2:has-text("聊城市淘汰落后产能监管看板")', { timeout: 30000 });
  await page.waitForSelector('.Header a:has-text("流程")');
  const tile = async (id) => Number((await page.locator(`[data-figure="${id}"] b`).first().innerText()).replace(/,/g, ''));
  const openCases = figures.openCases.reduce((n, c) => n + c.count, 0);
  assert.ok(openCases >= 1);
  assert.strictEqual(await tile('open-cases'), openCases);
  assert.strictEqual(await tile('upcoming'), figures.upcoming.length);
  assert.strictEqual(await tile('overdue'), figures.overdue.length);
  const capacity = await page.locator('[data-section="capacity"]').first().innerText();
  assert.ok(capacity.includes('电解铝') && capacity.includes('万吨/年'), 'exited capacity by sector');
  const upcoming = await page.locator('[data-section="upcoming"]').first().innerText();
  assert.ok(upcoming.includes(opened.caseNumber) && upcoming.includes('阳谷华通水泥有限公司'), 'the deadline of the next 30 days');
  const campaigns = await page.locator('[data-section="campaigns"]').first().innerText();
  assert.ok(campaigns.includes(`聊城市 ${year}年度工作`), 'the campaign and its milestones');
  await page.screenshot({ path: path.join(shots, '6-cockpit-dashboard.png'), fullPage: true });

  // Its own page, reached from Cockpit's navigation; a county picked from the list.
  await page.click('.Header a:has-text("监管看板")');
  await page.waitForURL(/#\/capacity-exit/);
  await page.waitForSelector('.cx-dashboard h2:has-text("聊城市")');
  await page.selectOption('.cx-dashboard select[name="jurisdiction"]', '371521');
  await page.waitForSelector('.cx-dashboard h2:has-text("阳谷县淘汰落后产能监管看板")');
  const county = await page.locator('.cx-dashboard').first().innerText();
  assert.ok(county.includes(opened.caseNumber), 'the county\'s case');
  assert.ok(!county.includes('聊城信发电解铝'), 'no other county\'s line');
  await page.screenshot({ path: path.join(shots, '7-dashboard-county.png'), fullPage: true });
  await page.close();
});
