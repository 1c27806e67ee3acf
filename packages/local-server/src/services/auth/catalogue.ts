// Upstream's AUTHORISATION_MODEL (behaviour.md §1.7): the four components the access report
// describes, in upstream's order, with their display names, levels and intended users.
import type { AccessLevel, ComponentName, IntendedUserType } from "@provena-sdk/models/auth";

export interface CatalogueRole {
  readonly role_name: string;
  readonly role_display_name: string;
  readonly role_level: AccessLevel;
  readonly description: string;
  readonly intended_users: readonly IntendedUserType[];
}

export interface CatalogueComponent {
  readonly component_name: ComponentName;
  readonly component_roles: readonly CatalogueRole[];
}

const ADMINS: readonly IntendedUserType[] = ["ADMINISTRATOR"];
const EVERYONE: readonly IntendedUserType[] = ["GENERAL", "ADMINISTRATOR"];

const role = (role_name: string, role_display_name: string, role_level: AccessLevel, description: string, intended_users = ADMINS): CatalogueRole => ({
  role_name,
  role_display_name,
  role_level,
  description,
  intended_users,
});

export const AUTHORISATION_MODEL: readonly CatalogueComponent[] = [
  {
    component_name: "handle-service",
    component_roles: [
      role("handle-read", "Handle service read only access", "READ", "Allows access to read only functions of the handle service. This enables viewing, retrieving, listing of handles."),
      role("handle-write", "Handle service write access", "WRITE", "Allows access to read and write functions of the handle service. This enables registering, viewing, retrieving, listing of handles."),
      role("handle-admin", "Handle service full admin access", "ADMIN", "Allows full access to the handle service."),
    ],
  },
  {
    component_name: "sys-admin",
    component_roles: [
      role("sys-admin-read", "Sys admin read only access", "READ", "Allows read only access to system admin functions. This includes listing and viewing access requests."),
      role("sys-admin-write", "Sys admin write/read access", "WRITE", "Allows read and write access to system admin functions. This includes listing, viewing, modifying and adding notes to access requests."),
      role("sys-admin-admin", "Sys admin full access", "ADMIN", "Allows complete access to system admin functions. This includes listing, viewing, modifying, deleting and adding notes to access requests."),
    ],
  },
  {
    component_name: "entity-registry",
    component_roles: [
      role("entity-registry-read", "Entity registry read only access", "READ", "Allows read only access to the entity registry - list, view.", EVERYONE),
      role("entity-registry-write", "Entity registry write/read access", "WRITE", "Allows creation and modification of resources in the entity registry.", EVERYONE),
      role("entity-registry-admin", "Entity registry full access", "ADMIN", "Allows all actions against all entity registry resources."),
    ],
  },
  {
    component_name: "job-service",
    component_roles: [
      role("job-service-admin", "Job Service Admin", "ADMIN", "Admin role which enables management of jobs including lodging."),
      role("job-service-write", "Job Service Write", "WRITE", "Allows r/w and lodging of jobs"),
      role("job-service-read", "Job Service Read", "READ", "Allows reading of all user's jobs"),
    ],
  },
];
