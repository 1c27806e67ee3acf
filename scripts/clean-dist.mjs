#!/usr/bin/env node
// Run before each package's `tsc` build: tsc never deletes output, so a `dist/` file whose source
// was removed or renamed would otherwise linger and be packed into a release.
import { rmSync } from "node:fs";

rmSync("dist", { recursive: true, force: true });
