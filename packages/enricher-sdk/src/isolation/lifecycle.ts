/** Something a host starts before use and closes after: an enricher or view executor. */
export interface Startable {
  start(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts `units` in order; if one fails, closes those started (last first) and rethrows.
 *
 * @example
 * ```ts
 * await startInOrder(executors);
 * ```
 */
export async function startInOrder(units: readonly Startable[]): Promise<void> {
  const started: Startable[] = [];
  try {
    for (const unit of units) {
      await unit.start();
      started.push(unit);
    }
  } catch (e) {
    for (const unit of started.reverse()) await unit.close();
    throw e;
  }
}

/**
 * Closes `units` in reverse order (the last started first).
 *
 * @example
 * ```ts
 * await closeInReverse(executors);
 * ```
 */
export async function closeInReverse(units: readonly Startable[]): Promise<void> {
  for (const unit of [...units].reverse()) await unit.close();
}
