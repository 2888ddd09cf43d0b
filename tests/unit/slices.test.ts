import { describe, expect, it } from 'vitest';
import { runInSlices, runToEnd } from '../../lib/slices';

function* countTo(n: number, log: string[]): Generator<void, number> {
  for (let i = 1; i <= n; i += 1) {
    log.push(`unit ${i}`);
    yield;
  }
  return n;
}

describe('runInSlices', () => {
  it('runs units until the slice is used up, then yields to the page, and returns the result', async () => {
    const log: string[] = [];
    const result = await runInSlices(countTo(6, log), { now: () => 0, sliceMs: 5, yieldToPage: async () => void log.push('yield') }, 1);
    expect(result).toBe(6);
    expect(log.filter((entry) => entry === 'yield')).toHaveLength(0);
    const timed: string[] = [];
    const clocked = { ms: 0 };
    function* twoMsUnits(): Generator<void, void> {
      for (let i = 1; i <= 6; i += 1) {
        clocked.ms += 2;
        timed.push(`unit ${i}`);
        yield;
      }
    }
    // A 5 ms slice holds three 2 ms units: the third passes the budget, then the page gets its turn.
    await runInSlices(twoMsUnits(), { now: () => clocked.ms, sliceMs: 5, yieldToPage: async () => void timed.push('yield') }, 1);
    expect(timed).toEqual(['unit 1', 'unit 2', 'unit 3', 'yield', 'unit 4', 'unit 5', 'unit 6', 'yield']);
  });

  it('reads the clock once per so many units', async () => {
    let reads = 0;
    await runInSlices(countTo(100, []), { now: () => (reads += 1), yieldToPage: async () => undefined }, 25);
    expect(reads).toBeLessThanOrEqual(5);
  });

  it('stops between slices once aborted', async () => {
    const controller = new AbortController();
    let clock = 0;
    const log: string[] = [];
    const run = runInSlices(countTo(100, log), { now: () => (clock += 10), sliceMs: 5, signal: controller.signal, yieldToPage: async () => controller.abort() }, 1);
    await expect(run).rejects.toThrow();
    expect(log.length).toBeLessThan(100);
  });
});

describe('runToEnd', () => {
  it('runs every unit at once and returns the result', () => {
    const log: string[] = [];
    expect(runToEnd(countTo(3, log))).toBe(3);
    expect(log).toEqual(['unit 1', 'unit 2', 'unit 3']);
  });
});
