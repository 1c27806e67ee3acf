import { AbortError } from "@provena-sdk/http-core";
import { JobFailedError, JobNotFoundError, JobTimeoutError, type JobsClient } from "@provena-sdk/jobs";

declare const jobs: JobsClient;
declare const sessionId: string; // e.g. from a registry create's `register_create_activity_session_id`

const controller = new AbortController();
process.once("SIGINT", () => controller.abort());
try {
  const job = await jobs.waitFor(sessionId, {
    timeoutMs: 10 * 60_000, // the whole wait
    notFoundGraceMs: 20_000, // "not found" right after launch just means "not written yet"
    pollIntervalMs: 500, // first pause, then ×1.5 each poll …
    maxPollIntervalMs: 5_000, // … up to this
    signal: controller.signal,
    onProgress: (j) => console.error(`${j.session_id}: ${j.status}`),
  });
  console.error("result:", job.result);
} catch (error) {
  if (error instanceof JobFailedError) console.error(`job ${error.sessionId} failed: ${error.info ?? "no reason given"}`);
  else if (error instanceof JobTimeoutError) console.error(`still ${error.lastStatus ?? "unknown"} after ${error.timeoutMs} ms`);
  else if (error instanceof JobNotFoundError) console.error(`no job ${error.sessionId}`);
  else if (error instanceof AbortError) console.error("cancelled");
  else throw error;
}
