import { describe, expect, it } from 'vitest';
import { OutageLog } from '../../src/entities/OutageLog.js';
import { MemoryLogger } from '../../src/testing/MemoryLogger.js';

describe('OutageLog', () => {
  it('logs an outage’s first failure, sums up the rest at most every 10 s, and logs the recovery', () => {
    let now = 1_000;
    const logger = new MemoryLogger();
    const log = new OutageLog(logger, 'entity registration in Redis', () => now);
    log.failed({ name: 'cart' }, 'entity registration in Redis failed');
    for (let i = 0; i < 50; i++) {
      now += 100; // 50 failures over 5 s: no further line
      log.failed({ name: `s${i}` }, 'entity registration in Redis failed');
    }
    expect(logger.entries.map((e) => e.level)).toEqual(['warn']);
    now += 5_000; // 10 s after the first line
    log.failed({ name: 'late' }, 'entity registration in Redis failed');
    expect(logger.entries).toHaveLength(2);
    expect(logger.entries[1]!.msg).toBe(
      'entity registration in Redis still failing: 51 more since the last report, 52 since the outage began',
    );
    now += 2_000;
    log.succeeded();
    expect(logger.entries[2]).toMatchObject({
      level: 'info',
      msg: 'entity registration in Redis works again after 52 failures',
    });
    log.succeeded(); // no outage under way: nothing logged
    log.failed({ name: 'again' }, 'entity registration in Redis failed'); // a new outage starts with a warn
    expect(logger.entries.map((e) => e.level)).toEqual(['warn', 'warn', 'info', 'warn']);
  });
});
