// End-to-end test of the release build: dist/ served under a sub-path, driven in the system
// Chromium through playwright-core. Run `trunk build --release` first; then
//   node --test tests/e2e/
// Screenshots go to tests/e2e/screenshots/ (not committed).

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  ROOT, launchChromium, paste, requireDist, resultShown, seedNames, seedText, serveDist,
} from './site.mjs';

const SCREENSHOTS = join(ROOT, 'tests', 'e2e', 'screenshots');

let browser;
let site;

before(async () => {
  await requireDist();
  await mkdir(SCREENSHOTS, { recursive: true });
  site = await serveDist();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  site?.server.close();
});

/** A fresh page that records every console error, page error and failed request. */
async function openPage(url = site.url, viewport = { width: 1366, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const problems = [];
  const onConsole = (where) => (msg) => {
    if (msg.type() === 'error') problems.push(`${where} console: ${msg.text()}`);
  };
  page.on('console', onConsole('page'));
  page.on('worker', (worker) => worker.on('console', onConsole('worker')));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()}`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  await page.goto(url);
  await page.waitForSelector('#input');
  return { context, page, problems };
}

/** A full-page screenshot in a viewport tall enough for the sticky facts column to show whole. */
async function screenshot(page, name) {
  const viewport = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
  await page.screenshot({ path: join(SCREENSHOTS, name), fullPage: true });
  await page.setViewportSize(viewport);
}

describe('seed 001 (German with English paragraphs)', () => {
  let opened;
  let text;

  before(async () => {
    text = await seedText('001_');
    opened = await openPage();
    const { page } = opened;
    await page.fill('#input', text);
    await page.click('#analyze');
    await resultShown(page);
    await screenshot(page, 'seed-001.png');
  });

  after(async () => {
    await opened?.context.close();
  });

  it('analyses in the worker and shows article, languages and facts', async () => {
    const { page } = opened;
    assert.equal(await page.title(), 'Article Lens');
    for (const id of ['#article', '#languages', '#facts', '#dates', '#quantities', '#quotes', '#entities']) {
      assert.equal(await page.locator(id).count(), 1, `${id} is on the page`);
    }
    assert.match(await page.locator('.status.done').innerText(), /Analysed in \d+ ms/);
    assert.ok((await page.locator('#article .para').count()) > 0, 'the article has paragraphs');
    // The analysis ran in the worker: the worker script was fetched, relative to the sub-path.
    assert.ok(page.workers().some((w) => w.url().startsWith('blob:') || w.url().includes('worker')));
  });

  it('leaves "Werbung" out of the cleaned article', async () => {
    const article = await opened.page.locator('#article .article-body').innerText();
    assert.ok(article.length > 500, 'the cleaned article has text');
    assert.ok(!/\bWerbung\b/.test(article), 'no "Werbung" in the article');
  });

  it('shows German and English badges and the language summary', async () => {
    const { page } = opened;
    assert.ok((await page.locator('#article .badge[data-lang="deu"]').count()) > 0, 'a German badge');
    assert.ok((await page.locator('#article .badge[data-lang="eng"]').count()) > 0, 'an English badge');
    const summary = await page.locator('#languages').innerText();
    assert.match(summary, /German\s+\d+\s%/);
    assert.match(summary, /English\s+\d+\s%/);
  });

  it('lists Jens Stoltenberg among people and 2022-01-12 among dates', async () => {
    const { page } = opened;
    assert.match(await page.locator('#entities-per').innerText(), /Jens Stoltenberg/);
    assert.ok((await page.locator('#dates time[datetime="2022-01-12"]').count()) > 0, '2022-01-12 is listed');
  });

  it('highlights the mentions of an entity when it is clicked', async () => {
    const { page } = opened;
    const chip = page.locator('#entities .entity-chip').first();
    assert.ok((await chip.count()) > 0, 'entities are listed');
    const mentions = Number(await chip.locator('.count').innerText());
    await chip.click();
    assert.equal(await chip.getAttribute('aria-pressed'), 'true');
    const focused = await page.locator('#article .entity.focus').count();
    assert.ok(focused > 0 && focused <= mentions, `${focused} of ${mentions} mentions highlighted`);
    await chip.click();
    assert.equal(await page.locator('#article .focus').count(), 0, 'a second click clears it');
  });

  it('shows the sentence of each fact and highlights it when the fact is clicked', async () => {
    const { page } = opened;
    const date = page.locator('#dates .fact', { has: page.locator('time[datetime="2022-01-12"]') }).first();
    const excerpt = date.locator('.fact-sentence');
    assert.equal(await excerpt.count(), 1, 'the date shows its sentence');
    assert.ok((await excerpt.getAttribute('title')).length >= (await excerpt.innerText()).replace(/…$/, '').length);
    // The 2022-01-12 date written in the German text ("12. Januar ...").
    const german = page.locator('#dates .fact', {
      has: page.locator('time[datetime="2022-01-12"]'),
      hasText: /12\. Januar/,
    });
    const fact = (await german.count()) > 0 ? german.first() : date;
    await fact.click();
    assert.equal(await fact.getAttribute('aria-pressed'), 'true');
    const sentence = (await page.locator('#article .sentence').allInnerTexts()).join('');
    assert.match(sentence, /12\. Januar/, `the highlighted sentence: ${sentence}`);
    assert.ok((await page.locator('#article .focus.sentence').count()) > 0, 'the date itself, more strongly');
    await screenshot(page, 'seed-001-sentence.png');
    await fact.click();
    assert.equal(await page.locator('#article .sentence').count(), 0, 'a second click clears it');
  });

  it('analyses again when a publication date is set, and keeps it in the link', async () => {
    const { page } = opened;
    await page.fill('#published', '2022-01-13');
    await page.waitForSelector('#result[aria-busy="true"]', { timeout: 10_000 }).catch(() => {});
    await resultShown(page);
    assert.equal(await page.inputValue('#published'), '2022-01-13');
    assert.ok((await page.locator('#article .para').count()) > 0);
    assert.ok((await page.locator('#dates .fact').count()) > 0, 'dates are listed');
    await page.click('#share');
    await page.waitForSelector('#share-note');
    assert.match(new URL(page.url()).hash, /&published=2022-01-13$/);
  });

  it('lists the removed lines with their reasons on demand', async () => {
    const { page } = opened;
    assert.equal(await page.locator('#toggle-removed').count(), 1, 'a toggle for the removed lines');
    assert.equal(await page.locator('#removed').count(), 0, 'hidden at first');
    await page.click('#toggle-removed');
    const lines = page.locator('#removed li');
    assert.ok((await lines.count()) > 0, 'removed lines are listed');
    for (const line of await lines.all()) {
      assert.ok((await line.locator('.kind').innerText()).trim(), 'each line has a kind');
      assert.ok((await line.locator('.reason').innerText()).trim(), 'each line has a reason');
    }
    await screenshot(page, 'seed-001-removed.png');
    await page.click('#toggle-removed');
    assert.equal(await page.locator('#removed').count(), 0, 'hidden again');
  });

  it('logs no console errors, page errors or failed requests', () => {
    assert.deepEqual(opened.problems, []);
  });
});

describe('other inputs', () => {
  it('says so when the input is empty', async () => {
    const { context, page, problems } = await openPage();
    await page.click('#analyze');
    await resultShown(page);
    const message = (await page.locator('#article .empty').innerText()).trim();
    assert.ok(message.length > 10, `a message: "${message}"`);
    assert.equal(await page.locator('#article .para').count(), 0);
    assert.equal(await page.locator('#facts').count(), 0, 'no facts without an article');
    await page.screenshot({ path: join(SCREENSHOTS, 'empty.png') });
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('renders every seed article with a badge per paragraph', async () => {
    const { context, page, problems } = await openPage();
    const seeds = await seedNames();
    assert.ok(seeds.length >= 5);
    for (const seed of seeds) {
      await page.fill('#input', await seedText(seed));
      await page.click('#analyze');
      await resultShown(page);
      const paragraphs = await page.locator('#article .para').count();
      assert.ok(paragraphs > 0, `${seed}: the article has paragraphs`);
      assert.equal(await page.locator('#article .para .badge').count(), paragraphs, `${seed}: one badge each`);
      assert.ok((await page.locator('#headline').innerText()).trim(), `${seed}: a headline`);
      if (seed.startsWith('000_')) await screenshot(page, 'seed-000.png');
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('analyses as the reader types, after a pause', async () => {
    const { context, page, problems } = await openPage();
    await page.fill('#input', 'NATO-Chef Jens Stoltenberg sagte am Mittwoch in Brüssel, die Gespräche seien schwierig gewesen.');
    await resultShown(page);
    assert.ok((await page.locator('#article .para').count()) > 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('reopens an analysis from a shared link, on a narrow screen', async () => {
    const text = await seedText('001_');
    const fragment = `#b64=${Buffer.from(text, 'utf8').toString('base64url')}`;
    const { context, page, problems } = await openPage(site.url + fragment, { width: 420, height: 900 });
    await resultShown(page);
    assert.equal(await page.inputValue('#input'), text.replace(/\r\n?/g, '\n'));
    assert.ok((await page.locator('#article .para').count()) > 0);
    await screenshot(page, 'seed-001-narrow.png');
    // "Copy link" writes the same fragment back into the address.
    await page.click('#share');
    await page.waitForSelector('#share-note');
    assert.equal(new URL(page.url()).hash, fragment);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('reopens a shared link with its publication date', async () => {
    const text = await seedText('001_');
    const fragment = `#b64=${Buffer.from(text, 'utf8').toString('base64url')}&published=2022-01-13`;
    const { context, page, problems } = await openPage(site.url + fragment);
    await resultShown(page);
    assert.equal(await page.inputValue('#published'), '2022-01-13');
    assert.ok((await page.locator('#article .para').count()) > 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('analyses a paste of two megabytes without freezing or losing text', async () => {
    const { context, page, problems } = await openPage();
    const seed = await seedText('000_');
    const huge = seed.repeat(Math.ceil(2_000_000 / seed.length));
    await paste(page, huge);
    await page.click('#analyze');
    await resultShown(page);
    assert.match(await page.locator('.status').innerText(), /Analysed in \d+ ms/);
    assert.equal((await page.inputValue('#input')).length, huge.length, 'the pasted text is all there');
    assert.ok((await page.locator('#article .para').count()) > 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
