import { deviceFlow } from "@provena-sdk/auth-core";
import { createJobsClient } from "@provena-sdk/jobs";

const jobs = createJobsClient({
  domain: "provena.example.org",
  tokenProvider: deviceFlow({
    domain: "provena.example.org",
    realm: "provena",
    onPrompt: ({ verificationUri, userCode }) => console.error(`Open ${verificationUri} and enter ${userCode}`),
  }),
});

// Your most recent jobs, newest first; pages are fetched as the loop needs them.
for await (const job of jobs.list()) {
  console.error(job.session_id, job.job_sub_type, job.status);
  if (job.status === "FAILED") console.error("  failed:", job.info);
}
