import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/generate.mjs', import.meta.url));

describe('generated wire code', () => {
  it('is what the definitions in proto/ and the Thrift IDL generate', { timeout: 60_000 }, () => {
    const out = execFileSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(out).toMatch(/src\/generated is up to date/);
  });
});
