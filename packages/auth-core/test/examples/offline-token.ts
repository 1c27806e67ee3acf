import { deviceFlow, offlineToken } from "@provena-sdk/auth-core";
import { fileTokenStore } from "@provena-sdk/auth-core/node";

const store = fileTokenStore();
const where = { domain: "provena.example.org", realm: "provena" };

// Once, with a person at the keyboard: an offline token for the `automated-access` client.
await deviceFlow({
  ...where,
  offline: true,
  store,
  onPrompt: ({ verificationUri, userCode }) => console.error(`Open ${verificationUri}, enter ${userCode}`),
}).getToken();

// From then on, unattended (cron, CI): access tokens from the stored offline token.
const unattended = offlineToken({ ...where, store });
await unattended.getToken();
