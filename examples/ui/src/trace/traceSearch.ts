/** One attribute condition of the trace search: a span of the trace has `key` = `value`. */
export interface AttributeCondition {
  readonly key: string;
  readonly value: string;
}

/** The trace search form as the URL holds it. */
export interface TraceSearchForm {
  readonly service: string;
  readonly operation: string;
  /** Milliseconds, '' for none. */
  readonly minMs: string;
  readonly maxMs: string;
  readonly errorsOnly: boolean;
  /** `key=value` conditions, one per line or separated by `&`. */
  readonly attributes: string;
}

/**
 * The `key=value` conditions of the attributes box (`&`- or newline-separated); text without `=` is skipped.
 *
 * @example
 * ```ts
 * parseAttributeConditions('http.method=GET & http.status_code=500');
 * // [{ key: 'http.method', value: 'GET' }, { key: 'http.status_code', value: '500' }]
 * ```
 */
export function parseAttributeConditions(text: string): AttributeCondition[] {
  return text
    .split(/[&\n]/)
    .map((part) => part.trim())
    .filter((part) => part.includes('='))
    .map((part) => {
      const at = part.indexOf('=');
      return { key: part.slice(0, at).trim(), value: part.slice(at + 1).trim() };
    })
    .filter((c) => c.key !== '');
}

/**
 * The GraphQL `TraceFilter` of a search form over a time window (the maximum duration is applied to the
 * answers: the contract's filter has no maximum yet).
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
  const attributes = parseAttributeConditions(form.attributes);
  if (attributes.length > 0) filter['attributes'] = attributes;
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
