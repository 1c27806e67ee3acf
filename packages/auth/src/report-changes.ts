// Building the "desired" access report a change request sends: the current report with some
// roles granted and some revoked. Pure, so callers can preview a request before sending it.
import { ProvenaError } from "@provena-sdk/http-core";
import type { AccessReport } from "./models.js";

/** Roles to add to and remove from an access report (see {@link withRoleChanges}). */
export interface RoleChanges {
  /** Realm role names to ask for, e.g. `"sys-admin-read"`. */
  readonly grant?: readonly string[];
  /** Realm role names to give up. */
  readonly revoke?: readonly string[];
}

/** A role named in `changes` that the report does not list (the server would answer 500). */
export class UnknownRoleError extends ProvenaError {
  static override readonly brand: string = "UnknownRoleError";
  /** The role name that is not in the report. */
  readonly role: string;

  constructor(role: string, known: readonly string[]) {
    super(`The access report has no role "${role}"; known roles: ${known.join(", ")}.`);
    this.role = role;
  }
}

/**
 * A copy of `report` with `access_granted` set for the roles in `changes.grant` and cleared for
 * those in `changes.revoke`: the `desired` report {@link AccessClient.requestChange} takes.
 * @throws {@link UnknownRoleError} when a role named in `changes` is not in the report.
 */
export function withRoleChanges(report: AccessReport, changes: RoleChanges): AccessReport {
  const grant = new Set(changes.grant ?? []);
  const revoke = new Set(changes.revoke ?? []);
  const known = new Set(report.components.flatMap((c) => c.component_roles.map((r) => r.role_name)));
  for (const role of [...grant, ...revoke]) {
    if (!known.has(role)) throw new UnknownRoleError(role, [...known]);
  }
  return {
    components: report.components.map((component) => ({
      ...component,
      component_roles: component.component_roles.map((role) => ({
        ...role,
        access_granted: grant.has(role.role_name) ? true : revoke.has(role.role_name) ? false : role.access_granted,
      })),
    })),
  };
}
