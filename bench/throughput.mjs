// @ts-check
/**
 * How the benchmark and the speed gate count: calls divided by elapsed time, never a mean of
 * per-call reciprocals (which overstates a throughput whenever calls vary in length).
 *
 * Variants take turns in short timed slices, in a shuffled order per pass (fixed seed), so that they
 * share the same spells of machine load; a round adds each variant's calls and its time over all its
 * slices, and the figure reported is the median over rounds. Each slice counts wall time and this
 * process's CPU time (user + system, V8's helper threads included); on a loaded machine the CPU figure
 * is the one that does not count time spent descheduled.
 */

/** CPU time of this process so far, in seconds. */
export function cpuSeconds() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/**
 * @typedef {{ calls: number, wall: number, cpu: number }} Tally
 * @typedef {{ perWallSecond: number[], perCpuSecond: number[] }} Rates per round
 */

/** The last result of each timed call, kept so that no call can be optimised away. @type {unknown} */
export let sink;

/**
 * Calls f for about `ms` of wall time and adds the calls and the times to the tally.
 * @param {() => unknown} f @param {Tally} tally @param {number} ms
 */
export function slice(f, tally, ms) {
  let calls = 0;
  const cpu0 = cpuSeconds();
  const start = performance.now();
  const end = start + ms;
  let now = start;
  do {
    sink = f();
    calls += 1;
    now = performance.now();
  } while (now < end);
  tally.calls += calls;
  tally.wall += (now - start) / 1000;
  tally.cpu += cpuSeconds() - cpu0;
}

/** @param {readonly number[]} xs */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const at = (/** @type {number} */ i) => s[i] ?? Number.NaN;
  return s.length % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

/** The value at quantile q (0 to 1) by linear interpolation. @param {readonly number[]} xs @param {number} q */
export function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = s[Math.floor(pos)] ?? Number.NaN;
  const hi = s[Math.ceil(pos)] ?? Number.NaN;
  return lo + (hi - lo) * (pos - Math.floor(pos));
}

/** 0 .. n-1 in an order from a fixed-seed generator (Fisher-Yates). @param {number} n @param {{ seed: number }} state */
function shuffled(n, state) {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i -= 1) {
    state.seed = (Math.imul(state.seed, 1664525) + 1013904223) >>> 0;
    const j = Math.floor((state.seed / 2 ** 32) * (i + 1));
    [order[i], order[j]] = [/** @type {number} */ (order[j]), /** @type {number} */ (order[i])];
  }
  return order;
}

/**
 * Runs the variants interleaved: one warm-up round, then `rounds` rounds of `passes` passes, each pass
 * one slice of `sliceMs` per variant in a shuffled order.
 * @param {readonly (() => unknown)[]} variants
 * @param {{ rounds: number, passes: number, sliceMs: number }} options
 * @returns {Rates[]} per variant, each round's calls per wall second and per CPU second
 */
export function interleave(variants, options) {
  const state = { seed: 20261128 };
  const rates = variants.map(() => ({ perWallSecond: /** @type {number[]} */ ([]), perCpuSecond: /** @type {number[]} */ ([]) }));
  for (let round = -1; round < options.rounds; round += 1) {
    const tallies = variants.map(() => ({ calls: 0, wall: 0, cpu: 0 }));
    for (let pass = 0; pass < options.passes; pass += 1) {
      for (const v of shuffled(variants.length, state)) slice(/** @type {() => unknown} */ (variants[v]), /** @type {Tally} */ (tallies[v]), options.sliceMs);
    }
    if (round < 0) continue;
    tallies.forEach((t, v) => {
      const r = /** @type {Rates} */ (rates[v]);
      r.perWallSecond.push(t.calls / t.wall);
      r.perCpuSecond.push(t.calls / Math.max(t.cpu, 1e-6));
    });
  }
  return rates;
}

/**
 * The Schwartzman single-agent arithmetic in plain JavaScript floats (no validation, no exact decimals,
 * no checks, no trace): the floor a plan's cost is measured against. Dose rate 0.35 mg/kg/h capped at
 * 25 mg/h, 4 h, vial 50 mg/mL measured to 0.1 mL, a 100 mL bag (withdraw-equal), pump rate to 0.1 mL/h.
 * @param {number} kg
 */
export function schwartzmanFloats(kg) {
  const uncapped = 0.35 * kg;
  const doseRate = Math.min(uncapped, 25);
  const hours = 4;
  const total = doseRate * hours;
  const strength = 50;
  const additiveMl = Math.round((total / strength) * 10) / 10;
  const amount = additiveMl * strength;
  const finalMl = 100;
  const concentration = amount / finalMl;
  const pump = Math.round((finalMl / hours) * 10) / 10;
  const minutes = (finalMl / pump) * 60;
  return { doseRate, total, additiveMl, concentration, pump, minutes, delivered: pump * concentration, capBound: uncapped > 25 };
}
