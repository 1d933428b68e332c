// Times the release build (dist/) in headless Chromium, the way a reader meets it:
// - what the page downloads: every file fetched, raw, gzip -9 and brotli -q 11;
// - load: navigation until the paste box is there;
// - the first analysis, which also starts the worker and builds its tables;
// - warm analyses of every seed (median of REPEATS runs), as the app reports them (request to
//   result, in the worker) and until the result is on screen;
// - a paste of about 1 MB (the seeds repeated), which must not freeze the page.
// The baselines, measured in the same run by `bash scripts/bench.sh page`: for the first
// analysis, one native CLI process (`article-lens analyze --json`), which also builds the tables
// once; for the warm analyses and the large paste, `analyze` natively, from the criterion bench
// `pipeline` (its estimates under target/criterion/pipeline/).
// Usage: `bash scripts/bench.sh page` (builds the site and the CLI, runs the criterion bench,
// then this script).

import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import {
  DIST, ROOT, launchChromium, paste, requireDist, resultShown, seedNames, seedText, serveDist,
} from '../../tests/e2e/site.mjs';

const REPEATS = Number(process.env.REPEATS ?? 5);
const CLI = join(ROOT, 'target', 'release', 'article-lens');
const PASTE_CHARS = 1_000_000; // as in core/benches/pipeline.rs

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const ms = (value) => `${value.toFixed(0)} ms`;

/** Pastes `text`, runs the analysis and returns [ms the app reports, ms until on screen]. */
async function analyse(page, text) {
  await paste(page, text);
  const started = performance.now();
  await page.click('#analyze');
  await resultShown(page);
  const onScreen = performance.now() - started;
  const status = await page.locator('.status').innerText();
  const reported = Number(/Analysed in (\d+) ms/.exec(status)?.[1] ?? NaN);
  return [reported, onScreen];
}

/** The median native time of `analyze` on `name` from the criterion bench, in ms (NaN without it). */
async function nativeAnalyze(name) {
  const file = join(ROOT, 'target', 'criterion', 'pipeline', 'analyze', name, 'new', 'estimates.json');
  const estimates = await readFile(file, 'utf8').then(JSON.parse).catch(() => null);
  return estimates ? estimates.median.point_estimate / 1e6 : NaN;
}

/** Milliseconds of one native CLI process on `file`. */
function nativeRun(file) {
  const started = performance.now();
  execFileSync(CLI, ['analyze', file, '--json'], { stdio: ['ignore', 'ignore', 'inherit'] });
  return performance.now() - started;
}

async function main() {
  await requireDist();
  await readFile(CLI).catch(() => {
    throw new Error('target/release/article-lens is missing: run `cargo build --release -p article-lens-cli`');
  });
  const site = await serveDist();
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  const fetched = [];
  page.on('requestfinished', (req) => fetched.push(new URL(req.url()).pathname));
  context.on('requestfinished', (req) => fetched.push(new URL(req.url()).pathname));

  const loadStarted = performance.now();
  await page.goto(site.url);
  await page.waitForSelector('#input');
  const load = performance.now() - loadStarted;

  const names = await seedNames();
  const texts = await Promise.all(names.map((name) => seedText(name)));
  const [firstReported, firstOnScreen] = await analyse(page, texts[0]);

  const warm = names.map(() => ({ reported: [], onScreen: [] }));
  for (let run = 0; run < REPEATS; run += 1) {
    for (const [i, text] of texts.entries()) {
      const [reported, onScreen] = await analyse(page, text);
      warm[i].reported.push(reported);
      warm[i].onScreen.push(onScreen);
    }
  }

  let big = '';
  while (big.length < PASTE_CHARS) big += texts.join('\n\n');
  const [bigReported, bigOnScreen] = await analyse(page, big);

  await browser.close();
  site.server.close();

  // Sizes of what was fetched, from the files in dist/.
  const files = [...new Set(fetched.filter((path) => path.startsWith('/article-lens/')))]
    .map((path) => path.slice('/article-lens/'.length) || 'index.html');
  console.log('what the page downloads (bytes)');
  console.log('file'.padEnd(36), 'raw'.padStart(10), 'gzip -9'.padStart(10), 'brotli 11'.padStart(10));
  const total = [0, 0, 0];
  for (const file of files.sort()) {
    const body = await readFile(join(DIST, file));
    const sizes = [
      body.length,
      gzipSync(body, { level: 9 }).length,
      brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    ];
    sizes.forEach((size, i) => { total[i] += size; });
    console.log(file.padEnd(36), ...sizes.map((size) => String(size).padStart(10)));
  }
  console.log('total'.padEnd(36), ...total.map((size) => String(size).padStart(10)));

  // The native baselines.
  const scratch = await mkdtemp(join(tmpdir(), 'article-lens-bench-'));
  const firstFile = join(scratch, names[0]);
  await writeFile(firstFile, texts[0]);
  const cold = median(Array.from({ length: REPEATS }, () => nativeRun(firstFile)));
  const native = await Promise.all(names.map(nativeAnalyze));
  const nativePaste = await nativeAnalyze('paste');
  const ratio = (page, base) => `${(page / base).toFixed(1)}x`;

  console.log(`\nload (navigation to paste box): ${ms(load)}`);
  console.log(`first analysis (${names[0]}, starts the worker and builds its tables): `
    + `${ms(firstReported)} reported, ${ms(firstOnScreen)} on screen; one native CLI process `
    + `${ms(cold)}; page/native ${ratio(firstReported, cold)}`);
  console.log(`\nwarm analyses, median of ${REPEATS} (ms): reported (worker round trip) / on screen / native analyze`);
  for (const [i, name] of names.entries()) {
    const reported = median(warm[i].reported);
    const onScreen = median(warm[i].onScreen);
    console.log(`  ${name.padEnd(28)} ${String(reported).padStart(6)} ${onScreen.toFixed(0).padStart(6)} `
      + `${native[i].toFixed(1).padStart(7)}  page/native ${ratio(reported, native[i])}  (${texts[i].length} chars)`);
  }
  console.log(`\n~1 MB paste (${big.length} chars): ${ms(bigReported)} reported, ${ms(bigOnScreen)} on screen; `
    + `native analyze ${ms(nativePaste)}; page/native ${ratio(bigReported, nativePaste)}`);
}

main().catch((error) => {
  console.error(`page bench: ${error.message}`);
  process.exit(1);
});
