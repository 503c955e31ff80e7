import { TestScheduler } from 'rxjs/testing';
import { expect } from 'vitest';

/** A TestScheduler whose assertions are vitest's deep equality. */
export function testScheduler(): TestScheduler {
  return new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
}

/** A record with a key and an event time, as most tests use. */
export interface Rec {
  readonly k: string;
  readonly t: number;
  readonly v?: number;
}

export const rec = (k: string, t: number, v?: number): Rec => (v === undefined ? { k, t } : { k, t, v });
