import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('the kafka entry point stays apart', () => {
  it('no file outside src/kafka imports kafkajs or the kafka folder (the engine runs without kafkajs)', () => {
    const offenders = sourceFiles(src)
      .filter((file) => !relative(src, file).startsWith('kafka'))
      .filter((file) => /from '(kafkajs|(\.\.?\/)+kafka\/[^']*)'/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(src, file));
    expect(offenders).toEqual([]);
  });
});
