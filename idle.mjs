import { chromium } from '@playwright/test';
import { startStaticServer } from './scripts/static-server.mjs';
const server = await startStaticServer('dist', 4844);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Performance.enable');
await page.goto(server.url + (process.argv[2] ?? '/roadmap'));
for (let i = 0; i < 4; i++) {
  await page.waitForTimeout(2000);
  const { metrics } = await cdp.send('Performance.getMetrics');
  console.log(metrics.filter((m) => /^(LayoutCount|RecalcStyleCount|TaskDuration)$/.test(m.name)).map((m) => `${m.name}=${m.value.toFixed(2)}`).join(' '));
}
await browser.close(); await server.stop();
