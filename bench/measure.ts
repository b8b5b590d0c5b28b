import { performance } from 'node:perf_hooks';

export interface Measurement {
  name: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
  goalMs?: number;
}

/** Runs `work` a few times after a warm-up and reports the median and the 95th percentile. */
export async function measure(
  name: string,
  work: () => unknown | Promise<unknown>,
  options: { runs?: number; warmup?: number; goalMs?: number } = {},
): Promise<Measurement> {
  const runs = options.runs ?? 10;
  for (let i = 0; i < (options.warmup ?? 2); i += 1) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { name, runs, medianMs: at(0.5), p95Ms: at(0.95), goalMs: options.goalMs };
}

export function report(results: Measurement[]): boolean {
  let allMet = true;
  console.log('');
  console.log('benchmark                                     runs   median      p95   goal');
  console.log('--------------------------------------------  ----  -------  -------  ------------');
  for (const r of results) {
    const met = r.goalMs === undefined || r.medianMs < r.goalMs;
    allMet &&= met;
    const goal = r.goalMs === undefined ? '' : `< ${r.goalMs} ms ${met ? 'met' : 'MISSED'}`;
    console.log(
      `${r.name.padEnd(44)}  ${String(r.runs).padStart(4)}  ${r.medianMs.toFixed(1).padStart(7)}  ${r.p95Ms.toFixed(1).padStart(7)}  ${goal}`,
    );
  }
  return allMet;
}
