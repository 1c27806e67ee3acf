import { passwordGrant } from "@provena-sdk/auth-core";
import { createAuthClient, AccessRequestRefusedError } from "@provena-sdk/auth";
import { startLocalServer } from "@provena-sdk/local-server";

// Against the offline local server, with a built-in user (password = username).
const server = await startLocalServer();
try {
  const auth = createAuthClient({
    endpoints: server.endpoints,
    tokenProvider: passwordGrant({ issuer: server.issuer, username: "user1", password: "user1" }),
  });
  const report = await auth.access.report();
  for (const component of report.components) {
    const granted = component.component_roles.filter((role) => role.access_granted).map((role) => role.role_name);
    console.error(component.component_name, granted);
  }
  try {
    await auth.access.requestRoles({ grant: ["sys-admin-read"] });
  } catch (error) {
    if (error instanceof AccessRequestRefusedError) console.error(error.reason, error.details);
    else throw error;
  }
} finally {
  await server.stop();
}
