export const PERMISSIONS = [
  "invoices",
  "estimates",
  "proposals",
  "contracts",
  "projects",
  "tickets",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

type PermissionColumns = {
  permInvoices: boolean;
  permEstimates: boolean;
  permProposals: boolean;
  permContracts: boolean;
  permProjects: boolean;
  permTickets: boolean;
};

export function permissionsOf(contact: PermissionColumns): Permission[] {
  const granted: Record<Permission, boolean> = {
    invoices: contact.permInvoices,
    estimates: contact.permEstimates,
    proposals: contact.permProposals,
    contracts: contact.permContracts,
    projects: contact.permProjects,
    tickets: contact.permTickets,
  };
  return PERMISSIONS.filter((permission) => granted[permission]);
}

export function hasAnyPermission(contact: PermissionColumns) {
  return permissionsOf(contact).length > 0;
}
