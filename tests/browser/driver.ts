/**
 * The one module that owns playwright-core and the preview server. Browser tests speak
 * through it in user terms: open the app, toggle a layer, read a pixel.
 */
import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Download, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { preview, type PreviewServer } from 'vite';

export const ROOT = resolve(import.meta.dirname, '../..');
export const OUTPUT = join(ROOT, 'tests/output');

/** Debian's Chromium, or CHROMIUM_PATH. */
export function chromiumPath(): string {
  const p = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(p)) {
    throw new Error(
      `Chromium not found at ${p}. Install it with: sudo apt-get update && sudo apt-get install -y chromium ` +
        '(or set CHROMIUM_PATH to a Chromium binary).',
    );
  }
  return p;
}

/** Serve the built dist/ on 127.0.0.1 at a free port. */
export async function startServer(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(join(ROOT, 'dist/index.html'))) throw new Error('dist/ is missing: run `npx vite build` first.');
  const server: PreviewServer = await preview({
    root: ROOT,
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const addr = server.httpServer.address();
  if (!addr || typeof addr === 'string') throw new Error('preview server has no address');
  return {
    url: `http://127.0.0.1:${addr.port}/`,
    close: () => new Promise<void>((res) => server.httpServer.close(() => res())),
  };
}

/** Launch Chromium with WebGL2 on SwiftShader (or with no WebGL at all). */
export async function launch(opts: { webgl?: boolean } = {}): Promise<Browser> {
  const webgl = opts.webgl ?? true;
  const gl = webgl
    ? ['--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader']
    : ['--disable-gpu', '--disable-software-rasterizer'];
  return chromium.launch({
    executablePath: chromiumPath(),
    ignoreDefaultArgs: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Headless Chromium 156 loads the omnibox popup (a WebUI page in a renderer of its own) for
      // every new browser context: ~1.3 s of CPU that ran beside each page under test and
      // slowed it on a 2-core machine. A user's tab does not pay for it at page load.
      '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
      '--hide-scrollbars',
      '--mute-audio',
      ...gl,
      `--user-data-dir=${mkdtempSync(join(tmpdir(), 'swapmap-chromium-'))}`,
      '--remote-debugging-pipe',
      'about:blank',
    ],
  });
}

export interface AppPage {
  page: Page;
  context: BrowserContext;
  /** Every URL the page requested. */
  requests: string[];
  /** Requests to anything but the local server (they are aborted). */
  external: string[];
  /** Console errors and page errors. */
  errors: string[];
}

/** A Content-Security-Policy violation the page reported (its `securitypolicyviolation` event). */
export interface CspViolation {
  directive: string;
  blocked: string;
  source: string;
  sample: string;
}

/**
 * Record every CSP violation of the page from its first byte: an init script runs before any of
 * the page's own, and is not itself subject to the policy.
 */
function recordCspViolations(): void {
  const seen: CspViolation[] = [];
  (window as unknown as { __swapmapCsp: CspViolation[] }).__swapmapCsp = seen;
  document.addEventListener('securitypolicyviolation', (e) =>
    seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI, source: `${e.sourceFile}:${e.lineNumber}`, sample: e.sample }),
  );
}

/** The CSP violations recorded so far on a page opened with `watchCsp`. */
export async function cspViolations(page: Page): Promise<CspViolation[]> {
  return page.evaluate(() => (window as unknown as { __swapmapCsp?: CspViolation[] }).__swapmapCsp ?? []);
}

/**
 * Open the app at `url` + `hash` and, unless `waitReady` is false, wait for its first idle map.
 * `init` runs in the page before any of the page's own scripts (to record from the first byte).
 */
export async function openApp(
  browser: Browser,
  url: string,
  opts: { hash?: string; width?: number; height?: number; waitReady?: boolean; watchCsp?: boolean; init?: () => void; locale?: string } = {},
): Promise<AppPage> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1200, height: opts.height ?? 800 },
    deviceScaleFactor: 1,
    acceptDownloads: true,
    // The browser's language (navigator.languages): English unless a test asks for another.
    locale: opts.locale ?? 'en-GB',
  });
  if (opts.watchCsp) await context.addInitScript(recordCspViolations);
  // A test's own recorder (long tasks, …), run before any of the page's scripts.
  if (opts.init) await context.addInitScript(opts.init);
  const requests: string[] = [];
  const external: string[] = [];
  const errors: string[] = [];
  const origin = new URL(url).origin;
  await context.route('**/*', (route) => {
    const u = route.request().url();
    requests.push(u);
    if (u.startsWith(origin) || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
    external.push(u);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url + (opts.hash ?? ''));
  if (opts.waitReady !== false) await waitReady(page);
  return { page, context, requests, external, errors };
}

export async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.swapmap?.ready === true, null, { timeout: 60_000 });
  await waitIdle(page);
}

/** Wait until the map has rendered everything it is asked to (a fresh `idle` after a repaint). */
export async function waitIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((res) => {
        const map = window.swapmap!.map;
        map.once('idle', () => res());
        map.triggerRepaint();
      }),
  );
}

/** Click a layer toggle by its label text, then wait for the map to settle. */
export async function toggleLayer(page: Page, label: string | RegExp): Promise<void> {
  await page.getByLabel(label).click();
  await waitIdle(page);
}

/** Screen position (CSS px, page coordinates) of a [lon, lat] on the map. */
export async function project(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((ll) => {
    const map = window.swapmap!.map;
    const p = map.project(ll);
    const r = map.getContainer().getBoundingClientRect();
    return { x: p.x + r.left, y: p.y + r.top };
  }, lngLat);
}

export interface Shot {
  png: PNG;
  /** RGB at page pixel (x, y). */
  at(x: number, y: number): [number, number, number];
  /** The most frequent colour in a (2r+1)² box: robust to a label or a border crossing the point. */
  mode(x: number, y: number, r?: number): [number, number, number];
}

/** A screenshot of the page, decoded. */
export async function screenshot(page: Page, name?: string): Promise<Shot> {
  const buf = await page.screenshot({ type: 'png' });
  if (name) {
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(join(OUTPUT, `${name}.png`), buf);
  }
  return decode(buf);
}

export function decode(buf: Buffer): Shot {
  const png = PNG.sync.read(buf);
  const at = (x: number, y: number): [number, number, number] => {
    const i = (Math.round(y) * png.width + Math.round(x)) * 4;
    return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
  };
  const mode = (x: number, y: number, r = 4): [number, number, number] => {
    const counts = new Map<string, number>();
    for (let dy = -r; dy <= r; dy++)
      for (let dx = -r; dx <= r; dx++) {
        const k = at(x + dx, y + dy).join(',');
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    return best.split(',').map(Number) as [number, number, number];
  };
  return { png, at, mode };
}

/** Parse '#rrggbb'. */
export function hex(c: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(c);
  if (!m) throw new Error(`not a #rrggbb colour: ${c}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

/** Largest per-channel difference between two colours. */
export function colourDistance(a: readonly number[], b: readonly number[]): number {
  return Math.max(Math.abs(a[0]! - b[0]!), Math.abs(a[1]! - b[1]!), Math.abs(a[2]! - b[2]!));
}

/** A colour blended over another at an opacity, as the map composites a translucent fill. */
export function blend(top: [number, number, number], under: [number, number, number], alpha: number): [number, number, number] {
  return [0, 1, 2].map((i) => Math.round(top[i]! * alpha + under[i]! * (1 - alpha))) as [number, number, number];
}

/** Choose files in the Line panel's picker, as a reader does with "Load a line file…". */
export async function chooseLineFiles(page: Page, paths: string | string[]): Promise<void> {
  await page.setInputFiles('#line-file', paths);
}

/** The id of the line the map shows (its figures and layers), as the app reports it. */
export async function lineShown(page: Page): Promise<string> {
  return page.evaluate(() => window.swapmap!.state().line);
}

/**
 * Wait until the map shows a line other than `from` (a load, a recount or a change of line has
 * finished and the map, panels and link were updated), then for the map to settle; its id.
 */
export async function waitForLine(page: Page, from: string, timeout = 90_000): Promise<string> {
  await page.waitForFunction((id) => window.swapmap!.state().line !== id && !document.querySelector('.swapmap-line-progress:not([hidden])'), from, { timeout });
  await waitIdle(page);
  return lineShown(page);
}

/** The message over the map, or null when none is shown. */
export async function shownMessage(page: Page): Promise<{ kind: string; text: string } | null> {
  return page.evaluate(() => {
    const box = document.querySelector<HTMLElement>('.swapmap-message');
    if (!box || box.hidden) return null;
    return { kind: box.dataset.kind ?? '', text: box.querySelector('span')?.textContent ?? '' };
  });
}

/** A figure of the figures panel in km² ('cede', 'return', 'freeze', …), as the reader sees it. */
export async function panelKm2(page: Page, key: string): Promise<number> {
  const text = await page.locator(`#figures dd[data-figure="${key}"]`).innerText();
  return Number(text.replace(/[^\d]/g, ''));
}

/** Click a control that saves `n` files (the CSV and its sidecar) and read them: name and text. */
export async function downloadFiles(page: Page, selector: string, n: number): Promise<{ name: string; text: string }[]> {
  const got: Promise<{ name: string; text: string }>[] = [];
  const done = new Promise<void>((res) => {
    const on = (d: Download) => {
      got.push(d.path().then((p) => ({ name: d.suggestedFilename(), text: readFileSync(p, 'utf8') })));
      if (got.length === n) {
        page.off('download', on);
        res();
      }
    };
    page.on('download', on);
  });
  await page.locator(selector).click();
  await done;
  return Promise.all(got);
}
