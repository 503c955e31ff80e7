import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Polls `check` until it resolves true, or fails after `timeoutMs` with a message naming `what` and the
 * last error seen. `alive` lets a crashed process fail fast instead of waiting out the timeout.
 */
export async function waitUntil(
  what: string,
  check: () => Promise<boolean>,
  options: { timeoutMs: number; intervalMs?: number; alive?: () => boolean; hint?: () => string },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let lastError = 'not ready';
  for (;;) {
    try {
      if (await check()) return;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    if (options.alive && !options.alive()) {
      throw new Error(`${what} exited during start-up (${lastError})${options.hint ? `\n${options.hint()}` : ''}`);
    }
    if (Date.now() > deadline) {
      throw new Error(
        `${what} was not healthy after ${options.timeoutMs / 1000}s (${lastError})${options.hint ? `\n${options.hint()}` : ''}`,
      );
    }
    await sleep(options.intervalMs ?? 250);
  }
}

/** An HTTP GET that resolves to its status and body, with a short timeout. */
export async function httpGet(url: string, timeoutMs = 2000): Promise<{ status: number; body: string }> {
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  return { status: response.status, body: await response.text() };
}
