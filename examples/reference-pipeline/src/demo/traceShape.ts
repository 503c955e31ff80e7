/**
 * The parts of a span that make a trace's shape: who recorded it, its kind and name, its children. A
 * {@link PlannedSpan} is one; a test builds them from received spans to compare.
 *
 * @example
 * ```ts
 * const leaf: ShapeNode = { service: 'cart', kind: 'CLIENT', name: 'HGETALL', children: [] };
 * ```
 */
export interface ShapeNode {
  readonly service: string;
  readonly kind: string;
  readonly name: string;
  readonly children: readonly ShapeNode[];
}

/**
 * A trace's shape as one string, ids and times left out and children sorted, so two traces compare
 * equal when the same services made the same calls: `web-frontend SERVER GET /cart(web-frontend CLIENT GET(…))`.
 *
 * @example
 * ```ts
 * traceShape({ service: 'cart', kind: 'SERVER', name: 'GET /carts/:id', children: [] }); // 'cart SERVER GET /carts/:id'
 * ```
 */
export function traceShape(node: ShapeNode): string {
  const head = `${node.service} ${node.kind} ${node.name}`;
  if (node.children.length === 0) return head;
  return `${head}(${node.children.map(traceShape).sort().join(', ')})`;
}
