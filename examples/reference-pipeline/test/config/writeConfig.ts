import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes `text` as `name` in a new temporary folder and returns its path. */
export function writeConfig(text: string, name = 'ht.yaml'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'ht-config-')), name);
  writeFileSync(path, text);
  return path;
}
