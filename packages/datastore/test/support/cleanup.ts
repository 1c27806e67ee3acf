// Vitest setup file: every test file removes the temporary folders it made.
import { afterAll } from "vitest";
import { removeTempDirs } from "./files.js";

afterAll(removeTempDirs);
