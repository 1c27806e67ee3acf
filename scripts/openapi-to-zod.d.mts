// Types for scripts/openapi-to-zod.mjs, so the packages' TypeScript tests can import it.
export interface GenerateOptions {
  readonly setName: string;
  readonly source?: string;
  readonly only?: readonly string[];
  readonly kitImport?: string;
  readonly common?: readonly string[];
  readonly commonReference?: unknown;
  readonly shared?: { readonly reference: unknown; readonly import: string };
  readonly patches?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly literalFields?: readonly string[];
}

export interface Target {
  readonly id: string;
  readonly spec: string;
  readonly out: string | null;
  readonly setName: string;
  readonly only?: readonly string[];
  readonly kitImport?: string;
  readonly patches?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly sharedFrom?: string;
}

export const REPO_ROOT: string;
export const COMMON_MODEL_NAMES: readonly string[];
export const DEFAULT_LITERAL_FIELDS: readonly string[];
export const TARGETS: readonly Target[];
export function tsName(name: string): string;
export function generateModels(spec: unknown, options: GenerateOptions): string;
export function loadSpec(relativePath: string, root?: string): unknown;
export function renderTarget(target: string | Target, root?: string): string;
