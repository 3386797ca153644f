/**
 * What the benchmark scripts share: a built site served on 127.0.0.1 by
 * `astro preview`, and the median of repeated measurements.
 */
import { spawn } from 'node:child_process';

export interface PreviewOptions {
  /** Project root to serve, e.g. bench/baseline; the site itself by default. */
  root?: string;
  env?: Record<string, string>;
}

/** Serves a built site on 127.0.0.1:`port` and resolves with a stop function once it answers. */
export async function startPreview(port: number, { root, env = {} }: PreviewOptions = {}): Promise<() => void> {
  const args = ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port), ...(root ? ['--root', root] : [])];
  const child = spawn('astro', args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  const stop = () => child.kill();
  for (let attempt = 0; attempt < 300; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return stop;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`astro preview${root ? ` --root ${root}` : ''} did not answer on port ${port}`);
}

/** The middle value (the mean of the two middle values for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
