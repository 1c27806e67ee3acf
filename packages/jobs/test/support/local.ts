// A local server and JobsClients for its users, with tokens from the realm's password grant
// (auth-core) and strict response validation, over real HTTP on loopback.
import { passwordGrant } from "@provena-sdk/auth-core";
import { createTransport } from "@provena-sdk/http-core";
import { startLocalServer, type LocalServer } from "@provena-sdk/local-server";
import { JobsClient, type AdminLaunchJobRequest } from "../../src/index.js";

export interface LocalJobs {
  readonly server: LocalServer;
  client(username: string): JobsClient;
  /** Launches a wake-up job (it always SUCCEEDS) for `username` through the admin route. */
  launchWakeUp(username: string, extra?: Partial<AdminLaunchJobRequest>): Promise<{ session_id: string; batch_id?: string | null }>;
}

export async function startLocalJobs(jobStepDelayMs: number): Promise<LocalJobs> {
  const server = await startLocalServer({ jobStepDelayMs });
  const clients = new Map<string, JobsClient>();
  const client = (username: string): JobsClient => {
    let existing = clients.get(username);
    if (existing === undefined) {
      const tokenProvider = passwordGrant({ issuer: server.issuer, username, password: username });
      existing = new JobsClient({ transport: createTransport({ endpoints: server.endpoints, tokenProvider, validation: "strict" }) });
      clients.set(username, existing);
    }
    return existing;
  };
  return {
    server,
    client,
    launchWakeUp: (username, extra = {}) =>
      client("admin").admin.launch({ username, job_type: "REGISTRY", job_sub_type: "REGISTRY_WAKE_UP", job_payload: { reason: "test" }, ...extra }),
  };
}
