import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "../components/error-page";
import { Sidebar } from "../components/sidebar";
import { getDb, placesOf, requireContact } from "../lib/session.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireContact(request);
  const places = placesOf(getDb(), viewer.person.id).open;
  return {
    name: `${viewer.person.firstName} ${viewer.person.lastName}`,
    company: viewer.company.name,
    permissions: viewer.permissions,
    canSwitch: places.length > 1,
  };
}

export default function ClientLayout() {
  const sidebar = useLoaderData<typeof loader>();
  return (
    <div className="portal">
      <Sidebar {...sidebar} />
      <main id="main" className="content">
        <Outlet />
      </main>
    </div>
  );
}

export function ErrorBoundary() {
  return (
    <main id="main" className="content page-plain">
      <ErrorPage />
    </main>
  );
}
