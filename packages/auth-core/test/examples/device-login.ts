import { deviceFlow } from "@provena-sdk/auth-core";
import { fileTokenStore, openBrowser } from "@provena-sdk/auth-core/node";

// Logs in once in the browser; later runs reuse (and refresh) the tokens in
// ~/.config/provena-sdk/tokens.json (mode 0600).
const auth = deviceFlow({
  domain: "provena.example.org",
  realm: "provena",
  store: fileTokenStore(),
  onPrompt: async ({ verificationUri, userCode, verificationUriComplete }) => {
    console.error(`To sign in, open ${verificationUri} and enter the code ${userCode}`);
    if (verificationUriComplete !== undefined) await openBrowser(verificationUriComplete);
  },
});

const accessToken = await auth.getToken();
console.error(`got a token of ${accessToken.length} characters`);
