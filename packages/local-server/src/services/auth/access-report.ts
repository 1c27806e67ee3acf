// Access reports: what the token's realm roles grant against the catalogue, the difference
// between a desired report and the current one, and applying such a difference to a role set.
import type { AccessReport, ReportAuthorisationComponent, ReportComponentRole } from "@provena-sdk/models/auth";
import { AUTHORISATION_MODEL } from "./catalogue.js";

/** A role's catalogue fields (a report role or a catalogue entry). */
type RoleFields = Omit<ReportComponentRole, "access_granted" | "intended_users"> & { readonly intended_users: readonly ReportComponentRole["intended_users"][number][] };

/** A report holding only the catalogue models' fields (what pydantic would serialise). */
function projectReport<R extends RoleFields>(components: readonly { component_name: ReportAuthorisationComponent["component_name"]; component_roles: readonly R[] }[], granted: (role: R) => boolean): AccessReport {
  return {
    components: components.map((component) => ({
      component_name: component.component_name,
      component_roles: component.component_roles.map((role) => ({
        role_name: role.role_name,
        role_display_name: role.role_display_name,
        role_level: role.role_level,
        description: role.description,
        intended_users: [...role.intended_users],
        access_granted: granted(role),
      })),
    })),
  };
}

export function reportFor(roles: readonly string[]): AccessReport {
  const held = new Set(roles);
  return projectReport(AUTHORISATION_MODEL, (role) => held.has(role.role_name));
}

/** `report` without any keys beyond the models' fields, so stored JSON is what pydantic would write. */
export const canonicalReport = (report: AccessReport): AccessReport => projectReport(report.components, (role) => role.access_granted);

/** A desired report named a component or role the catalogue does not have (upstream: a 500). */
export class UnknownCatalogueEntryError extends Error {}

/** Only the components and roles whose `access_granted` differs, in the desired report's order. */
export function reportDifference(current: AccessReport, desired: AccessReport): AccessReport {
  const components: ReportAuthorisationComponent[] = [];
  for (const wanted of desired.components) {
    const existing = current.components.find((c) => c.component_name === wanted.component_name);
    if (existing === undefined) throw new UnknownCatalogueEntryError(`Component ${wanted.component_name} is in desired access but is not a valid component.`);
    const changed: ReportComponentRole[] = [];
    for (const role of wanted.component_roles) {
      const now = existing.component_roles.find((r) => r.role_name === role.role_name);
      if (now === undefined) throw new UnknownCatalogueEntryError(`Role name ${role.role_name} in component ${wanted.component_name} does not exist.`);
      if (now.access_granted !== role.access_granted) changed.push(role);
    }
    if (changed.length > 0) components.push({ component_name: wanted.component_name, component_roles: changed });
  }
  return { components };
}

/** The role set after granting (`access_granted: true`) and revoking (`false`) a difference. */
export function applyDifference(roles: readonly string[], difference: AccessReport): string[] {
  const next = new Set(roles);
  for (const component of difference.components) {
    for (const role of component.component_roles) {
      if (role.access_granted) next.add(role.role_name);
      else next.delete(role.role_name);
    }
  }
  return [...next];
}
