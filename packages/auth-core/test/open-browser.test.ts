import { expect, it } from "vitest";
import { openBrowser } from "../src/node/index.js";

// Only the refusals are tested: actually opening a browser is the operating system's business.
it("refuses anything that is not an http(s) URL, without starting a process", async () => {
  expect(await openBrowser("file:///etc/passwd")).toBe(false);
  expect(await openBrowser("javascript:alert(1)")).toBe(false);
  expect(await openBrowser("not a url")).toBe(false);
});
