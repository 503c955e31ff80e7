#!/usr/bin/env node
// Runs every test suite of the workspace one after another, prints each suite's counts and wall time, and
// ends with the one line CI reads: `N passed, N failed`. Arguments keep only the suites whose name contains
// one of them (`node scripts/run-suites.mjs stream-core lint`).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const resultsDir = join(root, '.test-results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

/** Workspace packages that have tests, in dependency order. */
const projectDirs = ['packages/stream-core', 'packages/enricher-sdk', 'packages/sources', 'packages/sinks']
  .concat(
    ['examples', 'tools'].flatMap((group) =>
      readdirSync(join(root, group))
        .sort()
        .map((d) => `${group}/${d}`),
    ),
  )
  .concat(['tests'])
  .filter((dir) => existsSync(join(root, dir, 'vitest.config.ts')));

function testFiles(dir) {
  const testDir = join(root, dir, 'test');
  if (!existsSync(testDir)) return [];
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(d)) {
      const full = join(d, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (entry.endsWith('.test.ts')) out.push(relative(root, full));
    }
  };
  walk(testDir);
  return out;
}

/** The vitest project name declared in the folder's vitest.config.ts. */
const projectName = (dir) => {
  const match = /name:\s*'([^']+)'/.exec(readFileSync(join(root, dir, 'vitest.config.ts'), 'utf8'));
  if (!match) throw new Error(`${dir}/vitest.config.ts declares no project name`);
  return match[1];
};

/** Each suite: a name and how to run it; `run` returns { passed, failed }. */
const suites = [
  {
    name: 'lint:eslint',
    // Type-aware linting is the slowest suite. Locally a content-keyed cache outside the clone skips
    // unchanged files; CI lints everything, since a cached file is not re-checked when a type it uses changes.
    run: () =>
      commandSuite('pnpm', ['exec', 'eslint', '.', '--max-warnings=0', ...(process.env.CI ? [] : eslintCache())]),
  },
  { name: 'lint:prettier', run: () => commandSuite('pnpm', ['exec', 'prettier', '--check', '.', '--log-level=warn']) },
  {
    name: 'typecheck:tests',
    run: () => {
      let passed = 0;
      let failed = 0;
      const failures = [];
      for (const dir of projectDirs.filter((d) => existsSync(join(root, d, 'test', 'tsconfig.json')))) {
        const ok =
          spawnSync('pnpm', ['exec', 'tsc', '-p', join(dir, 'test')], { cwd: root, stdio: 'inherit' }).status === 0;
        if (ok) passed++;
        else {
          failed++;
          failures.push(`${dir}/test does not type-check`);
          console.error(`typecheck failed: ${dir}/test`);
        }
      }
      // The TSDoc `@example` blocks of every public entry point, one pass or failure per entry point.
      const examples = join(resultsDir, 'tsdoc-examples.json');
      spawnSync('node', ['tests/scripts/checkExamples.mjs', '--json', examples], { cwd: root, stdio: 'inherit' });
      const counts = existsSync(examples) ? JSON.parse(readFileSync(examples, 'utf8')) : { passed: 0, failed: 1 };
      if (counts.failed > 0) failures.push(`${counts.failed} entry points' TSDoc @example blocks do not type-check`);
      return { passed: passed + counts.passed, failed: failed + counts.failed, failures };
    },
  },
];

for (const dir of projectDirs) {
  const files = testFiles(dir);
  const unit = files.filter((f) => !f.endsWith('.int.test.ts'));
  const integration = files.filter((f) => f.endsWith('.int.test.ts'));
  const name = projectName(dir);
  if (unit.length > 0) suites.push({ name: `unit:${name}`, run: () => vitestSuite(`unit-${name}`, name, unit) });
  if (integration.length > 0) {
    suites.push({ name: `integration:${name}`, run: () => vitestSuite(`integration-${name}`, name, integration) });
  }
}

function eslintCache() {
  const cacheRoot = process.env.HT_CACHE || join(homedir(), '.cache', 'ht');
  const clone = createHash('sha1').update(root).digest('hex').slice(0, 12);
  return ['--cache', '--cache-strategy=content', `--cache-location=${join(cacheRoot, 'eslint', `${clone}.cache`)}`];
}

function commandSuite(command, args) {
  const status = spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status;
  return status === 0
    ? { passed: 1, failed: 0 }
    : { passed: 0, failed: 1, failures: [`${command} ${args.join(' ')} exited with ${status}`] };
}

function vitestSuite(id, project, files) {
  const outputFile = join(resultsDir, `${id}.json`);
  const status = spawnSync(
    'pnpm',
    [
      'exec',
      'vitest',
      'run',
      '--project',
      project,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${outputFile}`,
      ...files,
    ],
    { cwd: root, stdio: 'inherit' },
  ).status;
  if (!existsSync(outputFile)) return { passed: 0, failed: Math.max(1, files.length) };
  const report = JSON.parse(readFileSync(outputFile, 'utf8'));
  // A file that fails to load counts as a failure even though it ran no test.
  const brokenFiles = report.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
  const failed =
    report.numFailedTests + brokenFiles + (status !== 0 && report.numFailedTests + brokenFiles === 0 ? 1 : 0);
  return { passed: report.numPassedTests, failed, failures: failuresOf(report) };
}

/**
 * What failed in a vitest JSON report, one line each (file, test, the error's first line), so the end of
 * the output names every failure even when only its last lines are kept (CI's log is read from the end).
 */
function failuresOf(report) {
  const lines = [];
  const firstLine = (text) => (text ?? '').split('\n').find((l) => l.trim() !== '') ?? '';
  for (const file of report.testResults) {
    const name = relative(root, file.name);
    if (file.status === 'failed' && file.assertionResults.length === 0)
      lines.push(`${name}: ${firstLine(file.message)}`);
    for (const test of file.assertionResults.filter((t) => t.status === 'failed')) {
      lines.push(`${name} > ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
    }
  }
  return lines.map((l) => (l.length > 400 ? `${l.slice(0, 400)}…` : l));
}

const filters = process.argv.slice(2);
const selected = filters.length ? suites.filter((s) => filters.some((f) => s.name.includes(f))) : suites;
if (selected.length === 0) {
  console.error(`no suite matches ${filters.join(' ')}; suites: ${suites.map((s) => s.name).join(', ')}`);
  process.exit(2);
}

const rows = [];
for (const suite of selected) {
  console.log(`\n=== ${suite.name} ===`);
  const started = process.hrtime.bigint();
  const { passed, failed, failures = [] } = suite.run();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  rows.push({ name: suite.name, passed, failed, seconds, failures });
  console.log(`--- ${suite.name}: ${passed} passed, ${failed} failed in ${seconds.toFixed(1)}s`);
}

const total = rows.reduce(
  (acc, r) => ({ passed: acc.passed + r.passed, failed: acc.failed + r.failed, seconds: acc.seconds + r.seconds }),
  {
    passed: 0,
    failed: 0,
    seconds: 0,
  },
);
const failures = rows.flatMap((r) => r.failures.map((f) => `${r.name}: ${f}`));
if (failures.length > 0) console.log(`\nFailed:\n${failures.map((f) => `  ${f}`).join('\n')}`);
console.log('\nSuite                              passed  failed   time');
for (const r of rows) {
  console.log(
    `${r.name.padEnd(34)} ${String(r.passed).padStart(6)}  ${String(r.failed).padStart(6)} ${r.seconds.toFixed(1).padStart(6)}s`,
  );
}
console.log(
  `${'all suites'.padEnd(34)} ${String(total.passed).padStart(6)}  ${String(total.failed).padStart(6)} ${total.seconds.toFixed(1).padStart(6)}s\n`,
);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 ? 1 : 0);
