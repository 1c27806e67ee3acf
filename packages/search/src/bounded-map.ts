// Runs `task` over `inputs` with at most `concurrency` in flight and keeps the input order in
// the output. A rejection from `task` stops new work and rejects the whole run (tasks are
// expected to settle their own expected failures).
export async function boundedMap<In, Out>(inputs: readonly In[], concurrency: number, task: (input: In, index: number) => Promise<Out>): Promise<Out[]> {
  const output = new Array<Out>(inputs.length);
  let next = 0;
  let stopped = false;
  const worker = async (): Promise<void> => {
    while (!stopped && next < inputs.length) {
      const index = next;
      next += 1;
      try {
        output[index] = await task(inputs[index] as In, index);
      } catch (error) {
        stopped = true;
        throw error;
      }
    }
  };
  const workers = Array.from({ length: Math.min(concurrency, inputs.length) }, worker);
  await Promise.all(workers);
  return output;
}
