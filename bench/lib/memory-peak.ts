export type MemoryPeak = { rssMiB: number; heapUsedMiB: number; samples: number };

const MiB = 1024 * 1024;

/**
 * Samples process.memoryUsage() every `intervalMs` until stopped and keeps the peaks. A busy event
 * loop delays samples, so a sample is also taken at start and at stop; RSS is what the OS sees
 * (heap, buffers, native memory of the database driver), heapUsed is what the JS objects hold.
 */
export function sampleMemory(intervalMs = 100): { stop: () => MemoryPeak } {
  const peak = { rss: 0, heapUsed: 0, samples: 0 };
  const sample = () => {
    const usage = process.memoryUsage();
    peak.rss = Math.max(peak.rss, usage.rss);
    peak.heapUsed = Math.max(peak.heapUsed, usage.heapUsed);
    peak.samples += 1;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return { rssMiB: peak.rss / MiB, heapUsedMiB: peak.heapUsed / MiB, samples: peak.samples };
    },
  };
}
