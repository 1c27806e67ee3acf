import { AuthClient } from "@provena-sdk/auth";
import { createTransport, type TokenProvider } from "@provena-sdk/http-core";

declare const adminTokens: TokenProvider; // e.g. from @provena-sdk/auth-core, for a sys-admin user

const auth = new AuthClient({ transport: createTransport({ domain: "mds.gbrrestoration.org", tokenProvider: adminTokens }) });

for (const request of await auth.admin.access.allPending()) {
  const wanted = JSON.parse(request.request_diff_contents) as unknown;
  console.error(request.username, request.request_id, wanted);
  await auth.admin.access.changeState({ username: request.username, requestId: request.request_id }, "APPROVED_PENDING_ACTION", {
    note: "approved by the data team",
  });
}
