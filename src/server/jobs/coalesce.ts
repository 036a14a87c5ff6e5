type Waiting<T> = { item: T; resolve: () => void; reject: (error: unknown) => void };

/**
 * Group commit: calls made while a write is in flight ride on the next write together. One call
 * alone is written at once, so nothing waits for a timer; under load the batches grow by themselves.
 */
export function coalesce<T>(write: (items: T[]) => Promise<void>, maxBatch = 500): (item: T) => Promise<void> {
  const waiting: Waiting<T>[] = [];
  let flushing = false;
  const flush = async () => {
    flushing = true;
    while (waiting.length > 0) {
      const batch = waiting.splice(0, maxBatch);
      try {
        await write(batch.map((entry) => entry.item));
        for (const entry of batch) entry.resolve();
      } catch (error) {
        for (const entry of batch) entry.reject(error);
      }
    }
    flushing = false;
  };
  return (item) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ item, resolve, reject });
      if (!flushing) void flush();
    });
}
