import { useT } from "../lib/i18n";

type Props = { page: number; pages: number; search: string };

function hrefFor(search: string, page: number) {
  const params = new URLSearchParams(search);
  if (page === 1) params.delete("page");
  else params.set("page", String(page));
  const query = params.toString();
  return query ? `?${query}` : "?";
}

// Links around the current page, the first and the last: enough to jump
// without a long row of numbers on a phone.
function pagesToShow(page: number, pages: number) {
  const wanted = new Set([1, pages, page - 1, page, page + 1]);
  return [...wanted].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
}

export function Pagination({ page, pages, search }: Props) {
  const t = useT();
  if (pages <= 1) return null;
  const shown = pagesToShow(page, pages);

  return (
    <nav className="pagination" aria-label={t("common.pagination")}>
      <ul>
        {page > 1 ? (
          <li>
            <a href={hrefFor(search, page - 1)} rel="prev">
              {t("common.previous")}
            </a>
          </li>
        ) : null}
        {shown.map((p, index) => (
          <li key={p}>
            {index > 0 && p - shown[index - 1] > 1 ? (
              <span className="ellipsis">…</span>
            ) : null}
            <a
              href={hrefFor(search, p)}
              aria-current={p === page ? "page" : undefined}
              aria-label={t("common.pageOf", { page: p, pages })}
            >
              {p}
            </a>
          </li>
        ))}
        {page < pages ? (
          <li>
            <a href={hrefFor(search, page + 1)} rel="next">
              {t("common.next")}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
