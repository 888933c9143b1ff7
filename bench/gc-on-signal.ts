/**
 * Preloaded only by the soak tests (`node --expose-gc --import tsx --import ./bench/gc-on-signal.ts
 * src/main.ts`): SIGUSR2 runs a full garbage collection, so a memory sample read from /metrics just
 * after it measures what the portal keeps, not garbage that has not been collected yet. The portal
 * itself has no such switch and no endpoint for it.
 */
process.on("SIGUSR2", () => globalThis.gc?.());
