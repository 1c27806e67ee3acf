// Import modes of `/groups/admin/import` and `restore_from_table` (upstream's admin helpers):
// each mode validates the old and new id sets, then (unless trial mode) writes, and reports
// the same statistics whether or not it wrote.
import type { GroupsImportStatistics, ImportMode } from "@provena-sdk/models/auth";

export type RawGroup = Readonly<Record<string, unknown>> & { readonly id: string };
export type Failure = [string, Record<string, unknown>];

interface Plan {
  readonly failures: Failure[];
  readonly statistics: GroupsImportStatistics;
  /** Ids to write (from the new items) and to delete (from the old). */
  readonly write: readonly string[];
  readonly remove: readonly string[];
}

const minus = (a: ReadonlySet<string>, b: ReadonlySet<string>): string[] => [...a].filter((x) => !b.has(x));
const both = (a: ReadonlySet<string>, b: ReadonlySet<string>): string[] => [...a].filter((x) => b.has(x));

export function planImport(mode: ImportMode, old: ReadonlyMap<string, RawGroup>, incoming: ReadonlyMap<string, RawGroup>, allowDeletion: boolean): Plan {
  const oldIds = new Set(old.keys());
  const newIds = new Set(incoming.keys());
  const added = minus(newIds, oldIds);
  const overlap = both(oldIds, newIds);
  const dropped = minus(oldIds, newIds);
  const item = (map: ReadonlyMap<string, RawGroup>, id: string) => ({ ...map.get(id) }) as Record<string, unknown>;
  const failures: Failure[] = [];
  const union = new Set([...oldIds, ...newIds]).size;
  const stats = (new_size: number, deleted_entries: number, overwritten_entries: number, new_entries: number): GroupsImportStatistics => ({
    old_size: oldIds.size,
    new_size,
    deleted_entries,
    overwritten_entries,
    new_entries,
  });
  const write = [...newIds];
  switch (mode) {
    case "ADD_ONLY":
      for (const id of overlap) failures.push([`Overlapping item on add only mode ${id}`, item(incoming, id)]);
      return { failures, statistics: stats(oldIds.size + newIds.size, 0, 0, newIds.size), write, remove: [] };
    case "ADD_OR_OVERWRITE":
      return { failures, statistics: stats(union, 0, overlap.length, added.length), write, remove: [] };
    case "OVERWRITE_ONLY":
      for (const id of added) failures.push([`Item ${id} does not already exist`, item(incoming, id)]);
      return { failures, statistics: stats(oldIds.size, 0, newIds.size, 0), write, remove: [] };
    case "SYNC_ADD_OR_OVERWRITE":
      for (const id of dropped) failures.push([`Item ${id} currently exists but not provided in update`, item(old, id)]);
      return { failures, statistics: stats(union, 0, overlap.length, added.length), write, remove: [] };
    case "SYNC_DELETION_ALLOWED":
      if (!allowDeletion) for (const id of dropped) failures.push([`Item ${id} will be deleted but deletion not explicitly enabled`, item(old, id)]);
      return { failures, statistics: stats(newIds.size, dropped.length, overlap.length, added.length), write, remove: dropped };
    default:
      // Unreachable after request validation (the enum is strict); kept for the type.
      return { failures: [[`Import mode ${mode} was missing a validator function...`, {}]], statistics: stats(oldIds.size, 0, 0, 0), write: [], remove: [] };
  }
}
