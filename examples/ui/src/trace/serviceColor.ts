/**
 * A stable color per service (the same service keeps its color on every page). Its own module, so a page
 * can color services without loading the waterfall's chunk.
 *
 * @example
 * ```ts
 * serviceColor('checkout'); // 'hsl(… 60% 50%)'
 * ```
 */
export function serviceColor(service: string): string {
  let hash = 0;
  for (let i = 0; i < service.length; i++) hash = (hash * 31 + service.charCodeAt(i)) | 0;
  return `hsl(${Math.abs(hash) % 360} 60% 50%)`;
}
