import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../src/', import.meta.url);

/** The module specifiers a source file imports or re-exports (static and dynamic); comments (TSDoc examples) aside. */
function specifiersOf(file: string): string[] {
  const text = readFileSync(new URL(file, SRC), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '');
  return [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)'([^']+)'/g)].map((m) => m[1]!);
}

describe('the plugin sources', () => {
  const files = readdirSync(SRC).filter((f) => f.endsWith('.ts'));

  it('are the enricher, the view and their index', () => {
    expect(files.sort()).toEqual(['customerCallView.ts', 'customerTier.ts', 'index.ts']);
  });

  it.each(files)('%s imports only the plugin contract (@ht/enricher-sdk root), zod and its siblings', (file) => {
    const foreign = specifiersOf(file).filter((s) => !s.startsWith('./') && s !== '@ht/enricher-sdk' && s !== 'zod');
    expect(foreign).toEqual([]);
  });
});
