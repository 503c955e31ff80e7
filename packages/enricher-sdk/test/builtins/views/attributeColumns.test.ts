import { describe, expect, it } from 'vitest';
import { attributeColumns } from '../../../src/builtins/views/spanFields.js';
import { spanEventView } from '../../../src/builtins/views/spanEventView.js';
import { Attributes, layoutOf } from '../../../src/model/attributes.js';
import { runView } from '../../../src/testing/runView.js';
import { checkoutTrace } from './checkoutTrace.js';

/** The same attributes in a set of its own (a delete leaves the shared layout for a map). */
function ownMap(attrs: Attributes): Attributes {
  const copy = new Attributes([...attrs, ['x.gone', 'x']]);
  copy.delete('x.gone');
  return copy;
}

describe('attribute columns through shared layouts', () => {
  it('sorts a layout once and gives what sorting each set gave', () => {
    const a = new Attributes({ 'z.k': 'last', 'a.k': 1n, 'm.k': ['x', 'y'], 'B.k': true });
    const b = new Attributes({ 'z.k': 'other', 'a.k': 2n, 'm.k': [], 'B.k': false });
    expect(layoutOf(a)).toBeDefined();
    expect(layoutOf(a)).toBe(layoutOf(b));
    const [keysA, valuesA] = attributeColumns(a);
    const [keysB, valuesB] = attributeColumns(b);
    expect(keysA).toEqual(['B.k', 'a.k', 'm.k', 'z.k']);
    expect(valuesA).toEqual(['true', '1', '["x","y"]', 'last']);
    expect(valuesB).toEqual(['false', '2', '[]', 'other']);
    // One frozen key array per layout, shared by the rows.
    expect(keysB).toBe(keysA);
    expect(Object.isFrozen(keysA)).toBe(true);
    const own = ownMap(a);
    expect(layoutOf(own)).toBeUndefined();
    expect(attributeColumns(own)).toEqual([keysA, valuesA]);
  });

  it("span_event_view's enriched arrays are the same with or without a shared layout", () => {
    const trace = checkoutTrace();
    const shared = runView(spanEventView, trace);
    for (const span of trace.spans) {
      const enriched = span.enriched;
      expect(layoutOf(enriched)).toBeDefined();
    }
    const owned = checkoutTrace();
    for (const span of owned.spans) Object.assign(span, { enriched: ownMap(span.enriched) });
    const rows = runView(spanEventView, owned);
    expect(rows.map((r) => [r.enriched_attribute_keys, r.enriched_attribute_values])).toEqual(
      shared.map((r) => [r.enriched_attribute_keys, r.enriched_attribute_values]),
    );
  });
});
