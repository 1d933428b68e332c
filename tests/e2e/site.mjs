// What the end-to-end tests and the page benchmark share: dist/ served under a sub-path on
// 127.0.0.1, the system Chromium with the flags these machines need, and the seed texts.

import http from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = join(ROOT, 'dist');
const SEEDS = join(ROOT, 'core', 'tests', 'fixtures', 'seeds');
// Like a project page on a static host: every URL in dist/ must be relative.
const BASE = '/article-lens/';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Fails with a clear message when the release build is missing. */
export async function requireDist() {
  await readFile(join(DIST, 'index.html')).catch(() => {
    throw new Error('dist/index.html is missing: run `trunk build --release` first');
  });
}

/** Serves dist/ under BASE on 127.0.0.1 (any free port); everything else is a 404. */
export async function serveDist() {
  const server = http.createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(BASE)) {
      res.writeHead(404).end('not found');
      return;
    }
    const file = normalize(join(DIST, path.slice(BASE.length) || 'index.html'));
    if (!file.startsWith(DIST + sep) && file !== DIST) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}${BASE}` };
}

/** The system Chromium, headless. */
export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** The text of the seed whose file name starts with `prefix` ("001_"). */
export async function seedText(prefix) {
  const name = (await readdir(SEEDS)).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  return readFile(join(SEEDS, name), 'utf8');
}

/** The file names of every seed text. */
export async function seedNames() {
  return (await readdir(SEEDS)).filter((f) => f.endsWith('.txt')).sort();
}

/**
 * Puts `text` in the paste box as a paste does: one input event with all of it. (Playwright's
 * `fill` types it through the editor, which is quadratic in Chromium: 20 s for 300 kB.)
 */
export async function paste(page, text) {
  await page.evaluate((value) => {
    const input = document.getElementById('input');
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

/** Waits until the latest analysis is on screen. */
export async function resultShown(page) {
  await page.waitForSelector('#result[aria-busy="false"]', { timeout: 60_000 });
}
