// Where the SDK keeps per-user files (/node): $XDG_CONFIG_HOME when it is an absolute path,
// %APPDATA% on Windows only, else ~/.config; read from the real environment when none is given.
import { homedir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { defaultConfigDir, defaultTokenFile } from "../src/node/index.js";

const home = join(homedir(), ".config", "provena-sdk");
afterEach(() => vi.unstubAllEnvs());

describe("defaultConfigDir", () => {
  it.each([
    ["an absolute XDG_CONFIG_HOME", { XDG_CONFIG_HOME: "/xdg" }, "linux", "/xdg/provena-sdk"],
    ["XDG_CONFIG_HOME before APPDATA, also on Windows", { XDG_CONFIG_HOME: "/xdg", APPDATA: "/appdata" }, "win32", "/xdg/provena-sdk"],
    ["nothing set", {}, "linux", home],
    ["an empty XDG_CONFIG_HOME", { XDG_CONFIG_HOME: "" }, "linux", home],
    ["a relative XDG_CONFIG_HOME (the XDG spec says to ignore it)", { XDG_CONFIG_HOME: "relative/dir" }, "linux", home],
    ["APPDATA on Windows", { APPDATA: "/appdata" }, "win32", join("/appdata", "provena-sdk")],
    ["APPDATA on Windows after a relative XDG_CONFIG_HOME", { XDG_CONFIG_HOME: "relative", APPDATA: "/appdata" }, "win32", join("/appdata", "provena-sdk")],
    ["Windows without APPDATA", {}, "win32", home],
    ["an empty APPDATA on Windows", { APPDATA: "" }, "win32", home],
    ["APPDATA anywhere but Windows", { APPDATA: "/appdata" }, "linux", home],
    ["APPDATA on macOS", { APPDATA: "/appdata" }, "darwin", home],
  ] as const)("%s", (_, env, platform, expected) => {
    expect(defaultConfigDir(env, platform)).toBe(expected);
  });

  it("reads the process environment and platform when given none", () => {
    vi.stubEnv("XDG_CONFIG_HOME", "/from-the-environment");
    expect(defaultConfigDir()).toBe("/from-the-environment/provena-sdk");
    vi.stubEnv("XDG_CONFIG_HOME", "");
    vi.stubEnv("APPDATA", "/appdata");
    expect(defaultConfigDir()).toBe(process.platform === "win32" ? join("/appdata", "provena-sdk") : home);
  });
});

describe("defaultTokenFile", () => {
  it("is tokens.json in the config directory, from the given or the process environment", () => {
    expect(defaultTokenFile({ XDG_CONFIG_HOME: "/xdg" })).toBe("/xdg/provena-sdk/tokens.json");
    expect(defaultTokenFile({})).toBe(join(home, "tokens.json"));
    vi.stubEnv("XDG_CONFIG_HOME", "/from-the-environment");
    expect(defaultTokenFile()).toBe("/from-the-environment/provena-sdk/tokens.json");
  });
});
