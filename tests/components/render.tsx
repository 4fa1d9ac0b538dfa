import { createRemixStub } from "@remix-run/testing";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";

/** Renders a component inside a root route that carries the locale. */
export function renderWithLocale(ui: () => ReactNode, locale = "en") {
  const Stub = createRemixStub([
    {
      id: "root",
      path: "/",
      loader: () => ({ locale }),
      Component: ui,
    },
  ]);
  return render(<Stub initialEntries={["/?sort=due&page=2"]} />);
}
