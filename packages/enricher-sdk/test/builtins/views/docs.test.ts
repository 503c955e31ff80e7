import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinViews } from '../../../src/builtins/views/index.js';

/** docs/views.md documents every column of every built-in view, with its type, in the view's section. */
const DOC = readFileSync(new URL('../../../../../docs/views.md', import.meta.url), 'utf8');

function section(name: string): string {
  const start = DOC.indexOf(`## \`${name}\``);
  if (start < 0) return '';
  const end = DOC.indexOf('\n## ', start + 1);
  return DOC.slice(start, end < 0 ? undefined : end);
}

describe('docs/views.md', () => {
  it.each(builtinViews.map((v) => [v.name, v] as const))('documents every column of %s', (name, view) => {
    const text = section(name);
    const documented = [...text.matchAll(/^\| `([a-z0-9_]+)` \| ([A-Za-z0-9]+) \|/gm)].map((m) => [m[1], m[2]]);
    expect(documented).toEqual(Object.entries(view.columns).map(([column, spec]) => [column, spec.type]));
    expect(text).toContain(`\`${view.key.join(', ')}\``);
  });
});
