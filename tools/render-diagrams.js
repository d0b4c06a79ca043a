// Imports every BPMN diagram of processes/ into bpmn-js in headless Chromium, as Camunda Modeler
// would, fails on any import warning, and writes a picture of each (PNG and SVG).
//   node tools/render-diagrams.js [output folder]   (default: target/diagrams)
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const root = path.resolve(__dirname, '..');
const out = path.resolve(root, process.argv[2] || 'target/diagrams');
const bpmnJs = path.join(root, 'node_modules/bpmn-js/dist');

(async () => {
  fs.mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  let failures = 0;
  const files = fs.readdirSync(path.join(root, 'processes')).filter((f) => f.endsWith('.bpmn')).sort();
  for (const file of files) {
    const page = await browser.newPage({ viewport: { width: 2400, height: 1300 }, deviceScaleFactor: 1 });
    await page.setContent('<html><head><meta charset="utf-8"><style>html,body,#canvas{margin:0;width:100%;height:100%;background:#fff}'
      + '.djs-container{font-family:"Noto Sans CJK SC","Noto Sans SC",sans-serif}</style></head><body><div id="canvas"></div></body></html>');
    await page.addStyleTag({ path: path.join(bpmnJs, 'assets/diagram-js.css') });
    await page.addStyleTag({ path: path.join(bpmnJs, 'assets/bpmn-js.css') });
    await page.addScriptTag({ path: path.join(bpmnJs, 'bpmn-viewer.production.min.js') });
    const xml = fs.readFileSync(path.join(root, 'processes', file), 'utf8');
    const result = await page.evaluate(async (diagram) => {
      const viewer = new window.BpmnJS({ container: '#canvas' });
      try {
        const { warnings } = await viewer.importXML(diagram);
        viewer.get('canvas').zoom('fit-viewport', 'auto');
        const { svg } = await viewer.saveSVG();
        return { warnings: warnings.map((w) => w.message), svg };
      } catch (e) {
        return { error: e.message, warnings: (e.warnings || []).map((w) => w.message) };
      }
    }, xml);
    const name = path.basename(file, '.bpmn');
    if (result.error || result.warnings.length) {
      failures++;
      console.error(`${file}: ${result.error || ''} ${result.warnings.join('; ')}`);
    } else {
      fs.writeFileSync(path.join(out, `${name}.svg`), result.svg);
      await page.locator('#canvas').screenshot({ path: path.join(out, `${name}.png`) });
      console.log(`${file}: imported without warnings -> ${path.relative(root, out)}/${name}.png`);
    }
    await page.close();
  }
  await browser.close();
  console.log(`${files.length - failures} passed, ${failures} failed`);
  process.exit(failures ? 1 : 0);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
