// The review page (--format html) in a real browser: Debian's Chromium, headless, driven
// by playwright-core. Every fixture's page, written by the built binary with --out-dir,
// must be right to left, hold one visible element per block under its id, and link each
// note marker to its note and back. A screenshot of one page is kept in test-results/.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';
import type { ParsedDocument } from '../src/types.js';
import { toHtml } from '../src/views/html.js';
import { ROOT, run, tmp } from './helpers/cli.js';

/** Debian's Chromium, which .ci/run installs when it is missing. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'test-results');
const fixtures = (readdirSync(join(ROOT, 'fixtures'), { recursive: true }) as string[]).filter((f) => f.endsWith('.txt')).sort();
const pages = tmp();
/** The page whose screenshot is kept (and shown in the README, as docs/review-page.png). */
const SCREENSHOT = '002_5f86ae751a8ca784.txt';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: .ci/run installs Debian's chromium package (or set CHROMIUM_PATH)`);
  // The top folder's pages and index by the built binary; the other layouts' pages (the
  // same documents from other converters) by the library, which the binary calls.
  const r = run(['-q', '-f', 'html', '-o', pages, 'fixtures/*.txt']);
  expect(r.status, r.stderr).not.toBe(2);
  for (const name of fixtures.filter((f) => f.includes('/'))) {
    mkdirSync(join(pages, dirname(name)), { recursive: true });
    writeFileSync(join(pages, name.replace(/\.txt$/, '.html')), toHtml(parseDocument(readFileSync(join(ROOT, 'fixtures', name)), { path: `fixtures/${name}` })));
  }
  // Flags as the machine needs them: no sandbox as root, and nothing that reaches the network.
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  mkdirSync(ARTIFACTS, { recursive: true });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

describe.each(fixtures)('%s', (name) => {
  const doc = JSON.parse(readFileSync(join(ROOT, 'fixtures', name.replace(/\.txt$/, '.json')), 'utf8')) as ParsedDocument;
  const file = join(pages, name.replace(/\.txt$/, '.html'));

  it('is right to left, with every block visible under its id, and notes linked both ways', async () => {
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    await page.goto(pathToFileURL(file).href);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    if (name === SCREENSHOT) await page.screenshot({ path: join(ARTIFACTS, 'review-page.png') });
    const seen = await page.evaluate((ids) => {
      return ids.map((id) => {
        const el = document.getElementById(id);
        if (!el) return `${id}: missing`;
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none' ? 'visible' : `${id}: not visible`;
      });
    }, doc.blocks.map((b) => b.id));
    expect(seen.filter((s) => s !== 'visible')).toEqual([]);
    expect(await page.locator('[data-type]').count()).toBe(doc.blocks.length);

    // Every marker and every way back leads to an element of the page.
    const dangling = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('sup a, a.back')].map((a) => a.getAttribute('href')!.slice(1)).filter((id) => !document.getElementById(id)),
    );
    expect(dangling).toEqual([]);
    expect(await page.locator('sup a').count()).toBe(doc.blocks.reduce((n, b) => n + b.footnoteRefs.length, 0));
    // Clicked (on the documents of the top folder: the others are the same documents),
    // the first marker scrolls to its note, and the note's link comes back.
    const marker = page.locator('sup a').first();
    if (!name.includes('/') && (await marker.count()) > 0) {
      const note = (await marker.getAttribute('href'))!.slice(1);
      await marker.click();
      expect(await page.evaluate(() => decodeURIComponent(location.hash.slice(1)))).toBe(note);
      expect(await page.locator(`[id="${note}"]`).isVisible()).toBe(true);
      const inView = await page.evaluate((id) => {
        const box = document.getElementById(id)!.getBoundingClientRect();
        return box.top >= 0 && box.top < window.innerHeight;
      }, note);
      expect(inView).toBe(true);
      // And back to where it was cited.
      const back = page.locator(`[id="${note}"] a.back`).first();
      const ref = (await back.getAttribute('href'))!.slice(1);
      await back.click();
      expect(await page.evaluate(() => decodeURIComponent(location.hash.slice(1)))).toBe(ref);
    }
    expect(requests).toEqual([]);
  });
});

it('the index lists every page with its kind, number and title', async () => {
  await page.goto(pathToFileURL(join(pages, 'index.html')).href);
  const top = fixtures.filter((f) => !f.includes('/'));
  expect(await page.locator('table.index a').count()).toBe(top.length);
  const first = JSON.parse(readFileSync(join(ROOT, 'fixtures', top[0].replace(/\.txt$/, '.json')), 'utf8')) as ParsedDocument;
  const row = page.locator('table.index tr', { hasText: top[0] });
  await expect(row.textContent()).resolves.toContain(first.metadata.title ?? '');
  await page.locator('table.index a').first().click();
  expect(page.url()).toContain(top[0].replace(/\.txt$/, '.html'));
});
