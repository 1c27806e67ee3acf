// What the SDK redacts before a URL, headers or a body reaches an error, a hook or a log line:
// credentials in a URL's user-info, every secret-named query parameter, header and JSON key, and
// values inside arrays and nested objects down to the depth limit.
import { describe, expect, it } from "vitest";
import { HttpError, REDACTED, createTransport, redactHeaders, redactText, redactUrl, redactValue } from "../src/index.js";
import type { RequestInfo } from "../src/index.js";
import { reply, useFixture } from "./fixture-server.js";

const SECRET_KEYS = ["token", "access_token", "refresh_token", "id_token", "offline_token", "client_secret", "password", "code", "device_code", "assertion", "api_key", "apikey", "x-amz-signature", "x-amz-security-token", "x-amz-credential", "signature", "awsaccesskeyid", "sig"];
const SECRET_HEADERS = ["authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"];

describe("URLs", () => {
  it("drops user-info, a username alone included", () => {
    expect(redactUrl("https://alice:s3cret@example.org/x")).toBe("https://example.org/x");
    expect(redactUrl("https://alice@example.org/x")).toBe("https://example.org/x");
    expect(redactUrl("https://:s3cret@example.org/x")).toBe("https://example.org/x");
  });

  it("masks every secret-named query parameter, in any case and every repetition, and keeps the rest", () => {
    for (const key of SECRET_KEYS) {
      const out = redactUrl(`https://example.org/x?${key.toUpperCase()}=s3cret&page=2&${key}=again`);
      expect(out).not.toContain("s3cret");
      expect(out).not.toContain("again");
      expect(out).toContain(`${key.toUpperCase()}=${REDACTED}`);
      expect(out).toContain("page=2");
    }
  });

  it("leaves a URL without secrets as it was, and scrubs an unparseable one as text", () => {
    expect(redactUrl("https://example.org/x?page=2&q=a+b")).toBe("https://example.org/x?page=2&q=a+b");
    expect(redactUrl("not a url access_token=s3cret")).toBe(`not a url access_token=${REDACTED}`);
  });
});

describe("headers", () => {
  it("masks every secret header whatever its case, keeping the auth scheme", () => {
    for (const name of SECRET_HEADERS) {
      const out = redactHeaders({ [name.toUpperCase()]: "Bearer s3cret", accept: "application/json" });
      expect(out).toEqual({ [name.toUpperCase()]: `Bearer ${REDACTED}`, accept: "application/json" });
      expect(redactHeaders({ [name]: "s3cret" })).toEqual({ [name]: REDACTED });
    }
  });
});

describe("secret header values", () => {
  it("keep only a leading auth scheme, however it is spaced; anything else is masked whole", () => {
    expect(redactHeaders({ authorization: "Bearer   abc.def" })).toEqual({ authorization: `Bearer ${REDACTED}` });
    expect(redactHeaders({ cookie: "sid=s3cret; theme=dark mode" })).toEqual({ cookie: REDACTED });
    expect(redactHeaders({ "x-api-key": " s3cret" })).toEqual({ "x-api-key": REDACTED });
  });
});

describe("JSON values", () => {
  it("masks every secret-named key, in objects inside arrays and nested objects", () => {
    for (const key of SECRET_KEYS) {
      const value = { [key]: "s3cret", list: [{ [key]: "s3cret", keep: 1 }], nested: { deeper: { [key.toUpperCase()]: "s3cret" } }, keep: "yes" };
      expect(redactValue(value)).toEqual({ [key]: REDACTED, list: [{ [key]: REDACTED, keep: 1 }], nested: { deeper: { [key.toUpperCase()]: REDACTED } }, keep: "yes" });
    }
  });

  it("keeps null and absent secrets as they are, and scrubs token-shaped strings anywhere", () => {
    const jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";
    expect(redactValue({ token: null, note: `here ${jwt}`, n: 3, ok: true })).toEqual({ token: null, note: `here ${REDACTED}`, n: 3, ok: true });
    expect(redactValue([jwt, 1, null])).toEqual([REDACTED, 1, null]);
  });

  it("truncates at exactly 32 levels, objects and arrays alike, and shows an absent secret as absent", () => {
    const nest = (levels: number, inArray: boolean): unknown => {
      let value: unknown = { password: "s3cret" };
      for (let i = 0; i < levels; i++) value = inArray ? [value] : { child: value };
      return value;
    };
    for (const inArray of [false, true]) {
      expect(JSON.stringify(redactValue(nest(32, inArray)))).toContain(`"password":"${REDACTED}"`);
      const cut = JSON.stringify(redactValue(nest(33, inArray)));
      expect(cut).toContain('"[Truncated]"');
      expect(cut).not.toContain("password");
    }
    expect(redactValue({ token: undefined, password: null })).toStrictEqual({ token: undefined, password: null });
  });

  it("redacts down to the depth limit and truncates below it, so a deep value cannot hang", () => {
    let deep: unknown = { password: "s3cret" };
    for (let i = 0; i < 40; i++) deep = { child: deep };
    const text = JSON.stringify(redactValue(deep));
    expect(text).not.toContain("s3cret");
    expect(text).toContain("[Truncated]");
    let shallow: unknown = { password: "s3cret" };
    for (let i = 0; i < 30; i++) shallow = [shallow];
    expect(JSON.stringify(redactValue(shallow))).toContain(`"password":"${REDACTED}"`);
  });
});

describe("free text", () => {
  it("masks bearer and basic credentials and name=value secrets", () => {
    expect(redactText("Authorization: Bearer abc.def")).toBe(`Authorization: Bearer ${REDACTED}`);
    expect(redactText("basic dXNlcjpwYXNz")).toBe(`basic ${REDACTED}`);
    expect(redactText("sent Bearer   opaque-tok, then")).toBe(`sent Bearer ${REDACTED}, then`);
    for (const key of ["access_token", "refresh_token", "id_token", "offline_token", "client_secret", "password", "token", "device_code", "api_key", "apikey", "X-Amz-Signature", "X-Amz-Security-Token", "X-Amz-Credential"]) {
      expect(redactText(`x ${key}=s3cret&y`)).toBe(`x ${key}=${REDACTED}&y`);
      expect(redactText(`{"${key}": "s3cret"}`)).toBe(`{"${key}": "${REDACTED}"}`);
    }
  });
});

describe("over HTTP", () => {
  const server = useFixture();

  it("hooks and errors see no secret query value, secret header or echoed secret key", async () => {
    const seen: RequestInfo[] = [];
    const t = createTransport({ endpoints: { registry: server.origin }, retry: false, headers: { cookie: "session=s3cret", "proxy-authorization": "Basic s3cret" }, hooks: { beforeRequest: (i) => void seen.push(i) } });
    server.script(reply(400, { detail: "bad", echoed: { device_code: "s3cret", items: [{ id_token: "s3cret" }] } }));
    const error = await t.request({ service: "registry", method: "GET", path: "/x", query: { api_key: "s3cret", assertion: "s3cret", page: 1 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(server.requests[0]!.url).toContain("api_key=s3cret");
    const rendered = JSON.stringify([seen, (error as HttpError).message, (error as HttpError).url, (error as HttpError).body]);
    expect(rendered).not.toContain("s3cret");
    expect(seen[0]!.url).toContain("page=1");
  });

  it("a presigned S3 URL that fails keeps its signature, session token and credential out of the error", async () => {
    const t = createTransport({ endpoints: { registry: server.origin }, retry: false });
    server.script(reply(403, { detail: "denied" }));
    const query = { "X-Amz-Algorithm": "AWS4-HMAC-SHA256", "X-Amz-Credential": "AKIAS3CRET/20261129/ap-southeast-2/s3/aws4_request", "X-Amz-Security-Token": "s3cret-session", "X-Amz-Signature": "s3cretsig", "X-Amz-Expires": "3600" };
    const error = (await t.request({ service: "registry", method: "GET", path: "/bucket/key", query }).catch((e: unknown) => e)) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(server.requests[0]!.url).toContain("X-Amz-Signature=s3cretsig");
    expect(JSON.stringify([error.message, String(error), error.url])).not.toMatch(/s3cret|AKIA/i);
    expect(error.url).toContain("X-Amz-Expires=3600");
  });

  it("an endpoint with user-info fails without showing it", async () => {
    const t = createTransport({ endpoints: { registry: server.origin.replace("http://", "http://alice:s3cret@") }, retry: false });
    const error = (await t.request({ service: "registry", method: "GET", path: "/x" }).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(Error);
    expect(JSON.stringify([error.message, String(error), (error as HttpError).url])).not.toMatch(/alice|s3cret/);
  });
});

describe("URLs inside free text", () => {
  it("lose their user-info", () => {
    expect(redactText("cannot fetch http://alice:s3cret@example.org/x or ftp://bob@h/y")).toBe("cannot fetch http://example.org/x or ftp://h/y");
  });
});
