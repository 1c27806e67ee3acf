// The default job waiter: @provena-sdk/jobs on the registry client's transport.
import type { Transport } from "@provena-sdk/http-core";
import { ConfigurationError } from "@provena-sdk/http-core";
import type { JobWaiter } from "./chained-waiter.js";

export function defaultJobWaiter(_transport: Transport): JobWaiter {
  return {
    waitFor: () => Promise.reject(new ConfigurationError("Waiting for registry jobs needs @provena-sdk/jobs, which is not wired in yet: pass `jobs` to RegistryClient")),
  };
}
