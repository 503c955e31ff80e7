/** The median of some numbers (the mean of the middle two for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The `p`-th percentile (0-100) of some numbers, nearest rank; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** The least-squares slope of `y` over `x` (units of y per unit of x); 0 for fewer than two points. */
export function slope(points: readonly { readonly x: number; readonly y: number }[]): number {
  if (points.length < 2) return 0;
  const n = points.length;
  const meanX = points.reduce((s, p) => s + p.x, 0) / n;
  const meanY = points.reduce((s, p) => s + p.y, 0) / n;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.x - meanX) * (p.y - meanY);
    den += (p.x - meanX) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

/**
 * The Theil–Sen slope of `y` over `x`: the median of the slopes between every two points, so a few
 * outlying samples (a heap measured mid-batch) do not tilt it; 0 for fewer than two points.
 */
export function robustSlope(points: readonly { readonly x: number; readonly y: number }[]): number {
  const slopes: number[] = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const dx = points[j]!.x - points[i]!.x;
      if (dx !== 0) slopes.push((points[j]!.y - points[i]!.y) / dx);
    }
  }
  return slopes.length === 0 ? 0 : median(slopes);
}

/** What {@link slopeNetOf} fits. */
export interface NetSlope {
  /** The slope of `y` over `x` once `z`'s part is taken out (Theil–Sen of `y − perZ·z` over `x`). */
  readonly slope: number;
  /** `y` per unit of `z` (least squares of `y` on `x` and `z` together). */
  readonly perZ: number;
}

/**
 * The slope of `y` over `x` net of a second variable `z` that also moves `y`: `z`'s coefficient from the
 * least squares fit of `y` on `x` and `z`, then the Theil–Sen slope of what is left over `x`. A heap measured
 * under load holds the spans in flight at that instant (`z`): its trend over time (`x`), a leak, is what is
 * left once they are accounted for. Without variation in `z` it is the Theil–Sen slope of `y` ({@link robustSlope}).
 *
 * @example
 * ```ts
 * slopeNetOf([{ x: 0, y: 80, z: 0 }, { x: 1, y: 90, z: 5_000 }, { x: 2, y: 80, z: 0 }]); // { slope: 0, perZ: 0.002 }
 * ```
 */
export function slopeNetOf(
  points: readonly { readonly x: number; readonly y: number; readonly z: number }[],
): NetSlope {
  const n = points.length;
  if (n < 3) return { slope: robustSlope(points), perZ: 0 };
  const mean = (pick: (p: (typeof points)[number]) => number): number => points.reduce((s, p) => s + pick(p), 0) / n;
  const [mx, my, mz] = [mean((p) => p.x), mean((p) => p.y), mean((p) => p.z)];
  let sxx = 0;
  let szz = 0;
  let sxz = 0;
  let sxy = 0;
  let szy = 0;
  for (const p of points) {
    const [dx, dy, dz] = [p.x - mx, p.y - my, p.z - mz];
    sxx += dx * dx;
    szz += dz * dz;
    sxz += dx * dz;
    sxy += dx * dy;
    szy += dz * dy;
  }
  const determinant = sxx * szz - sxz * sxz;
  // z constant, or moving in step with x: it cannot be told apart from the trend, so nothing is taken out.
  const perZ = szz === 0 || Math.abs(determinant) <= 1e-9 * sxx * szz ? 0 : (sxx * szy - sxz * sxy) / determinant;
  return { slope: robustSlope(points.map((p) => ({ x: p.x, y: p.y - perZ * p.z }))), perZ };
}
