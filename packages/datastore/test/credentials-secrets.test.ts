// Issued credentials never show their secret parts when logged, inspected or serialised.
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { DatasetCredentials, LOCAL_ENDPOINT_FIELD } from "../src/index.js";

const response = {
  status: { success: true, details: "ok" },
  credentials: { aws_access_key_id: "AKIAEXAMPLE", aws_secret_access_key: "very-secret-key", aws_session_token: "very-secret-session", expiry: "2030-01-01T00:00:00+00:00" },
  console_session_url: "https://signin.aws.amazon.com/federation?SigninToken=very-secret-signin",
  [LOCAL_ENDPOINT_FIELD]: "http://127.0.0.1:1234/s3",
};

describe("DatasetCredentials", () => {
  const credentials = new DatasetCredentials("10378.1/1", "write", response);

  it("exposes the parts the AWS SDK needs", () => {
    expect(credentials.secretAccessKey).toBe("very-secret-key");
    expect(credentials.sessionToken).toBe("very-secret-session");
    expect(credentials.consoleSessionUrl).toContain("SigninToken");
    expect(credentials.expiration.toISOString()).toBe("2030-01-01T00:00:00.000Z");
    expect(credentials.endpoint).toBe("http://127.0.0.1:1234/s3");
    expect(credentials.region).toBe("ap-southeast-2");
  });

  it("keeps them out of JSON, inspect and spreads", () => {
    for (const text of [JSON.stringify(credentials), inspect(credentials, { depth: 5, showHidden: true }), JSON.stringify({ ...credentials }), String(Object.values(credentials))]) {
      expect(text).not.toContain("very-secret");
    }
    expect(JSON.stringify(credentials)).toContain("AKIAEXAMPLE");
  });

  it("without the local endpoint field means AWS", () => {
    const aws = new DatasetCredentials("10378.1/1", "read", { status: response.status, credentials: response.credentials });
    expect(aws.endpoint).toBeUndefined();
    expect(aws.consoleSessionUrl).toBeUndefined();
  });
});
