// The credential chain over real HTTP against the local server: explicit options, then the
// environment, then the config file login() writes (in a temp XDG_CONFIG_HOME), each checked
// by whoami() naming the user the credentials belong to.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalServer, type LocalServer } from "@provena-sdk/local-server";
import { createProvenaClient as createBrowserClient, NoCredentialsError, ConfigurationError, staticToken } from "../src/index.js";
import { createProvenaClient, login, readConfigFile, terminalPrompt } from "../src/node/index.js";
import { domain, offlineTokenFor, routedFetch } from "./support/routed-fetch.js";

let server: LocalServer;
let home: string;
const fetch = routedFetch(() => server);

beforeAll(async () => {
  server = await startLocalServer({ devicePollIntervalSeconds: 0 });
  home = mkdtempSync(join(tmpdir(), "provena-sdk-home-"));
});
afterAll(async () => {
  await server.stop();
  rmSync(home, { recursive: true, force: true });
});

const noEnv = {};

describe("explicit options", () => {
  it("an access token and the domain: whoami names its user and roles", async () => {
    const client = createBrowserClient({ domain, accessToken: server.mintToken("user2"), fetch, env: noEnv });
    const me = await client.whoami();
    expect(me).toMatchObject({ username: "user2", source: "options", person: undefined });
    expect(me.roles).toEqual(expect.arrayContaining(["entity-registry-read", "entity-registry-write"]));
  });

  it("`auth` wins over a token in the environment", async () => {
    const client = createBrowserClient({
      domain,
      auth: staticToken(server.mintToken("user1")),
      fetch,
      env: { PROVENA_ACCESS_TOKEN: server.mintToken("user3") },
    });
    expect((await client.whoami()).username).toBe("user1");
  });

  it("an offline token is exchanged at the realm named by domain + realm", async () => {
    const client = createBrowserClient({ domain, realm: "provena", offlineToken: await offlineTokenFor(server, "user3"), fetch, env: noEnv });
    expect(await client.whoami()).toMatchObject({ username: "user3", source: "options" });
  });
});

describe("environment", () => {
  it("PROVENA_DOMAIN + PROVENA_OFFLINE_TOKEN (+ PROVENA_CLIENT_ID, PROVENA_REALM)", async () => {
    const env = { PROVENA_DOMAIN: domain, PROVENA_REALM: "provena", PROVENA_CLIENT_ID: "automated-access", PROVENA_OFFLINE_TOKEN: await offlineTokenFor(server, "user2") };
    const client = createBrowserClient({ fetch, env });
    expect(await client.whoami()).toMatchObject({ username: "user2", source: "env" });
    // the domain came from the environment too: registry calls reach the routed host
    expect((await client.registry.organisation.list({ pageSize: 1 })).items).toEqual([]);
  });

  it("PROVENA_ACCESS_TOKEN is used as is; an explicit domain wins over PROVENA_DOMAIN", async () => {
    const client = createBrowserClient({ domain, fetch, env: { PROVENA_DOMAIN: "elsewhere.invalid", PROVENA_ACCESS_TOKEN: server.mintToken("admin") } });
    expect(await client.whoami()).toMatchObject({ username: "admin", source: "env" });
  });

  it("with nothing anywhere, whoami says how to provide credentials", async () => {
    const client = createBrowserClient({ domain, fetch, env: noEnv });
    expect(client.credentialSource).toBe("none");
    const error = await client.whoami().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoCredentialsError);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/PROVENA_OFFLINE_TOKEN.*login\(\)/);
  });
});

describe("config file written by login()", () => {
  it("login() runs the device flow, stores the offline token and the settings; the next client needs no options", async () => {
    const env = { XDG_CONFIG_HOME: home };
    const printed: string[] = [];
    const result = await login({
      domain,
      env,
      fetch,
      openBrowser: false,
      onPrompt: (prompt) => {
        terminalPrompt(prompt, (text) => printed.push(text));
        server.approveDevice(prompt.userCode, "user1");
      },
    });
    expect(result).toEqual({ username: "user1", domain, realm: "provena", configFile: join(home, "provena-sdk", "config.json"), tokenFile: join(home, "provena-sdk", "tokens.json") });
    expect(printed.join("")).toMatch(/open +http:\/\/127\.0\.0\.1:\d+\/auth\/realms\/provena\/device\n.*enter +[A-Z]{4}-[A-Z]{4}/s);
    expect(await readConfigFile(result.configFile)).toEqual({ domain, realm: "provena" });
    expect(statSync(result.configFile).mode & 0o777).toBe(0o600);
    // the config file holds no token; the token file does
    expect(readFileSync(result.configFile, "utf8")).not.toMatch(/token|ey[A-Za-z0-9_-]{10}/i);
    expect(readFileSync(result.tokenFile, "utf8")).toContain("refreshToken");

    const client = await createProvenaClient({ fetch, env });
    expect(client.credentialSource).toBe("config-file");
    expect(await client.whoami()).toMatchObject({ username: "user1", source: "config-file" });
  });

  it("environment tokens win over the config file; a config file for another domain is not used", async () => {
    const env = { XDG_CONFIG_HOME: home, PROVENA_ACCESS_TOKEN: server.mintToken("user3") };
    expect((await (await createProvenaClient({ fetch, env })).whoami()).username).toBe("user3");
    const other = await createProvenaClient({ fetch, domain: "other.invalid", env: { XDG_CONFIG_HOME: home } });
    expect(other.credentialSource).toBe("none");
  });

  it("a malformed config file is an error naming the file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "provena-sdk-bad-"));
    try {
      const file = join(dir, "config.json");
      writeFileSync(file, "{ not json");
      await expect(createProvenaClient({ configFile: file, env: noEnv })).rejects.toThrow(`${file} is not valid JSON`);
      writeFileSync(file, JSON.stringify({ domain: 3 }));
      await expect(readConfigFile(file)).rejects.toThrow('"domain" should be a string');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
