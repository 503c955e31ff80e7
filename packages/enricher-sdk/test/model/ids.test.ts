import { describe, expect, it } from 'vitest';
import { isTenantId } from '../../src/index.js';

describe('isTenantId', () => {
  it('takes 1-128 letters, digits, dots, underscores, colons and dashes, starting with a letter or digit', () => {
    for (const id of ['default', 'acme', 'Acme-EU.1', 'org:team_2', 'a', 'x'.repeat(128)]) {
      expect(isTenantId(id), id).toBe(true);
    }
  });

  it('refuses empty, too long, badly started or other characters', () => {
    for (const id of ['', '-acme', '.acme', 'x'.repeat(129), 'acme eu', 'acme/eu', 'ac\u00e9me']) {
      expect(isTenantId(id), id).toBe(false);
    }
  });
});
