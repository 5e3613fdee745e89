/**
 * A seeded pseudo-random source (mulberry32), shared by the benchmarks' generators: the same seed
 * gives the same tree or cases, byte for byte. Not for anything that needs unpredictability.
 */
export class SeededRandom {
  /** @param {number} seed any 32-bit integer */
  constructor(seed) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next() {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both ends included. */
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with the given probability. */
  chance(probability) {
    return this.next() < probability;
  }

  /**
   * One element of a non-empty array.
   * @template T
   * @param {readonly T[]} items
   * @returns {T}
   */
  pick(items) {
    return items[Math.floor(this.next() * items.length)];
  }

  /**
   * Up to `count` distinct elements of an array, in a random order.
   * @template T
   * @param {readonly T[]} items
   * @param {number} count
   * @returns {T[]}
   */
  sample(items, count) {
    const pool = [...items];
    const chosen = [];
    while (chosen.length < count && pool.length > 0) {
      chosen.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]);
    }
    return chosen;
  }

  /**
   * The items in a random order (a copy).
   * @template T
   * @param {readonly T[]} items
   * @returns {T[]}
   */
  shuffle(items) {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }

  /**
   * The items in a random order where heavier items tend to come first (weighted sampling without
   * replacement, Efraimidis-Spirakis keys).
   * @template T
   * @param {readonly T[]} items
   * @param {(item: T) => number} weight a positive weight per item
   * @returns {T[]}
   */
  weightedShuffle(items, weight) {
    const keyed = items.map((item) => ({ item, key: this.next() ** (1 / weight(item)) }));
    return keyed.sort((a, b) => b.key - a.key).map((entry) => entry.item);
  }
}
