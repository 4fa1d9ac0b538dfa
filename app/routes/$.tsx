import { ErrorPage } from "../components/error-page";

// Unknown addresses match here, so the root loader runs and the 404 page
// speaks the visitor's language.
export async function loader() {
  throw new Response("Not Found", { status: 404 });
}

export default function NotFound() {
  return null;
}

export function ErrorBoundary() {
  return (
    <main id="main" className="page-plain">
      <ErrorPage />
    </main>
  );
}
