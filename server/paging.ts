export const PER_PAGE = 25;

/** Pages needed for `total` rows; an empty list still has page 1. */
export function pageCount(total: number, perPage = PER_PAGE) {
  return Math.max(1, Math.ceil(total / perPage));
}

/**
 * The page asked for in `?page=`, or null when it is not a whole number of
 * at least 1 (the caller redirects to a real page).
 */
export function pageParam(search: URLSearchParams) {
  const raw = search.get("page");
  if (raw === null) return 1;
  return /^[1-9]\d{0,6}$/.test(raw) ? Number(raw) : null;
}
