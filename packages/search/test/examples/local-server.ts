import { passwordGrant } from "@provena-sdk/auth-core";
import { startLocalServer } from "@provena-sdk/local-server";
import { createSearchClient } from "@provena-sdk/search";

// Against the offline local server, as user1 (password = username).
const server = await startLocalServer();
try {
  const search = createSearchClient({
    endpoints: server.endpoints,
    tokenProvider: passwordGrant({ issuer: server.issuer, username: "user1", password: "user1" }),
  });
  console.warn((await search.search("organisation")).hits);
} finally {
  await server.stop();
}
