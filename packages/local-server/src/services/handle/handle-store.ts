// The handle service's state (behaviour.md §7.2): handles with their indexed values, and the one
// id allocator of the server. The registry mints its item ids here too (`mintRegistryHandle`),
// so every registry id resolves through `/handle/get` and no id is ever handed out twice. Rows
// live in `context.storage` tables, keyed by the handle id (a Map underneath: prototype-safe).
import type { Handle, HandleProperty } from "@provena-sdk/models/handle";
import { defineStore, type ServiceContext } from "../context.js";
import { REGISTRY_TABLES } from "../registry/tables.js";
import type { Table } from "../../store/storage.js";

/** The prefix of every minted id (upstream's ARDC prefix for Provena, `10378.1/<n>`). */
export const HANDLE_PREFIX = "10378.1";

export const HANDLE_TABLES = { handles: "handle.handles", counter: "handle.counter" } as const;

/** A refused handle operation (the ARDC service's error); the route answers 400 with `message`. */
export class HandleOperationError extends Error {}

interface CounterRow {
  readonly next: number;
}

export type ValueType = HandleProperty["type"];

export class HandleStore {
  readonly #handles: Table<Handle>;
  readonly #counter: Table<CounterRow>;
  readonly #registryItems: Table<unknown>;

  constructor(context: ServiceContext) {
    this.#handles = context.storage.table<Handle>(HANDLE_TABLES.handles);
    this.#counter = context.storage.table<CounterRow>(HANDLE_TABLES.counter);
    this.#registryItems = context.storage.table(REGISTRY_TABLES.items);
  }

  /** The next free id: counts up, skipping ids a handle or an imported registry item already holds. */
  #allocate(): string {
    let next = this.#counter.get("next")?.next ?? 1;
    const taken = (n: number): boolean => this.#handles.has(`${HANDLE_PREFIX}/${n}`) || this.#registryItems.has(`${HANDLE_PREFIX}/${n}`);
    while (taken(next)) next++;
    this.#counter.put("next", { next: next + 1 });
    return `${HANDLE_PREFIX}/${next}`;
  }

  /** A new handle holding `value` at index 1. */
  mint(type: ValueType, value: string): Handle {
    const handle: Handle = { id: this.#allocate(), properties: [{ type, value, index: 1 }] };
    this.#handles.put(handle.id, handle);
    return handle;
  }

  get(id: string): Handle {
    const handle = this.#handles.get(id);
    if (handle === undefined) throw new HandleOperationError(`Handle ${id} does not exist.`);
    return handle;
  }

  /** Every handle id, in minting order. */
  list(): string[] {
    return [...this.#handles.entries()].map(([id]) => id);
  }

  /** Adds a value at the next index after the highest in use. */
  addValue(id: string, type: ValueType, value: string): Handle {
    const handle = this.get(id);
    const index = handle.properties.reduce((max, p) => Math.max(max, p.index), 0) + 1;
    return this.#write(handle, [...handle.properties, { type, value, index }]);
  }

  addValueByIndex(id: string, index: number, type: ValueType, value: string): Handle {
    const handle = this.get(id);
    checkIndex(index);
    if (handle.properties.some((p) => p.index === index)) throw new HandleOperationError(`Handle ${id} already has a value at index ${index}.`);
    return this.#write(handle, [...handle.properties, { type, value, index }].sort((a, b) => a.index - b.index));
  }

  /** Replaces the value at an existing index; the type stays. */
  modifyByIndex(id: string, index: number, value: string): Handle {
    const handle = this.get(id);
    if (!handle.properties.some((p) => p.index === index)) throw new HandleOperationError(`Handle ${id} has no value at index ${index}.`);
    return this.#write(
      handle,
      handle.properties.map((p) => (p.index === index ? { ...p, value } : p)),
    );
  }

  removeByIndex(id: string, index: number): Handle {
    const handle = this.get(id);
    if (!handle.properties.some((p) => p.index === index)) throw new HandleOperationError(`Handle ${id} has no value at index ${index}.`);
    return this.#write(
      handle,
      handle.properties.filter((p) => p.index !== index),
    );
  }

  #write(handle: Handle, properties: HandleProperty[]): Handle {
    const next: Handle = { id: handle.id, properties };
    this.#handles.put(handle.id, next);
    return next;
  }
}

function checkIndex(index: number): void {
  if (!Number.isInteger(index) || index < 1) throw new HandleOperationError(`Index ${index} is not a valid handle index (a positive integer).`);
}

export const HANDLES = defineStore("handle.store", (context) => new HandleStore(context));

/** Where a registry item's handle points: the registry UI's item page (`https://registry.<domain>/item/<id>` upstream). */
export const registryItemUrl = (context: ServiceContext, id: string): string => `${context.origin}/registry/item/${id}`;

/**
 * Mints a registry item id as upstream's registry does: a handle with a placeholder URL, then
 * index 1 pointed at the item's page.
 */
export function mintRegistryHandle(context: ServiceContext): string {
  const handles = context.store(HANDLES);
  const placeholder = `https://www.empty${String(Math.floor(Math.random() * 100000)).padStart(5, "0")}.com`;
  const { id } = handles.mint("URL", placeholder);
  handles.modifyByIndex(id, 1, registryItemUrl(context, id));
  return id;
}
