import { clientCredentials } from "@provena-sdk/auth-core";
import { createTransport } from "@provena-sdk/http-core";

// A service account; tokens are fetched, cached and renewed 30 s before they expire.
const tokenProvider = clientCredentials({
  domain: "provena.example.org",
  realm: "provena",
  clientId: "my-service",
  clientSecret: process.env.PROVENA_CLIENT_SECRET ?? "",
});

const transport = createTransport({ domain: "provena.example.org", tokenProvider });
const me = await transport.request<{ username: string }>({
  service: "registry",
  method: "GET",
  path: "/check-access/check-general-access",
  envelope: false,
});
console.error(me.username);
