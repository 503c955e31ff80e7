import { searchFilter } from './searchExpression.js';

/** The trace search form as the URL holds it. */
export interface TraceSearchForm {
  readonly service: string;
  readonly operation: string;
  /** Milliseconds, '' for none. */
  readonly minMs: string;
  readonly maxMs: string;
  readonly errorsOnly: boolean;
  /** The condition box: attribute and column conditions with AND / OR / NOT (see searchExpression.ts). */
  readonly attributes: string;
}

/**
 * The GraphQL `TraceFilter` of a search form over a time window: the condition box becomes `spanFilter`
 * (all on one span, with the service and operation); throws a `SearchSyntaxError` for a box it cannot read.
 *
 * @example
 * ```ts
 * const filter = traceFilter(form, { startTime, endTime });
 * ```
 */
export function traceFilter(
  form: TraceSearchForm,
  between: { readonly startTime: string; readonly endTime: string },
): Record<string, unknown> {
  const filter: Record<string, unknown> = { startTime: between.startTime, endTime: between.endTime };
  if (form.service) filter['service'] = form.service;
  if (form.operation) filter['operation'] = form.operation;
  const min = Number(form.minMs);
  if (form.minMs !== '' && Number.isFinite(min) && min > 0) filter['minDurationMicros'] = min * 1_000;
  if (form.errorsOnly) filter['hasError'] = true;
  const max = Number(form.maxMs);
  if (form.maxMs !== '' && Number.isFinite(max) && max > 0) filter['maxDurationMicros'] = max * 1_000;
  const conditions = searchFilter(form.attributes);
  if (conditions.length > 0) filter['spanFilter'] = conditions;
  return filter;
}

/**
 * Whether a trace's duration is within the form's maximum (none: every trace).
 *
 * @example
 * ```ts
 * withinMax(1_500_000, { ...form, maxMs: '1000' }); // false
 * ```
 */
export function withinMax(durationMicros: number, form: Pick<TraceSearchForm, 'maxMs'>): boolean {
  const max = Number(form.maxMs);
  if (form.maxMs === '' || !Number.isFinite(max) || max <= 0) return true;
  return durationMicros <= max * 1_000;
}
