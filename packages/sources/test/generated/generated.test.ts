import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/generate.mjs', import.meta.url));
const generated = fileURLToPath(new URL('../../src/generated/', import.meta.url));

describe('generated wire code', () => {
  it('is what the definitions in proto/ and the Thrift IDL generate', { timeout: 60_000 }, () => {
    const out = execFileSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(out).toMatch(/src\/generated is up to date/);
  });

  it('has no two file names that differ only in case (a case-insensitive checkout would lose one)', () => {
    const files = readdirSync(generated, { recursive: true, encoding: 'utf8' }).map((f) => f.split(sep).join('/'));
    expect(files).toContain('thrift/zipkinV1_types.js');
    expect(files).toContain('thrift/zipkincore_types.js');
    expect(new Set(files.map((f) => f.toLowerCase())).size).toBe(files.length);
  });
});
