import { passwordGrant, TokenRefreshError } from "@provena-sdk/auth-core";
import { startLocalServer } from "@provena-sdk/local-server";

// Against the offline local server: the password grant with a built-in user.
const server = await startLocalServer();
const auth = passwordGrant({ issuer: server.issuer, username: "user1", password: "user1" });
try {
  console.error((await auth.getTokenSet()).toString()); // TokenSet(Bearer, expires …, refreshable)
} catch (error) {
  if (error instanceof TokenRefreshError) console.error(error.code, error.message);
  throw error;
} finally {
  await server.stop();
}
