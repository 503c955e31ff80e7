import { createContext, useContext } from 'react';
import type { TimeWindow } from './timeRange.js';
import { timeWindow } from './timeRange.js';

/** What every page reads from the layout: the picked window, the tenant and the refresh tick. */
export interface TimeContextValue {
  /** The picked range, resolved at the last refresh (stable between refreshes). */
  readonly window: TimeWindow;
  /** The tenant picked in the header ('' for the default tenant). */
  readonly tenant: string;
  /** Grows on every auto-refresh and refresh click: queries run again. */
  readonly tick: number;
}

/** The layout's {@link TimeContextValue}; pages read it with {@link useTimeWindow}. */
export const TimeContext = createContext<TimeContextValue>({
  window: timeWindow('1h', Date.now()),
  tenant: '',
  tick: 0,
});

/**
 * The picked time window, tenant and refresh tick.
 *
 * @example
 * ```ts
 * const { window } = useTimeWindow();
 * const between = { startTime: window.startTime, endTime: window.endTime };
 * ```
 */
export function useTimeWindow(): TimeContextValue {
  return useContext(TimeContext);
}
