/** The value below which `fraction` of the samples fall (nearest rank). */
export function percentile(
  samples: readonly number[],
  fraction: number,
): number {
  if (!samples.length) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[
    Math.min(
      sorted.length - 1,
      Math.max(0, Math.ceil(fraction * sorted.length) - 1),
    )
  ];
}

export const median = (samples: readonly number[]) => percentile(samples, 0.5);

/** Milliseconds an async step takes. */
export async function timed(
  step: () => Promise<unknown> | unknown,
): Promise<number> {
  const started = performance.now();
  await step();
  return performance.now() - started;
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** One line of the verdict: the figure, the target, and whether it was met. */
export function verdict(label: string, met: boolean, detail: string): boolean {
  process.stdout.write(`${met ? 'PASS' : 'MISS'}  ${label}: ${detail}\n`);
  return met;
}
