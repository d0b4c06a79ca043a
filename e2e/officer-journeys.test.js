// End to end in a real browser (Debian's chromium, driven by playwright-core) against the packaged
// application on a free port with the demo data: what officers, managers and the public see.
// Run after `mvn package`: node --test e2e/   Screenshots go to target/e2e/.
const { test, before, after } = require('node:test');
const assert = require('node:assert');
const path = require('path');
const {
  ctx, shots, PNG, PDF, api, tasks, chinaToday, login, officerPage, serverErrors, englishSeen, assertChinese, openTask,
  submitTask, labelled, pick, write, formDate, downloadsPdf, serverToday, plusDays, USERS, addressee, start, stop, refusalStackTraces,
  applyMeasure, liftMeasure,
} = require('./support');

// A journey that hangs (a page that never answers) fails instead of holding CI.
const TEST_TIMEOUT = 10 * 60 * 1000;

let base;
let browser;

before(async () => {
  await start('officers');
  ({ base, browser } = ctx);
});

after(stop);

test('a Jining energy officer registers a finding, works the notice in Tasklist and the enterprise is on the yellow list', { timeout: TEST_TIMEOUT }, async () => {
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

// ---- Working tasks in Tasklist as the addressed officer, by clicking (issue 14) ----

test('the Jining case goes on in Tasklist from the report to the sealed and announced line, each step by its officer', { timeout: TEST_TIMEOUT }, async () => {
  const enterprise = '济宁光辉热电';
  const mine = (await api('jining-energy', 'GET', '/api/cases?size=50')).items.find((c) => c.creditCode === '91370800570554339M');
  assert.ok(mine, 'the case of the first journey');
  const caseNumber = mine.caseNumber;
  const today = await serverToday();
  // The served notice raised the joint measure of the plan (Jining 三(三)): the price authority applies the punitive
  // electricity price in its own Tasklist (issue 15).
  await applyMeasure('jining-ndrc', '执行差别化能源资源价格', enterprise, today, `济发改价格〔${today.slice(0, 4)}〕3号`,
    '自下月起对该企业执行惩罚性电价', '31-measure-price');
  let page = await officerPage('jining-energy');

  // The enterprise's report arrives on paper: the officer records it (no API, no enterprise login).
  await openTask(page, '登记企业报送材料', enterprise);
  await page.waitForFunction(() => document.querySelector('.tenant-id') && document.querySelector('.tenant-id').textContent.trim() === '济宁市');
  const item = await page.locator('li.task').filter({ hasText: '登记企业报送材料' }).first().innerText();
  assert.ok(item.includes('办理期限') || item.includes('法定期限'), 'the task\'s due date and the case\'s statutory date are named apart');
  await pick(page, '整改完成报告');
  await formDate(page, '收到日期', today);
  await write(page, '整改情况（报告要点）', '已更换汽轮机通流部分，供电煤耗自测降至限额以内');
  await submitTask(page, '10-record-report');

  await openTask(page, '组织复查', enterprise);
  await pick(page, '仍不达标，依法关停退出');
  await write(page, '复查情况', '现场测试供电煤耗仍超过限额标准');
  await submitTask(page, '11-reinspect');

  await openTask(page, '提出关停意见', enterprise);
  await write(page, '关停（处罚）意见：事实、理由和依据', '整改期满复查仍超过能耗限额，依照节约能源法第七十二条提出关停1号机组的意见');
  await submitTask(page, '12-propose-closure');

  await openTask(page, '告知陈述申辩和听证权利', enterprise);
  await downloadsPdf(page, '下载PDF');
  await pick(page, '直接送达');
  await formDate(page, '告知书送达日期', today);
  await submitTask(page, '13-notify-rights');

  await openTask(page, '听取陈述申辩', enterprise);
  await write(page, '企业陈述、申辩情况（未陈述申辩的，写明“未陈述申辩”）', '企业称机组承担供热任务，请求从轻处理');
  await pick(page, '企业在期限内书面要求听证');
  await formDate(page, '企业提出听证要求的日期', today);
  await submitTask(page, '14-hear-statement');

  const hearingDay = plusDays(today, 7);
  await openTask(page, '通知听证', enterprise);
  await formDate(page, '举行听证日期（不早于今天起第七日）', hearingDay);
  await write(page, '开始时间（如 9:30）', '9:30');
  await write(page, '听证地点', '济宁市能源局三楼听证室');
  await write(page, '听证主持人（非本案调查人员）', '法规科王明');
  await submitTask(page, '15-notify-hearing');

  // A week passes in the demo (the administrator moves the demo clock, README "演示时钟"); back to real time at the end.
  await api('admin', 'POST', '/api/admin/demo-clock', { days: 7 });
  try {
    await afterTheHearingWeek(page, caseNumber, enterprise, today, hearingDay);
  } finally {
    await api('admin', 'DELETE', '/api/admin/demo-clock');
  }
  assert.deepStrictEqual(serverErrors, [], 'no HTTP 5xx on the officers\' path');
  assert.deepStrictEqual(englishSeen, [], 'no English on the officers\' path');
});

async function afterTheHearingWeek(page, caseNumber, enterprise, today, hearingDay) {
  await page.reload();
  await openTask(page, '组织听证', enterprise);
  await downloadsPdf(page, '下载PDF');
  await pick(page, '直接送达');
  await formDate(page, '听证通知书送达日期', today);
  await formDate(page, '举行听证日期', hearingDay);
  await write(page, '出席人员（当事人或其代理人、调查人员、记录人）', '企业法定代表人张三，调查人员李四、赵六，记录人孙七');
  await write(page, '企业的申辩和质证意见', '对能耗测试结果无异议，请求给予过渡期');
  await write(page, '主持人意见', '事实清楚，证据充分，维持关停意见');
  await submitTask(page, '16-hold-hearing');
  await page.close();

  // The people's government of the city decides.
  page = await officerPage(await addressee('rectification-to-closure', caseNumber, 'Task_ApproveClosure'));
  await openTask(page, '批准关停', enterprise);
  // The case's history on the task: who did what, and who holds it now.
  await page.click('a:has-text("案件记录")');
  await page.waitForSelector('.cx-case-history');
  const history = await page.locator('.cx-case-history').innerText();
  assert.ok(history.includes('提出关停意见') && history.includes('现由') && history.includes('济宁市人民政府'), 'the case history tab');
  await assertChinese(page, '17-case-history');
  await page.screenshot({ path: path.join(shots, '17a-case-history.png') });
  await page.click('a:has-text("表单")');
  await downloadsPdf(page, '下载PDF');
  await pick(page, '批准关停（按拟作出的决定）');
  await write(page, '意见说明', '同意');
  await submitTask(page, '17-approve-closure');
  await page.close();

  const now = await serverToday();
  page = await officerPage('jining-energy');
  await openTask(page, '签发关停决定书', enterprise);
  await formDate(page, '关停退出期限', plusDays(now, 30));
  await submitTask(page, '18-closure-order');

  // The closure order raised the resettlement measure (Jining 三(五)) for human resources.
  await applyMeasure('jining-hrss', '指导制定职工安置方案和风险处置预案', enterprise, now, `济人社函〔${now.slice(0, 4)}〕12号`,
    '指导企业制定职工安置方案和风险处置预案，已经职代会通过', '32-measure-resettlement');
  await openTask(page, '记录决定书送达', enterprise);
  await downloadsPdf(page, '下载PDF');
  await page.getByLabel('送达方式').selectOption('DIRECT');
  await page.getByLabel('用印方式（本系统不生成印章）').selectOption('INK');
  await page.getByLabel('送达日期').fill(now);
  await page.locator('input[type=file][cam-variable-name=serviceProof]').setInputFiles({ name: '送达回证.pdf', mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n% 送达回证（已签收）\n%%EOF\n') });
  await submitTask(page, '19-decision-service');
  await page.close();

  // The licences go to the departments that issued them, with the lead department's letter.
  for (const licence of await tasks('admin', `processDefinitionKey=rectification-to-closure&processInstanceBusinessKey=${caseNumber}&taskDefinitionKey=Task_RevokeLicence`)) {
    const links = await api('admin', 'GET', `/engine-rest/task/${licence.id}/identity-links?type=candidate`);
    const [dept, code] = links[0].groupId.split('-');
    page = await officerPage(`${USERS[code]}-${dept}`);
    await openTask(page, '办理证照注销、吊销', enterprise);
    await pick(page, '已报请（提请）发证机关注销（吊销）');
    await write(page, '注销（吊销）决定或报请文书文号', '济市监函〔' + now.slice(0, 4) + '〕8号');
    await submitTask(page, '20-licence-' + dept);
    await page.close();
  }

  page = await officerPage('jining-energy');
  await openTask(page, '核实关停退出到位', enterprise);
  await pick(page, '经现场核实，企业已关停退出，相关生产线停止生产');
  await formDate(page, '关停退出日期', now);
  await write(page, '核实情况', '1号机组已停机，主蒸汽管道断开');
  await submitTask(page, '21-confirm-exit');
  // The exit lifts the price measure and raises the land disposal and the funds (Jining 三(六), 三(一)).
  await liftMeasure('jining-ndrc', '执行差别化能源资源价格', enterprise, now, '机组已关停退出，停止执行惩罚性电价', '33-measure-lift');
  await applyMeasure('jining-nr', '分类处置腾退土地', enterprise, now, `济自然资规函〔${now.slice(0, 4)}〕5号`,
    '腾退土地由政府收储改造', '34-measure-land');
  await applyMeasure('jining-finance', '统筹专项资金支持职工安置、转产转型', enterprise, now, `济财企〔${now.slice(0, 4)}〕9号`,
    '安排职工安置专项资金', '35-measure-funds');

  await page.close();

  // The closed unit: assessed, sealed step by step with photos, the enterprise's pledge uploaded, by the department
  // the dismantle policy names.
  page = await officerPage(await addressee('dismantle-or-seal', caseNumber, 'Task_AssessDismantling'));
  await openTask(page, '评估拆除条件', enterprise);
  await page.getByLabel(labelled('具备拆除条件，立即拆除')).first().waitFor();
  assert.strictEqual(await page.getByLabel(labelled('关而不拆，转为应急备用')).count(), 0,
    'a Shandong power unit is not offered 关而不拆 (Guangdong coal power only)');
  await pick(page, '暂不具备拆除条件，先封存、限时拆除');
  await formDate(page, '限时拆除期限', plusDays(now, 90));
  await write(page, '评估意见', '机组承担冬季供热，采暖季后拆除');
  await submitTask(page, '22-assess');
  for (const [name, n] of [['断水', 23], ['断电', 24], ['拆除动力装置', 25], ['封存主体设备', 26]]) {
    await openTask(page, name, enterprise);
    await page.locator('#stepDate').fill(now);
    await page.locator('input[type=file]:visible').setInputFiles({ name: name + '现场照片.PNG', mimeType: 'image/png', buffer: Buffer.from(PNG, 'base64') });
    await submitTask(page, `${n}-${name}`);
  }
  await openTask(page, '上传企业承诺书', enterprise);
  await downloadsPdf(page, '下载PDF');
  await page.locator('input[type=file]:visible').first().setInputFiles({ name: '承诺书（已签字盖章）.PDF', mimeType: 'application/pdf', buffer: Buffer.from(PDF, 'base64') });
  await submitTask(page, '27-pledge');

  // Dismantled before the deadline, with photos before, during and after, then accepted on site.
  await openTask(page, '限时拆除封存设备', enterprise);
  await page.locator('#dismantledOn').fill(now);
  for (const [step, label] of [['BEFORE', '拆除前'], ['DURING', '拆除中'], ['AFTER', '拆除后']]) {
    await page.locator(`input[type=file][cam-variable-name=evidence_${step}]`).setInputFiles({ name: label + '照片.PNG', mimeType: 'image/png',
      buffer: Buffer.from(PNG, 'base64') });
  }
  await submitTask(page, '28-dismantle');
  await page.close();
  page = await officerPage(await addressee('dismantle-or-seal', caseNumber, 'Task_AcceptDismantling'));
  await openTask(page, '现场验收', enterprise);
  await pick(page, '主体设备已拆除，验收通过');
  await write(page, '验收情况', '主体设备已拆除，现场无恢复生产条件');
  await submitTask(page, '29-accept');
  await page.close();

  const documents = await api('jining-energy', 'GET', `/api/documents?reference=${caseNumber}`);
  assert.ok(documents.some((d) => d.kind === 'CLOSURE_DECISION' && d.servedMethod === 'DIRECT' && d.proofSha256), 'the decision served with its proof');
  for (const kind of ['RECTIFICATION_NOTICE', 'RIGHTS_NOTICE', 'HEARING_NOTICE', 'HEARING_RECORD', 'CLOSURE_PROPOSAL', 'CLOSURE_APPROVAL', 'CLOSURE_DECISION']) {
    assert.ok(documents.some((d) => d.kind === kind), `the case's ${kind}`);
  }
  const closed = (await api('jining-energy', 'GET', `/api/cases/${encodeURIComponent(caseNumber)}`)).case;
  assert.strictEqual(closed.state, 'CLOSED', 'the case is closed: the unit exited and dismantled (re-inspections after the exit follow)');
  assert.ok(closed.lines.every((l) => l.status !== 'SEALED'), 'no line left sealed');
}

test('a Liaocheng manager sees the running campaign in Cockpit', { timeout: TEST_TIMEOUT }, async () => {
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

test('a Liaocheng officer works a milestone of the year\'s campaign in Tasklist, the milestone named in the list', { timeout: TEST_TIMEOUT }, async () => {
  const open = await tasks('admin', 'processDefinitionKey=annual-campaign&taskDefinitionKey=Task_CompleteMilestone&tenantIdIn=371500&sortBy=dueDate&sortOrder=asc');
  assert.ok(open.length > 0, 'the campaign opened its milestones');
  const milestone = open[0];
  assert.ok(milestone.name.startsWith('办理工作节点：') && milestone.name.length > '办理工作节点：'.length, 'the task carries its milestone');
  const links = await api('admin', 'GET', `/engine-rest/task/${milestone.id}/identity-links?type=candidate`);
  const [dept, code] = links[0].groupId.split('-');
  const page = await officerPage(`${USERS[code]}-${dept}`);
  // The department has a task per milestone of the year: the officer opens this one by its link (#/?task=…), as from a reminder.
  await page.goto(`${base}/camunda/app/tasklist/default/#/?task=${milestone.id}`);
  const claim = page.locator('button.claim');
  await claim.first().waitFor({ timeout: 15000 }).then(() => claim.first().click()).catch(() => {});
  await page.locator('button.btn-primary[ng-click="complete()"]').waitFor({ timeout: 30000 });
  assert.ok((await page.locator('.names h2').first().innerText()).includes(milestone.name.slice(0, 12)), 'the task is named after its milestone');
  await write(page, '办理情况', '已按时限完成，材料已报送');
  await submitTask(page, '30-milestone');
  await page.close();
  const done = await api('admin', 'GET', `/engine-rest/history/task?taskId=${milestone.id}`);
  assert.ok(done[0].endTime, 'the milestone task is completed');
  assert.deepStrictEqual(serverErrors, [], 'no HTTP 5xx on the officers\' path');
  assert.deepStrictEqual(englishSeen, [], 'no English on the officers\' path');
});

// Seals a line in Tasklist as its officer: the elimination is started by the product's API (an officer's action outside
// Tasklist: dismantle-or-seal has no start form), then the assessment, water, power, power units and seal, each with its
// photo, and the signed pledge are clicked by the department the dismantle policy names. Returns the elimination number.
async function sealLine(officer, lineId, catalogueItem, deadline) {
  const started = await api(officer, 'POST', '/api/eliminations', { productionLineId: lineId, catalogueItem, planYear: new Date().getFullYear() });
  const number = started.elimination.eliminationNumber;
  const enterprise = started.elimination.enterpriseName;
  const [assess] = await tasks('admin', `processDefinitionKey=dismantle-or-seal&taskDefinitionKey=Task_AssessDismantling&processVariables=eliminationNumber_eq_${number}`);
  const links = await api('admin', 'GET', `/engine-rest/task/${assess.id}/identity-links?type=candidate`);
  const [dept, code] = links[0].groupId.split('-');
  const page = await officerPage(`${USERS[code]}-${dept}`);
  const today = await serverToday();
  await openTask(page, '评估拆除条件', enterprise);
  await pick(page, '暂不具备拆除条件，先封存、限时拆除');
  await formDate(page, '限时拆除期限', deadline);
  await write(page, '评估意见', '主体设备暂不具备拆除条件');
  await submitTask(page, `seal-${number}-assess`);
  for (const name of ['断水', '断电', '拆除动力装置', '封存主体设备']) {
    await openTask(page, name, enterprise);
    await page.locator('#stepDate').fill(today);
    await page.locator('input[type=file]:visible').setInputFiles({ name: name + '现场照片.PNG', mimeType: 'image/png', buffer: Buffer.from(PNG, 'base64') });
    await submitTask(page, `seal-${number}-${name}`);
  }
  await openTask(page, '上传企业承诺书', enterprise);
  await page.locator('input[type=file]:visible').first().setInputFiles({ name: '承诺书（已签字盖章）.PDF', mimeType: 'application/pdf', buffer: Buffer.from(PDF, 'base64') });
  await submitTask(page, `seal-${number}-pledge`);
  await page.close();
  return number;
}

test('the public announcement page shows a sealed line with its pledge', { timeout: TEST_TIMEOUT }, async () => {
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
  assert.deepStrictEqual(serverErrors, [], 'no HTTP 5xx on the officers\' path');
  assert.deepStrictEqual(englishSeen, [], 'no English on the officers\' path');
});

test('a Liaocheng manager reads the real figures on the dashboard in Cockpit, in Chinese', { timeout: TEST_TIMEOUT }, async () => {
  const year = new Date().getFullYear();
  const day = (offset) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);
  // A cement works found today lacking safety conditions: stopped at once, re-inspected in 20 days, so its
  // date falls in the next 30 days (the notice is served today: periods run from service).
  const opened = await api('yanggu-emergency', 'POST', '/api/cases', { enterpriseCreditCode: '91371521571425424Q', dimension: 'SAFETY',
    description: '熟料生产线安全生产条件不符合国家标准' });
  const officer = await officerPage('yanggu-emergency');
  await openTask(officer, '下达停产停业整顿决定', '阳谷华通水泥');
  await write(officer, '整顿要求', '停产整顿，消除隐患');
  await formDate(officer, '复查日期', day(20));
  await submitTask(officer, 'yanggu-order');
  await openTask(officer, '记录通知书送达', '阳谷华通水泥');
  await officer.getByLabel('送达方式').selectOption('DIRECT');
  await officer.getByLabel('用印方式（本系统不生成印章）').selectOption('INK');
  await officer.getByLabel('送达日期').fill(chinaToday());
  await submitTask(officer, 'yanggu-service');
  await officer.close();
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
  // The Yanggu safety finding raised Shandong's credit measure for the province's people's bank (issue 15).
  const measures = await page.locator('[data-section="measures"]').first().innerText();
  const credit = figures.measures.find((m) => m.departmentGroup === 'pboc-370000');
  assert.ok(credit && measures.includes(credit.departmentName), 'the open joint measures by department');
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
  assert.deepStrictEqual(serverErrors, [], 'no HTTP 5xx on the officers\' path');
  assert.deepStrictEqual(englishSeen, [], 'no English on the officers\' path');
});

test('no refusal on these paths was logged as a stack trace', () => {
  assert.deepStrictEqual(refusalStackTraces(), []);
});
