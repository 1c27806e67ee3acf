// Runs `worker` over `items` with at most `concurrency` at a time. The first failure stops new
// work and is thrown once the running workers settle; an abort does the same.
export async function runPool<T>(items: readonly T[], concurrency: number, worker: (item: T) => Promise<void>, signal?: AbortSignal): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async (): Promise<void> => {
    while (failure === undefined && next < items.length) {
      if (signal?.aborted === true) {
        failure ??= { error: signal.reason };
        return;
      }
      const item = items[next++] as T;
      try {
        await worker(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, lane));
  if (failure !== undefined) throw failure.error;
}
