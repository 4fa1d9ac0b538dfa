import { redirect } from "@remix-run/node";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { companies, contacts, people } from "../../db/schema";
import { authCookies } from "../auth/cookie";
import { findSession, revokeSession } from "../auth/sessions";
import { getDb } from "../db";
import { notFound } from "../http";
import { permissionsOf, type Permission } from "./permissions";

export type Viewer = {
  sessionId: number;
  person: {
    id: number;
    email: string;
    firstName: string;
    lastName: string;
    locale: "ro" | "en";
  };
  company: { id: number; name: string };
  contactId: number;
  permissions: Permission[];
};

export async function sessionOf(request: Request, db: Db = getDb()) {
  const token = await authCookies().session.parse(
    request.headers.get("Cookie"),
  );
  if (typeof token !== "string") return null;
  return findSession(db, token);
}

/**
 * The signed-in contact and the company they entered, checked afresh on
 * every request: a revoked permission or a deactivated company takes
 * effect at once.
 */
export async function getViewer(
  request: Request,
  db: Db = getDb(),
): Promise<Viewer | null> {
  const session = await sessionOf(request, db);
  if (!session?.personId || !session.companyId) return null;

  const row = db
    .select({ person: people, contact: contacts, company: companies })
    .from(contacts)
    .innerJoin(people, eq(people.id, contacts.personId))
    .innerJoin(companies, eq(companies.id, contacts.companyId))
    .where(
      and(
        eq(contacts.personId, session.personId),
        eq(contacts.companyId, session.companyId),
      ),
    )
    .get();
  const permissions = row ? permissionsOf(row.contact) : [];
  const allowed =
    row &&
    row.person.active &&
    row.person.passwordHash &&
    row.contact.portalAccess &&
    row.contact.active &&
    row.company.active &&
    permissions.length > 0;
  if (!allowed) {
    revokeSession(db, session.id);
    return null;
  }

  const { person, company } = row;
  return {
    sessionId: session.id,
    person: {
      id: person.id,
      email: person.email,
      firstName: person.firstName,
      lastName: person.lastName,
      locale: person.locale,
    },
    company: { id: company.id, name: company.name },
    contactId: row.contact.id,
    permissions,
  };
}

/** The signed-in contact, or a redirect to the sign-in page. */
export async function requireContact(request: Request, db: Db = getDb()) {
  const viewer = await getViewer(request, db);
  if (viewer) return viewer;

  const session = await sessionOf(request, db);
  if (session?.personId && !session.companyId) {
    throw redirect("/authentication/choose");
  }
  const { pathname, search } = new URL(request.url);
  const next = new URLSearchParams({ next: pathname + search });
  throw redirect(`/authentication/login?${next}`);
}

/**
 * The contact, when they hold the permission. Without it the section answers
 * exactly like a page that does not exist.
 */
export async function requirePermission(
  request: Request,
  permission: Permission,
  db: Db = getDb(),
) {
  const viewer = await requireContact(request, db);
  if (!viewer.permissions.includes(permission)) notFound();
  return viewer;
}
