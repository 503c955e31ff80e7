import { isHtError } from '@ht/stream-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chdbExecutor } from '../../src/testing/index.js';

describe('chdbExecutor', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('needs a Python: the option, else HT_CHDB_PYTHON, else a CONFIG_INVALID error saying so', () => {
    vi.stubEnv('HT_CHDB_PYTHON', '');
    let error: unknown;
    try {
      chdbExecutor();
    } catch (e) {
      error = e;
    }
    expect(isHtError(error, 'CONFIG_INVALID')).toBe(true);
    expect((error as Error).message).toContain('pass { python } or set HT_CHDB_PYTHON');
  });

  it('rejects statements with DEPENDENCY_UNAVAILABLE when the Python cannot start', async () => {
    const executor = chdbExecutor({ python: '/nonexistent/python3' });
    const failed = await executor.query('SELECT 1').catch((e: unknown) => e);
    expect(isHtError(failed, 'DEPENDENCY_UNAVAILABLE')).toBe(true);
    await executor.close();
  });
});
