// A small router keyed by path templates (`/registry/agent/person/fetch`, `/x/{id}/y`).
// Literal paths (all of Provena's) resolve with one Map lookup; templates with `{param}`
// segments are matched segment by segment afterwards. Method mismatches are reported so the
// server can answer 405 like FastAPI.
import type { HttpRequest } from "./request.js";
import type { Reply } from "./reply.js";

export type RouteHandler = (request: HttpRequest) => Reply | Promise<Reply>;

interface TemplateRoute {
  readonly segments: readonly string[];
  readonly methods: Map<string, RouteHandler>;
}

export type RouteMatch =
  | { kind: "found"; handler: RouteHandler; params: Record<string, string> }
  | { kind: "method-not-allowed"; allowed: readonly string[] }
  | { kind: "not-found" };

const isParam = (segment: string): boolean => segment.startsWith("{") && segment.endsWith("}");

export class Router {
  readonly #literal = new Map<string, Map<string, RouteHandler>>();
  readonly #templates: TemplateRoute[] = [];
  readonly #mounts: { readonly prefix: string; readonly handler: RouteHandler }[] = [];

  /** Every method on `prefix` and every path below it (the S3 endpoint's keys contain `/`). */
  mount(prefix: string, handler: RouteHandler): this {
    this.#mounts.push({ prefix, handler });
    return this;
  }

  add(method: string, template: string, handler: RouteHandler): this {
    const upper = method.toUpperCase();
    const segments = template.split("/");
    let methods: Map<string, RouteHandler>;
    if (segments.some(isParam)) {
      const existing = this.#templates.find((t) => t.segments.join("/") === template);
      methods = existing?.methods ?? new Map<string, RouteHandler>();
      if (existing === undefined) this.#templates.push({ segments, methods });
    } else {
      methods = this.#literal.get(template) ?? new Map<string, RouteHandler>();
      this.#literal.set(template, methods);
    }
    if (methods.has(upper)) throw new Error(`Route registered twice: ${upper} ${template}`);
    methods.set(upper, handler);
    return this;
  }

  match(method: string, path: string): RouteMatch {
    const upper = method.toUpperCase();
    const literal = this.#literal.get(path);
    if (literal !== undefined) return pick(literal, upper, {});
    const parts = path.split("/");
    for (const route of this.#templates) {
      const params = matchSegments(route.segments, parts);
      if (params !== undefined) return pick(route.methods, upper, params);
    }
    for (const { prefix, handler } of this.#mounts) {
      if (path === prefix || path.startsWith(`${prefix}/`)) return { kind: "found", handler, params: {} };
    }
    return { kind: "not-found" };
  }
}

function pick(methods: Map<string, RouteHandler>, method: string, params: Record<string, string>): RouteMatch {
  // HEAD is served by the GET handler; node drops the body.
  const handler = methods.get(method) ?? (method === "HEAD" ? methods.get("GET") : undefined);
  if (handler !== undefined) return { kind: "found", handler, params };
  return { kind: "method-not-allowed", allowed: [...methods.keys()] };
}

function matchSegments(template: readonly string[], parts: readonly string[]): Record<string, string> | undefined {
  if (template.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < template.length; i++) {
    const t = template[i] as string;
    const p = parts[i] as string;
    if (isParam(t)) {
      if (p === "") return undefined;
      try {
        params[t.slice(1, -1)] = decodeURIComponent(p);
      } catch {
        return undefined;
      }
    } else if (t !== p) {
      return undefined;
    }
  }
  return params;
}
