// The self-contained lineage page, opened from disk in headless Chromium: every node drawn,
// nothing fetched, user text kept as text, and a person can click, pan and zoom.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Core, NodeSingular } from "cytoscape";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigurationError } from "@provena-sdk/http-core";
import { LineageGraph } from "../src/index.js";
import { lineageHtml, writeLineageHtml } from "../src/node/index.js";
import { countPixels, launchChromium } from "./support/browser.js";
import { modelRunWire, node } from "./support/graphs.js";

// The model-run graph plus a node whose id tries to break out of the page's markup and script.
const EVIL = '</script><script>window.pwned = 1</script><img src=x onerror="window.pwned=2">';
const wire = modelRunWire();
const graph = new LineageGraph([...wire.nodes, node(EVIL, "STUDY", "ACTIVITY")], [...wire.links!, { source: "MR", target: EVIL, type: "wasInformedBy" }]);

interface PageState {
  nodes: number;
  edges: number;
  ids: string[];
  offscreen: string[];
  hidden: string[];
  width: number;
  height: number;
}

let dir: string;
let browser: Browser;
let page: Page;
const requests: string[] = [];
let file: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "prov-html-"));
  file = await writeLineageHtml(graph, join(dir, "lineage.html"), { title: `Lineage of <MR> & co`, itemUrl: (n) => `https://registry.example.org/item/${encodeURIComponent(n.id)}` });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction(() => (window as unknown as { lineageReady?: boolean }).lineageReady === true, undefined, { timeout: 60_000 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

const state = (): Promise<PageState> =>
  page.evaluate(() => {
    const cy = (window as unknown as { cy: Core }).cy;
    const width = cy.width();
    const height = cy.height();
    const offscreen: string[] = [];
    const hidden: string[] = [];
    const ids: string[] = [];
    cy.nodes().forEach((n: NodeSingular) => {
      ids.push(n.id());
      const box = n.renderedBoundingBox();
      if (box.x1 < 0 || box.y1 < 0 || box.x2 > width || box.y2 > height) offscreen.push(n.id());
      if (!n.visible() || box.w <= 0 || box.h <= 0) hidden.push(n.id());
    });
    return { nodes: cy.nodes().length, edges: cy.edges().length, ids, offscreen, hidden, width, height };
  });

describe("the lineage page", () => {
  it("is one file with the library inlined and a policy that forbids any network use", () => {
    const html = readFileSync(file, "utf8");
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+href=/);
    expect(html.length).toBeGreaterThan(400_000); // Cytoscape's build is in the page
    expect(html).toContain("<title>Lineage of &#60;MR&#62; &#38; co</title>");
    // The hostile id appears only escaped inside the JSON data block.
    expect(html.split("</script>")).toHaveLength(4);
  });

  it("draws every node and edge inside the view", async () => {
    const s = await state();
    expect(s.nodes).toBe(graph.size);
    expect(s.edges).toBe(graph.edges().length);
    expect(s.ids.sort()).toEqual(graph.nodes().map((n) => n.id).sort());
    expect(s.hidden).toEqual([]);
    expect(s.offscreen).toEqual([]);
    expect(s.width).toBeGreaterThan(500);
  });

  it("loads nothing but itself, and runs none of the graph's text", async () => {
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.textContent("#title")).toBe("Lineage of <MR> & co");
  });

  it("a screenshot of the graph is not blank: the node colours are there", async () => {
    const png = await page.locator("#cy").screenshot();
    const pixels = await countPixels(page, png, { entity: [0xff, 0xfc, 0x87], activity: [0x9f, 0xb1, 0xfc], agent: [0xfe, 0xd3, 0x7f] });
    expect(pixels.nonWhite).toBeGreaterThan(pixels.total * 0.005);
    expect(pixels.near.entity).toBeGreaterThan(100);
    expect(pixels.near.activity).toBeGreaterThan(100);
    expect(pixels.near.agent).toBeGreaterThan(50);
  });

  it("clicking a node shows it and its relations; clicking a relation follows it", async () => {
    const at = await page.evaluate(() => {
      const cy = (window as unknown as { cy: Core }).cy;
      return cy.getElementById("OUT").renderedPosition();
    });
    const box = (await page.locator("#cy").boundingBox())!;
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.waitForFunction(() => document.querySelector("#details .node-id")?.textContent === "OUT");
    const shown = await page.$$eval("#details button", (buttons) => buttons.map((b) => b.getAttribute("data-node-id")));
    expect(shown.sort()).toEqual(["MR", "P", "TO"]);
    expect(await page.getAttribute("#details a", "href")).toBe("https://registry.example.org/item/OUT");
    await page.click('#details button[data-node-id="MR"]');
    await page.waitForFunction(() => document.querySelector("#details .node-id")?.textContent === "MR");
    const relations = await page.$$eval("#details button", (buttons) => buttons.map((b) => b.getAttribute("data-node-id")));
    expect(relations.sort()).toEqual([EVIL, "IN", "M", "O", "OUT", "P", "WT"].sort());
    expect(await page.evaluate(() => (window as unknown as { cy: Core }).cy.$(":selected").map((n) => n.id()))).toEqual(["MR"]);
  });

  it("the hostile id is shown as text when its node is opened", async () => {
    await page.fill("#search", "STUDY");
    await page.press("#search", "Enter");
    await page.waitForFunction((id) => document.querySelector("#details .node-id")?.textContent === id, EVIL);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  });

  it("zooms with the wheel and pans with a drag", async () => {
    const view = () =>
      page.evaluate(() => {
        const cy = (window as unknown as { cy: Core }).cy;
        return { zoom: cy.zoom(), pan: cy.pan() };
      });
    await page.click("#fit");
    const before = await view();
    const box = (await page.locator("#cy").boundingBox())!;
    await page.mouse.move(box.x + 10, box.y + 10);
    await page.mouse.wheel(0, -400);
    await page.waitForFunction((z) => (window as unknown as { cy: Core }).cy.zoom() > z, before.zoom);
    const zoomed = await view();
    // Drag on empty background (the top-left corner holds no node after a fit with padding).
    await page.mouse.move(box.x + 5, box.y + 5);
    await page.mouse.down();
    await page.mouse.move(box.x + 150, box.y + 120, { steps: 8 });
    await page.mouse.up();
    const panned = await view();
    expect(zoomed.zoom).toBeGreaterThan(before.zoom);
    expect(Math.abs(panned.pan.x - zoomed.pan.x) + Math.abs(panned.pan.y - zoomed.pan.y)).toBeGreaterThan(50);
  });
});

describe("page options", () => {
  it("refuses item links that are not http(s)", () => {
    expect(() => lineageHtml(graph, { itemUrl: () => "javascript:alert(1)" })).toThrow(ConfigurationError);
    expect(() => lineageHtml(graph, { itemUrl: () => "not a url" })).toThrow("is not an absolute URL");
  });

  it("an empty graph still gives a page", () => {
    expect(lineageHtml(new LineageGraph())).toContain('"nodes":[]');
  });
});
