import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WORKSPACE } from '@ht/pack-testing';
import { describe, expect, it } from 'vitest';

describe('LICENSE copies', () => {
  const packageDirs = ['packages', 'examples'].flatMap((group) =>
    readdirSync(join(WORKSPACE, group))
      .map((d) => join(group, d))
      .filter((d) => existsSync(join(WORKSPACE, d, 'package.json'))),
  );

  it.each(packageDirs)('%s carries the repository LICENSE, unchanged', (dir) => {
    expect(readFileSync(join(WORKSPACE, dir, 'LICENSE'), 'utf8')).toBe(
      readFileSync(join(WORKSPACE, 'LICENSE'), 'utf8'),
    );
  });
});
