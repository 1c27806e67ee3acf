// Headless Debian chromium through playwright-core (no browser download: CI installs the
// `chromium` package; see .ci/run).
import { existsSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { chromium } from "playwright-core";

export const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`No chromium at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium), as .ci/run does`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/** Pixels of a PNG (decoded by the browser itself) that are far from white, and those near each given colour. */
export async function countPixels(page: Page, png: Buffer, colours: Record<string, [number, number, number]>): Promise<{ total: number; nonWhite: number; near: Record<string, number> }> {
  const dataUrl = `data:image/png;base64,${png.toString("base64")}`;
  return page.evaluate(
    async ({ dataUrl, colours }) => {
      const image = new Image();
      image.src = dataUrl;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let nonWhite = 0;
      const near: Record<string, number> = {};
      for (const name of Object.keys(colours)) near[name] = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
        if (r < 235 || g < 235 || b < 235) nonWhite++;
        for (const [name, [cr, cg, cb]] of Object.entries(colours)) {
          if (Math.abs(r - cr) + Math.abs(g - cg) + Math.abs(b - cb) < 24) near[name]!++;
        }
      }
      return { total: pixels.length / 4, nonWhite, near };
    },
    { dataUrl, colours },
  );
}
