import { passwordGrant } from "@provena-sdk/auth-core";
import { createTransport } from "@provena-sdk/http-core";
import { JobsClient } from "@provena-sdk/jobs";
import { startLocalServer } from "@provena-sdk/local-server";

// Against the offline local server, as a user with the job-service roles.
const server = await startLocalServer();
try {
  const transport = createTransport({
    endpoints: server.endpoints,
    tokenProvider: passwordGrant({ issuer: server.issuer, username: "admin", password: "admin" }),
    validation: "strict", // reject unknown fields and enum values (tests); "lenient" is the default
  });
  const jobs = new JobsClient({ transport });

  const { session_id, batch_id } = await jobs.admin.launch({
    job_type: "REGISTRY",
    job_sub_type: "REGISTRY_WAKE_UP",
    job_payload: { reason: "warm up" },
    request_batch_id: true,
  });
  await jobs.waitFor(session_id, { pollIntervalMs: 50 });
  console.error(await jobs.admin.listBatch(batch_id ?? ""));
  console.error((await jobs.admin.listAll({ usernameFilter: "admin", limit: 100 })).length);
} finally {
  await server.stop();
}
