// DNS for the tests: `https://<sub>.provena.test/<path>` → `<origin>/<sub>/<path>` on the local
// server (the realm is at the origin's `/auth/realms/...`, as Keycloak at `auth.<domain>`).
import type { LocalServer } from "@provena-sdk/local-server";

export const domain = "provena.test";

export function routedFetch(server: () => LocalServer, seen: string[] = []): typeof fetch {
  return (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const sub = url.hostname.endsWith(`.${domain}`) ? url.hostname.slice(0, -domain.length - 1) : undefined;
    if (sub === undefined) return fetch(request);
    const path = sub === "auth" ? url.pathname : `/${sub}${url.pathname}`;
    seen.push(`${sub} ${url.pathname}`);
    return fetch(new Request(`${server().origin}${path}${url.search}`, request));
  };
}

/** An offline token for `username`, from a device flow approved on the local realm. */
export async function offlineTokenFor(server: LocalServer, username: string): Promise<string> {
  const device = await fetch(`${server.issuer}/protocol/openid-connect/auth/device`, {
    method: "POST",
    body: new URLSearchParams({ client_id: "automated-access", scope: "openid offline_access" }),
  }).then((r) => r.json() as Promise<{ device_code: string; user_code: string }>);
  server.approveDevice(device.user_code, username);
  const tokens = await fetch(`${server.issuer}/protocol/openid-connect/token`, {
    method: "POST",
    body: new URLSearchParams({ grant_type: "urn:ietf:params:oauth:grant-type:device_code", client_id: "automated-access", device_code: device.device_code }),
  }).then((r) => r.json() as Promise<{ refresh_token: string }>);
  return tokens.refresh_token;
}
