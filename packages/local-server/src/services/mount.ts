// Placeholder until the service shells land: health checks only.
import { SERVICE_NAMES } from "@provena-sdk/http-core";
import { servicePrefix } from "../endpoints.js";
import { jsonReply } from "../http/reply.js";
import type { Router } from "../http/router.js";

export function mountServices(router: Router): void {
  for (const service of SERVICE_NAMES) {
    router.add("GET", `${servicePrefix(service)}/`, () => jsonReply(200, { message: "Health check successful." }));
  }
}
