import { describe, expect, it } from 'vitest';
import type { KafkaCommit } from '@ht/stream-core/kafka';
import { OffsetCommitter } from '../../src/kafka/OffsetCommitter.js';

const tp = { topic: 't', partition: 0 };

function committer(outcomes: ('ok' | 'fail')[]) {
  const sent: KafkaCommit[][] = [];
  const failures: unknown[] = [];
  const c = new OffsetCommitter(
    async (commits) => {
      sent.push([...commits]);
      await new Promise((resolve) => setTimeout(resolve, 1));
      if ((outcomes.shift() ?? 'ok') === 'fail') throw new Error('refused');
    },
    { committed: () => undefined, failed: (e) => void failures.push(e) },
    { baseDelayMs: 10, maxDelayMs: 40 },
  );
  return { c, sent, failures };
}

describe('OffsetCommitter', () => {
  it('flush resolves at once when nothing is pending', async () => {
    const { c, sent } = committer([]);
    await c.flush();
    expect(sent).toEqual([]);
    expect(c.busy).toBe(false);
  });

  it('flush waits for the request in flight and the coalesced one after it', async () => {
    const { c, sent } = committer([]);
    c.request(tp, '1');
    c.request(tp, '2');
    c.request({ topic: 't', partition: 1 }, '5');
    await c.flush();
    expect(sent).toEqual([
      [{ topic: 't', partition: 0, offset: '1' }],
      [
        { topic: 't', partition: 0, offset: '2' },
        { topic: 't', partition: 1, offset: '5' },
      ],
    ]);
    expect(c.committed).toEqual(
      new Map([
        ['t:0', '2'],
        ['t:1', '5'],
      ]),
    );
  });

  it('flush cuts a retry wait short and gives a failing offset one more attempt only', async () => {
    const { c, sent, failures } = committer(['fail', 'fail', 'fail']);
    c.request(tp, '3');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await c.flush();
    expect(sent).toHaveLength(2);
    expect(failures).toHaveLength(2);
    expect(c.busy).toBe(false);
    expect(c.committed.size).toBe(0);
  });

  it('forgets a dropped partition: not sent, not retried, not reported as committed', async () => {
    const { c, sent } = committer(['fail']);
    c.request(tp, '3');
    c.drop(tp);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(sent).toEqual([[{ topic: 't', partition: 0, offset: '3' }]]);
    c.request(tp, '1');
    await c.flush();
    expect(c.committed.get('t:0')).toBe('1');
  });
});
