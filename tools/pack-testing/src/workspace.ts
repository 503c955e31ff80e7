import { join } from 'node:path';

/**
 * The repository root: the pnpm workspace whose packages are packed (this module is
 * tools/pack-testing/dist/workspace.js once built).
 *
 * @example
 * ```ts
 * const core = join(WORKSPACE, 'packages/stream-core/package.json');
 * ```
 */
export const WORKSPACE = join(import.meta.dirname, '..', '..', '..');
