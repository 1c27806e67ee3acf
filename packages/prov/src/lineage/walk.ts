// Graph walks over an adjacency function: breadth-first distances (bounded by a depth) and
// simple paths (depth-first, bounded by length and count so a dense graph cannot run away).
import { ConfigurationError } from "@provena-sdk/http-core";
import type { LineageEdge } from "./wire.js";

/** Options of the walks of a {@link LineageGraph} (`ancestors`, `descendants`, `distances`). */
export interface WalkOptions {
  /**
   * Most hops to go: a non-negative integer, or Infinity.
   *
   * @defaultValue Infinity (no limit)
   */
  readonly depth?: number | undefined;
}

/** Options of {@link LineageGraph.paths}; the bounds keep a dense graph from running away. */
export interface PathOptions {
  /**
   * "upstream": follow edges; "downstream": go against them; "both": paths of either kind.
   *
   * @defaultValue `"both"`
   */
  readonly direction?: "upstream" | "downstream" | "both" | undefined;
  /**
   * Longest path, in edges.
   *
   * @defaultValue Infinity (no limit)
   */
  readonly maxLength?: number | undefined;
  /**
   * Stop after this many paths (per direction when `direction` is "both").
   *
   * @defaultValue 1000 ({@link DEFAULT_PATH_LIMIT})
   */
  readonly limit?: number | undefined;
}

/** A path: its node ids from start to end, and the edges between consecutive nodes as stored. */
export interface LineagePath {
  /** Node ids, from the path's start to its end. */
  readonly nodes: string[];
  /** The edges between consecutive nodes, as stored (pointing effect → cause). */
  readonly edges: LineageEdge[];
}

/** The `limit` of {@link LineageGraph.paths} when none is given: paths found per direction. */
export const DEFAULT_PATH_LIMIT = 1_000;

function bound(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (value !== Infinity && (!Number.isInteger(value) || value < 0)) {
    throw new ConfigurationError(`${name} must be a non-negative integer (or Infinity), got ${String(value)}`);
  }
  return value;
}

/** Breadth-first hop counts from `start` (0 for the start itself), within `depth`. */
export function distancesFrom(start: string, neighbours: (id: string) => string[], options: WalkOptions = {}): Map<string, number> {
  const depth = bound("depth", options.depth, Infinity);
  const seen = new Map<string, number>([[start, 0]]);
  let frontier = [start];
  for (let hop = 1; hop <= depth && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const n of neighbours(id)) {
        if (seen.has(n)) continue;
        seen.set(n, hop);
        next.push(n);
      }
    }
    frontier = next;
  }
  return seen;
}

/** Every simple path from `from` to `to` over `neighbours`, shortest search depth first. */
export function simplePaths(from: string, to: string, neighbours: (id: string) => string[], options: PathOptions = {}): string[][] {
  const maxLength = bound("maxLength", options.maxLength, Infinity);
  const limit = bound("limit", options.limit, DEFAULT_PATH_LIMIT);
  const found: string[][] = [];
  if (from === to) return limit > 0 ? [[from]] : [];
  const path = [from];
  const onPath = new Set([from]);
  const visit = (id: string): void => {
    if (found.length >= limit || path.length - 1 >= maxLength) return;
    for (const n of neighbours(id)) {
      if (found.length >= limit) return;
      if (onPath.has(n)) continue;
      if (n === to) {
        found.push([...path, n]);
        continue;
      }
      path.push(n);
      onPath.add(n);
      visit(n);
      path.pop();
      onPath.delete(n);
    }
  };
  visit(from);
  return found;
}
