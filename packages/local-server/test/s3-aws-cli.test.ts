// The AWS CLI (Debian's `awscli`, installed by .ci/run) against the local S3 endpoint with the
// credentials the dataset storage issues: `aws s3 ls`, `cp` (including a multipart upload) and
// `sync` both ways. Skipped, saying why, only when no `aws` binary is on PATH.
import { execFile, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IssuedCredentials } from "../src/index.js";
import { bytes, startS3, type S3Fixture } from "./s3-helpers.js";

const AWS = process.env["AWS_CLI"] ?? "aws";
const version = spawnSync(AWS, ["--version"], { encoding: "utf8" });
const available = version.error === undefined && version.status === 0;
const MiB = 1024 * 1024;

interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const title = `AWS CLI against the local endpoint${available ? ` (${version.stdout.trim() || version.stderr.trim()})` : " — skipped: no `aws` binary on PATH (.ci/run installs Debian's awscli)"}`;

// Each CLI run starts a Python interpreter: seconds apiece on a busy machine.
describe.skipIf(!available)(title, { timeout: 300_000 }, () => {
  let s3: S3Fixture;
  let dir: string;
  const prefix = "datasets/10378-1-11/";

  beforeAll(async () => {
    s3 = await startS3();
    dir = mkdtempSync(join(tmpdir(), "s3-cli-"));
    // Path-style addressing against the endpoint's `/s3` path; no user config leaks in.
    writeFileSync(join(dir, "config"), "[default]\ns3 =\n    addressing_style = path\n");
  });
  afterAll(async () => {
    await s3.server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  function aws(credentials: IssuedCredentials, args: readonly string[]): Promise<CliResult> {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env["PATH"],
      HOME: dir,
      AWS_CONFIG_FILE: join(dir, "config"),
      AWS_SHARED_CREDENTIALS_FILE: join(dir, "credentials"),
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      AWS_SESSION_TOKEN: credentials.sessionToken,
      AWS_DEFAULT_REGION: s3.storage.region,
      AWS_EC2_METADATA_DISABLED: "true",
      AWS_PAGER: "",
    };
    return new Promise((resolve) => {
      execFile(AWS, ["--endpoint-url", s3.storage.endpoint, ...args], { env, timeout: 120_000, maxBuffer: 8 * MiB }, (error, stdout, stderr) => {
        resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : 1, stdout, stderr });
      });
    });
  }

  it("copies files up (one of them multipart), lists them, and copies them back", async () => {
    const writer = s3.credentials(prefix, true);
    const small = join(dir, "small.txt");
    const large = join(dir, "large.bin");
    writeFileSync(small, "hello from the aws cli\n");
    const largeData = bytes(9 * MiB + 123, 21); // above the CLI's 8 MiB multipart threshold
    writeFileSync(large, largeData);

    const up1 = await aws(writer, ["s3", "cp", small, `s3://${s3.bucket}/${prefix}small.txt`]);
    expect(up1.stderr).toBe("");
    expect(up1.code).toBe(0);
    const up2 = await aws(writer, ["s3", "cp", large, `s3://${s3.bucket}/${prefix}large.bin`]);
    expect(up2.code, up2.stderr).toBe(0);

    const ls = await aws(writer, ["s3", "ls", `s3://${s3.bucket}/${prefix}`]);
    expect(ls.code, ls.stderr).toBe(0);
    expect(ls.stdout).toMatch(/\s23 small\.txt\n/);
    expect(ls.stdout).toMatch(new RegExp(`\\s${largeData.length} large\\.bin\\n`));

    const top = await aws(writer, ["s3", "ls", `s3://${s3.bucket}/datasets/`]);
    expect(top.stdout).toContain("PRE 10378-1-11/");

    const down = join(dir, "large.back");
    const back = await aws(writer, ["s3", "cp", `s3://${s3.bucket}/${prefix}large.bin`, down]);
    expect(back.code, back.stderr).toBe(0);
    expect(readFileSync(down).equals(largeData)).toBe(true);

    // The object the CLI uploaded in parts carries a multipart ETag.
    const record = await s3.storage.getObject(s3.bucket, `${prefix}large.bin`);
    expect(record?.length).toBe(largeData.length);
  });

  it("syncs a folder up and down, byte for byte", async () => {
    const writer = s3.credentials(prefix, true);
    const local = join(dir, "tree");
    mkdirSync(join(local, "sub dir", "deeper"), { recursive: true });
    const files: Record<string, Buffer> = {
      "a.csv": Buffer.from("x,y\n1,2\n"),
      "sub dir/b.json": Buffer.from('{"b": true}'),
      "sub dir/deeper/c.bin": bytes(50_000, 22),
    };
    for (const [name, data] of Object.entries(files)) writeFileSync(join(local, name), data);

    const up = await aws(writer, ["s3", "sync", local, `s3://${s3.bucket}/${prefix}tree/`]);
    expect(up.code, up.stderr).toBe(0);
    // A second sync finds nothing to do.
    const again = await aws(writer, ["s3", "sync", local, `s3://${s3.bucket}/${prefix}tree/`]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout.trim()).toBe("");

    const reader = s3.credentials(prefix, false);
    const copy = join(dir, "tree-copy");
    const down = await aws(reader, ["s3", "sync", `s3://${s3.bucket}/${prefix}tree/`, copy]);
    expect(down.code, down.stderr).toBe(0);
    for (const [name, data] of Object.entries(files)) expect(readFileSync(join(copy, name)).equals(data)).toBe(true);
    expect(readdirSync(copy).sort()).toEqual(["a.csv", "sub dir"]);
  });

  it("fails an upload with read credentials and an expired session, with S3's error codes", async () => {
    const reader = s3.credentials(prefix, false);
    const file = join(dir, "denied.txt");
    writeFileSync(file, "no");
    const denied = await aws(reader, ["s3", "cp", file, `s3://${s3.bucket}/${prefix}denied.txt`]);
    expect(denied.code).not.toBe(0);
    expect(denied.stderr).toContain("AccessDenied");

    const outside = await aws(s3.credentials(prefix, true), ["s3", "cp", file, `s3://${s3.bucket}/datasets/elsewhere/denied.txt`]);
    expect(outside.code).not.toBe(0);
    expect(outside.stderr).toContain("AccessDenied");

    const short = s3.credentials(prefix, true, 1);
    while (Date.now() <= short.expiry.getTime() + 5) await new Promise((resolve) => setTimeout(resolve, 50));
    const expired = await aws(short, ["s3", "ls", `s3://${s3.bucket}/${prefix}`]);
    expect(expired.code).not.toBe(0);
    expect(expired.stderr).toContain("ExpiredToken");
  });
});
