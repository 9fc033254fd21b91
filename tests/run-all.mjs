#!/usr/bin/env node
// The one test gate: typecheck, lint, unit tests (Vitest, Node), a production build, and browser
// tests of the built page (node:test + playwright-core + Debian Chromium). Ends with one line
// "N passed, N failed" that sums every suite.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'tests/output');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const bin = (name) => join(root, 'node_modules/.bin', name);
let passed = 0;
let failed = 0;
const summary = [];

function run(label, cmd, args, extraEnv = {}) {
  console.log(`\n── ${label}: ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  return r.status ?? 1;
}

function step(label, cmd, args) {
  const ok = run(label, cmd, args) === 0;
  if (ok) passed++;
  else failed++;
  summary.push(`${ok ? 'ok  ' : 'FAIL'} ${label}`);
  return ok;
}

step('typecheck', bin('tsc'), ['--noEmit']);
step('lint', bin('eslint'), ['.']);

// Unit tests: count Vitest's own tests from its JSON report.
const vitestJson = join(out, 'vitest.json');
const unitStatus = run('unit tests (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${vitestJson}`]);
if (existsSync(vitestJson)) {
  const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (unitStatus !== 0 && r.numFailedTests === 0 ? 1 : 0);
  summary.push(`${r.numFailedTests === 0 && unitStatus === 0 ? 'ok  ' : 'FAIL'} unit: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
} else {
  failed++;
  summary.push('FAIL unit: Vitest wrote no report');
}

// Browser tests run against the production build.
const built = step('build', bin('vite'), ['build', '--logLevel', 'warn']);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `\nChromium is missing (${chromium}). The browser tests need Debian's Chromium:\n` +
      '  sudo apt-get update && sudo apt-get install -y chromium\n' +
      '(or set CHROMIUM_PATH). They are counted as failed, not skipped.',
  );
  failed++;
  summary.push('FAIL browser: Chromium not installed');
} else if (!built) {
  failed++;
  summary.push('FAIL browser: not run, the build failed');
} else {
  const dir = join(root, 'tests/browser');
  const files = readdirSync(dir).filter((f) => f.endsWith('.test.ts')).sort().map((f) => join(dir, f));
  const tap = join(out, 'browser.tap');
  const status = run('browser tests (node:test + playwright-core)', process.execPath, [
    '--import', 'tsx',
    '--test', '--test-concurrency=1', '--test-timeout=180000',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`,
    ...files,
  ]);
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const num = (k) => Number((new RegExp(`^# ${k} (\\d+)$`, 'm').exec(text) ?? [])[1] ?? 0);
  const p = num('pass');
  const f = num('fail') + num('cancelled');
  passed += p;
  failed += f + (status !== 0 && f === 0 ? 1 : 0);
  summary.push(`${status === 0 ? 'ok  ' : 'FAIL'} browser: ${p} passed, ${f} failed`);
}

console.log('\n' + summary.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
