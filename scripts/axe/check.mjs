// Checks HTML pages with axe-core (WCAG 2.1 A and AA rules) in Chromium, at a desktop and a
// phone width, and exits 1 unless every page view has 0 violations. Run by scripts/axe-check.sh:
//   node check.mjs page.html [page.html ...]
// Chromium comes from the CHROMIUM variable or /usr/bin/chromium; nothing is downloaded.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const axeSource = require.resolve('axe-core/axe.min.js');
const axeVersion = require('axe-core/package.json').version;
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const views = [
  { name: 'desktop', viewport: { width: 1280, height: 900 }, isMobile: false },
  { name: 'phone', viewport: { width: 375, height: 812 }, isMobile: true },
];

const pages = process.argv.slice(2);
if (pages.length === 0) {
  console.error('axe-check: no pages given');
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let passed = 0;
let failed = 0;
try {
  for (const file of pages) {
    for (const view of views) {
      // The pages forbid scripts by their content security policy; bypassCSP lets axe in.
      const context = await browser.newContext({
        viewport: view.viewport, isMobile: view.isMobile, hasTouch: view.isMobile,
        bypassCSP: true, offline: true,
      });
      const page = await context.newPage();
      await page.goto(pathToFileURL(resolve(file)).href);
      await page.addScriptTag({ path: axeSource });
      const result = await page.evaluate(async (runTags) => window.axe.run(document, {
        runOnly: { type: 'tag', values: runTags }, resultTypes: ['violations'],
      }), tags);
      const label = `${file} (${view.name} ${view.viewport.width}px)`;
      if (result.violations.length === 0) {
        passed++;
        console.log(`ok   ${label}`);
      } else {
        failed++;
        console.log(`FAIL ${label}: ${result.violations.length} violation(s)`);
        for (const v of result.violations) {
          console.log(`  ${v.id} [${v.impact}] ${v.help}`);
          for (const node of v.nodes.slice(0, 5)) {
            console.log(`    at ${node.target.join(' ')}: ${node.failureSummary.replace(/\s+/g, ' ')}`);
          }
          if (v.nodes.length > 5) {
            console.log(`    ... and ${v.nodes.length - 5} more`);
          }
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
}
console.log(`axe-core ${axeVersion}, rules tagged ${tags.join(', ')}`);
console.log(`axe: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
