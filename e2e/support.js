// What the browser tests share: the packaged application started on a free port with the demo data (one per test
// file, so that a file that moves the demo clock does not move another's), Debian's Chromium driven by
// playwright-core, and the officer's gestures in Tasklist (open a task of the department's list, fill a Camunda Form,
// 办结). Screenshots and the application's log go to target/e2e/.
const assert = require('node:assert');
const fs = require('fs');
const net = require('net');
const path = require('path');
const { spawn } = require('child_process');
const { chromium } = require('playwright-core');

const root = path.resolve(__dirname, '..');
const shots = path.join(root, 'target/e2e');

/** The running application (base URL, process) and browser of this test file. */
const ctx = { base: null, browser: null, app: null, log: null };

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('现场照片')]).toString('base64');
const PDF = Buffer.from('%PDF-1.4\n承诺书\n%%EOF').toString('base64');

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

/** Starts the packaged application (in-memory H2 of its own, demo profile) and the browser. */
async function start(name) {
  fs.mkdirSync(shots, { recursive: true });
  const jar = fs.readdirSync(path.join(root, 'target')).find((f) => /^capacity-exit-.*\.jar$/.test(f));
  assert.ok(jar, 'run mvn package first');
  const port = await freePort();
  ctx.base = `http://localhost:${port}`;
  ctx.app = spawn('java', ['-Xmx512m', '-jar', path.join(root, 'target', jar), '--spring.profiles.active=demo', `--server.port=${port}`,
    `--spring.datasource.url=jdbc:h2:mem:${name};DB_CLOSE_DELAY=-1`], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  ctx.log = path.join(shots, `application-${name}.log`);
  const log = fs.createWriteStream(ctx.log);
  ctx.app.stdout.pipe(log);
  ctx.app.stderr.pipe(log);
  const deadline = Date.now() + 240000;
  for (;;) {
    try {
      // Up, and the demo organisation seeded: a demo officer can log in.
      const r = await fetch(`${ctx.base}/api/enterprises?size=1`, { headers: { Authorization: 'Basic ' + Buffer.from('analyst:demo').toString('base64') } });
      if (r.ok) break;
    } catch (e) { /* not yet up */ }
    if (Date.now() > deadline) throw new Error(`the application did not start: see target/e2e/application-${name}.log`);
    await new Promise((r) => setTimeout(r, 1000));
  }
  ctx.browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  return ctx;
}

async function stop() {
  if (ctx.browser) await ctx.browser.close();
  if (ctx.app) ctx.app.kill('SIGTERM');
}

async function api(user, method, url, body) {
  const res = await fetch(ctx.base + url, {
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

async function login(page, app, user) {
  await page.goto(`${ctx.base}/camunda/app/${app}/`);
  await page.fill('form[name="signinForm"] input[ng-model="username"]', user);
  await page.fill('form[name="signinForm"] input[ng-model="password"]', 'demo');
  await page.click('form[name="signinForm"] button[type="submit"]');
}

// Every HTTP 5xx a page receives on the officers' path is a failure of the product.
const serverErrors = [];
function watch(page) {
  page.on('response', (r) => { if (r.status() >= 500) serverErrors.push(`${r.status()} ${r.request().method()} ${r.url()}`); });
}

/** Days the demo clock stands ahead of real time (the browser's clock is set to match: what is overdue, "3天后"). */
let clockOffsetDays = 0;

/** A browser page at the server's date: a Chinese browser in China time, its clock moved with the demo clock. */
async function newPage(options = {}) {
  const page = await ctx.browser.newPage({ viewport: { width: 1400, height: 1100 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...options });
  if (clockOffsetDays) await page.clock.install({ time: new Date(Date.now() + clockOffsetDays * 86400000) });
  watch(page);
  return page;
}

async function officerPage(user) {
  const page = await newPage();
  // Tasklist counts every filter's tasks before it lists them; after the long journeys (and the demo clock's years of
  // campaigns) the in-memory database of a test run can be slow. A sign-in typed before the form was ready is tried
  // again once.
  for (let attempt = 1; ; attempt++) {
    if (attempt === 1) {
      await login(page, 'tasklist', user);
    } else {
      await page.reload();
      const form = page.locator('form[name="signinForm"] input[ng-model="username"]');
      if (await form.waitFor({ timeout: 10000 }).then(() => true, () => false)) await login(page, 'tasklist', user);
    }
    try {
      await page.waitForSelector('text=本部门任务', { timeout: 60000 });
      return page;
    } catch (e) {
      if (attempt >= 2) throw e;
      trace('sign-in again', user);
    }
  }
}

/**
 * The administrator moves the demo clock (README "演示时钟") and the timers now due run: waits until the engine has no
 * executable job left. Pages opened before the move keep the old date: open new ones.
 */
async function moveClock(days) {
  trace('move the demo clock', days, 'days');
  const state = await api('admin', 'POST', '/api/admin/demo-clock', { days });
  clockOffsetDays = state.offsetDays;
  await settle();
  return state.today;
}

/** Waits until the job executor has run every job that is due (timers, asynchronous continuations). */
async function settle() {
  for (let i = 0; i < 120; i++) {
    const { count } = await api('admin', 'GET', '/engine-rest/job/count?executable=true&withRetriesLeft=true');
    if (count === 0) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('due jobs were not executed within a minute');
}

async function resetClock() {
  await api('admin', 'DELETE', '/api/admin/demo-clock');
  clockOffsetDays = 0;
}

// Latin words that may appear on a Chinese screen: file formats, the prefixes of case (ZG), elimination (CF), measure (LM),
// environmental credit rating (HX) and per-mu evaluation (MJ) numbers,
// the product that powers the webapps ("Camunda Platform" in the footer), the browser's time zone.
const LATIN_ALLOWED = new Set(['PDF', 'DOCX', 'WPS', 'Word', 'JPEG', 'PNG', 'MB', 'KB', 'ZG', 'CF', 'LM', 'HX', 'MJ', 'JC', 'JH', 'GB', 'kgce', 'kWh', 'Camunda', 'Platform', 'Asia', 'Shanghai']);

/** The officer's screen speaks Chinese: no English word outside the allowed file formats (collected, asserted at the end). */
const englishSeen = [];
async function assertChinese(page, where, allowed = []) {
  const text = await page.locator('body').innerText().catch(() => '');
  const words = (text.match(/[A-Za-z]{2,}/g) || [])
    .filter((w) => !LATIN_ALLOWED.has(w) && !allowed.includes(w));
  if (words.length) englishSeen.push(`${where}: ${[...new Set(words)].join(' ')}`);
}

/** A line on the test's output: what the browser is doing (a hang shows where it stopped). */
function trace(...what) {
  console.log(new Date().toISOString().slice(11, 19), ...what);
}

/** Opens the department's task of the enterprise by its name and claims it. */
async function openTask(page, name, enterprise) {
  trace('open', name, enterprise);
  for (let attempt = 0; ; attempt++) {
    await page.click('text=本部门任务');
    const entry = page.locator('li.task').filter({ hasText: name }).filter({ hasText: enterprise }).first();
    try {
      await entry.waitFor({ timeout: 5000 });
      await entry.locator('h4.task a').click();
      break;
    } catch (e) {
      if (attempt > 10) throw new Error(`no task “${name}” of ${enterprise} in the list`);
      await page.waitForTimeout(1000);
    }
  }
  const claim = page.locator('button.claim');
  await claim.first().waitFor({ timeout: 10000 }).then(() => claim.first().click()).catch(() => {});
  await page.locator('button.btn-primary[ng-click="complete()"]').waitFor({ timeout: 30000 });
  await page.waitForTimeout(500);
}

/** 办结: the form is submitted; a form error fails with its text. */
async function submitTask(page, shot) {
  trace('submit', shot);
  await assertChinese(page, shot);
  await page.screenshot({ path: path.join(shots, shot + '.png') });
  // On a long form the webapp's footer (v7.24.0) covers the centre of 办结 at this window size: an officer clicks the part
  // of the button that shows; the test then clicks the button itself.
  const button = page.locator('button.btn-primary[ng-click="complete()"]');
  await button.scrollIntoViewIfNeeded();
  // 办结 is disabled while the form is invalid: say which fields, instead of a click that times out.
  for (let i = 0; i < 50 && await button.isDisabled(); i++) {
    await page.waitForTimeout(200);
  }
  if (await button.isDisabled()) {
    const errors = await page.locator('.fjs-form-field-error:visible, .has-error label:visible').allInnerTexts();
    await page.screenshot({ path: path.join(shots, shot + '-disabled.png') });
    throw new Error(`${shot}: 办结 stays disabled; form errors: ${errors.join(' / ') || 'none shown'}`);
  }
  const covered = await button.evaluate((b) => {
    const r = b.getBoundingClientRect();
    const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return !(hit && (hit === b || b.contains(hit)));
  });
  if (covered) {
    // Leaving the last field first, as the officer's click would (the form takes a text's value when it loses focus).
    await button.focus();
    await page.waitForTimeout(300);
    await button.evaluate((b) => b.click());
  } else {
    await button.click();
  }
  const error = page.locator('.alert-danger:visible, .notification.error:visible, .fjs-form-field-error:visible').first();
  const done = page.locator('button.btn-primary[ng-click="complete()"]').waitFor({ state: 'detached', timeout: 30000 }).then(() => 'done');
  const failed = error.waitFor({ timeout: 30000 }).then(() => 'failed');
  if ((await Promise.race([done, failed])) === 'failed' && await error.isVisible().catch(() => false)) {
    await page.screenshot({ path: path.join(shots, shot + '-error.png') });
    throw new Error(`${shot}: ${await error.innerText()}`);
  }
}

/** A field's label as Camunda Forms renders it: the text, then an asterisk when the field is required. */
function labelled(label) {
  return new RegExp('^' + label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '\\*?$');
}

async function pick(page, label) {
  await page.getByLabel(labelled(label)).first().check();
}

async function write(page, label, value) {
  const field = page.getByLabel(labelled(label)).first();
  // A Camunda Form takes a typed text after a short pause or when the field loses focus; a re-render in between (a date
  // picker taking its date late on a busy machine) puts the form's old value back. Leave the field and check it kept the text.
  for (let attempt = 0; attempt < 3; attempt++) {
    await field.fill(value);
    await field.blur();
    await page.waitForTimeout(100);
    if ((await field.inputValue()) === value) {
      return;
    }
  }
  throw new Error(`${label}: the text was not kept`);
}

/** A date of a Camunda Form (yyyy/mm/dd, as the date picker takes it). */
async function formDate(page, label, iso) {
  const field = page.locator('.fjs-form-field-datetime').filter({ hasText: label });
  const input = field.locator('input').first();
  const typed = iso.replaceAll('-', '/');
  // The date picker takes a typed date on Enter or when the field loses focus; on a busy machine the first Enter can
  // come before it listens (the field then shows the date but the form holds none: 此项必填, or 办结 stays disabled).
  for (let attempt = 0; attempt < 3; attempt++) {
    await input.click();
    await input.fill(typed);
    await input.press('Enter');
    // Leave the field without focusing the next one (Tab would open a following select's list, and the test's click
    // on that select would then close it again).
    await input.blur();
    await page.waitForTimeout(200);
    if ((await input.inputValue()) !== '' && !(await field.locator('.fjs-form-field-error').isVisible())) {
      return;
    }
  }
  throw new Error(`${label}: the date ${iso} was not taken`);
}

/** The PDF linked on the form downloads. */
async function downloadsPdf(page, link) {
  const a = page.locator('a', { hasText: link }).first();
  await a.waitFor();
  const res = await page.request.get(new URL(await a.getAttribute('href'), ctx.base).toString());
  assert.strictEqual(res.status(), 200, `${link} downloads`);
  assert.strictEqual((await res.body()).subarray(0, 5).toString(), '%PDF-');
}

/** The server's date (China time; the demo clock may have been moved). */
async function serverToday() {
  return (await api('admin', 'GET', '/api/admin/demo-clock')).today;
}

function plusDays(iso, days) {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function daysBetween(fromIso, toIso) {
  return Math.round((Date.parse(toIso + 'T00:00:00Z') - Date.parse(fromIso + 'T00:00:00Z')) / 86400000);
}

/** The demo logins' jurisdiction slugs (seeds/organisation/jurisdictions.yaml). */
const USERS = { '370000': 'shandong', '370800': 'jining', '371000': 'weihai', '371500': 'liaocheng', '371502': 'dongchangfu',
  '371503': 'chiping', '371521': 'yanggu', '371522': 'shenxian', '371524': 'donge', '371525': 'guanxian', '371526': 'gaotang',
  '371581': 'linqing', '440000': 'guangdong', '440100': 'guangzhou', '440600': 'foshan' };

/** The demo login of a candidate group: energy-370800 → jining-energy, miit-371000-head → weihai-miit-head. */
function loginOf(group) {
  const [dept, code, head] = group.split('-');
  return `${USERS[code]}-${dept}${head ? '-' + head : ''}`;
}

/** The open task of a process instance (by its business key or a variable), once the engine has created it. */
async function openTaskOf(processKey, taskKey, { businessKey, variable } = {}) {
  const query = `processDefinitionKey=${processKey}&taskDefinitionKey=${taskKey}` +
    (businessKey ? `&processInstanceBusinessKey=${encodeURIComponent(businessKey)}` : '') +
    (variable ? `&processVariables=${variable}` : '');
  for (let i = 0; i < 60; i++) {
    const [task] = await tasks('admin', query);
    if (task) return task;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${taskKey} is not open (${query})`);
}

/** The demo login of the department a task is addressed to (its first candidate group). */
async function addressee(processKey, businessKey, taskKey) {
  return addresseeOf(await openTaskOf(processKey, taskKey, { businessKey }));
}

async function addresseeOf(task) {
  const links = await api('admin', 'GET', `/engine-rest/task/${task.id}/identity-links?type=candidate`);
  return loginOf(links[0].groupId);
}

/**
 * 落实联合措施：… as the department that holds the measure (issue 15): the outcome, the document and date, what was done.
 */
async function applyMeasure(user, title, enterprise, today, document, note, shot) {
  const page = await officerPage(user);
  try {
    await openTask(page, '落实联合措施：' + title, enterprise);
    await pick(page, '已落实');
    await write(page, '文书或通知文号（如有）', document);
    await formDate(page, '落实（认定）日期', today);
    await write(page, '落实情况或不适用的理由', note);
    await submitTask(page, shot);
  } finally {
    await page.close();
  }
}

/** 解除联合措施：… once the case has ended. */
async function liftMeasure(user, title, enterprise, today, note, shot) {
  const page = await officerPage(user);
  try {
    await openTask(page, '解除联合措施：' + title, enterprise);
    await formDate(page, '解除日期', today);
    await write(page, '解除情况', note);
    await submitTask(page, shot);
  } finally {
    await page.close();
  }
}

/** GB 32100 check character of an 18-character unified social credit code (for enterprises a test registers). */
function creditCode(first17) {
  const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = [...first17].reduce((n, c, i) => n + chars.indexOf(c) * weights[i], 0);
  return first17 + chars[(31 - (sum % 31)) % 31];
}

/**
 * The entries of the application's log that carry a stack trace of a refusal (a person's mistake, answered with one
 * Chinese sentence): there must be none (issue 14). The job executor's report of a failed job stays (an administrator
 * must see why a timer failed, e.g. a year's holidays not yet entered).
 */
function refusalStackTraces() {
  const entries = fs.readFileSync(ctx.log, 'utf8').split(/\n(?=\d{4}-\d{2}-\d{2}T)/);
  return entries.filter((e) => /\n\tat /.test(e) && !e.split('\n')[0].includes('jobexecutor')
    && /(InvalidInputException|ForbiddenException|ConflictException|NotFoundException|AuthorizationException|ENGINE-13034)/.test(e))
    .map((e) => e.split('\n')[0]);
}

module.exports = {
  refusalStackTraces, trace, applyMeasure, liftMeasure,
  ctx, shots, PNG, PDF, start, stop, api, tasks, chinaToday, login, watch, newPage, officerPage, moveClock, settle, resetClock,
  serverErrors, englishSeen, assertChinese, openTask, submitTask, labelled, pick, write, formDate, downloadsPdf, serverToday,
  plusDays, daysBetween, USERS, loginOf, openTaskOf, addressee, addresseeOf, creditCode,
};
