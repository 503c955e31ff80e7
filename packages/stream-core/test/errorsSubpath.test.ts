import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as errors from '../src/errors/index.js';
import * as root from '../src/index.js';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const ERRORS = join(SRC, 'errors');

/** Every module specifier `file` imports or re-exports (types included). */
function specifiersOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles.map((f) => f.fileName);
}

/** The source files reachable from `entry` through relative imports, and the bare specifiers met. */
function moduleGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const specifier of specifiersOf(file)) {
      if (specifier.startsWith('.')) pending.push(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else packages.add(specifier);
    }
  }
  return { files: [...files].map((f) => relative(SRC, f)).sort(), packages: [...packages].sort() };
}

describe('@ht/stream-core/errors', () => {
  it('imports nothing outside src/errors/ (no engine module, no package)', () => {
    const graph = moduleGraph(join(ERRORS, 'index.ts'));
    expect(graph.packages).toEqual([]);
    expect(graph.files).toEqual(['errors/ErrorPolicy.ts', 'errors/HtError.ts', 'errors/index.ts']);
  });

  it('exports the error type and helpers, the same symbols as the root', () => {
    expect(Object.keys(errors).sort()).toEqual(['HtError', 'HtErrorCode', 'isHtError', 'toHtError']);
    expect(errors.HtError).toBe(root.HtError);
    expect(errors.HtErrorCode).toBe(root.HtErrorCode);
    expect(errors.isHtError).toBe(root.isHtError);
    expect(errors.toHtError).toBe(root.toHtError);
  });

  it('is in the exports map, pointing at the built subpath', () => {
    const manifest = JSON.parse(readFileSync(join(SRC, '..', 'package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
    };
    expect(manifest.exports['./errors']).toEqual({
      types: './dist/errors/index.d.ts',
      import: './dist/errors/index.js',
    });
  });
});
