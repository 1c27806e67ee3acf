// The item roles a subtype offers, as `auth/roles` describes them. `also_grants` is
// documentation only upstream (checks never expand it), and so it is here.
import type { DescribedRole } from "@provena-sdk/models/registry";

const DESCRIBED: Readonly<Record<string, DescribedRole>> = {
  "metadata-read": {
    role_display_name: "Metadata Read",
    role_name: "metadata-read",
    description: "Allows the user to view the registry item's metadata.",
    also_grants: [],
  },
  "metadata-write": {
    role_display_name: "Metadata Write",
    role_name: "metadata-write",
    description: "Allows the user to update the registry item's metadata.",
    also_grants: ["metadata-read"],
  },
  "dataset-data-read": {
    role_display_name: "Dataset Data Read",
    role_name: "dataset-data-read",
    description: "Allows the user to read the dataset's files in the data store.",
    also_grants: ["metadata-read"],
  },
  "dataset-data-write": {
    role_display_name: "Dataset Data Write",
    role_name: "dataset-data-write",
    description: "Allows the user to write the dataset's files in the data store.",
    also_grants: ["metadata-read", "dataset-data-read"],
  },
  admin: {
    role_display_name: "Admin",
    role_name: "admin",
    description: "Gives full control of the item: every other role, locking, versioning and access settings.",
    also_grants: ["metadata-read", "metadata-write", "dataset-data-read", "dataset-data-write"],
  },
};

export function describedRoles(available: readonly string[]): DescribedRole[] {
  return available.map((role) => {
    const described = DESCRIBED[role] ?? { role_display_name: role, role_name: role, description: role, also_grants: [] };
    return { ...described, also_grants: described.also_grants.filter((granted) => available.includes(granted)) };
  });
}
