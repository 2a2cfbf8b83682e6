import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";

/** Previous / next links that keep the current filters. */
/** `totalIsLowerBound`: the list counted only up to `total` (a capped count): the summary says "more than". */
export function Pagination({
  lang,
  page,
  pageSize,
  total,
  basePath,
  query,
  totalIsLowerBound = false,
  param = "page",
  label,
}: {
  lang: Lang;
  page: number;
  pageSize: number;
  total: number;
  basePath: string;
  query: Record<string, string | undefined>;
  totalIsLowerBound?: boolean;
  /** The query parameter that carries the page number: a second list on the same page needs its own. */
  param?: string;
  /** The navigation's name when the page has more than one list (each landmark needs its own). */
  label?: string;
}) {
  const t = getT(lang);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => {
    const params = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => !!e[1]));
    params.set(param, String(p));
    return `${basePath}?${params.toString()}`;
  };
  return (
    <nav aria-label={label ?? t("common:pagination.label")} className="mt-4 flex items-center justify-between gap-3 text-sm">
      <p className="text-slate-600">{totalIsLowerBound ? t("common:pagination.summaryAtLeast", { page, total }) : t("common:pagination.summary", { page, pages, total })}</p>
      <div className="flex gap-2">
        {page > 1 ? <Link className="rounded-lg border border-sand-200 bg-white px-3 py-2 hover:bg-sand-100" href={href(page - 1)}>{t("common:pagination.previous")}</Link> : null}
        {page < pages ? <Link className="rounded-lg border border-sand-200 bg-white px-3 py-2 hover:bg-sand-100" href={href(page + 1)}>{t("common:pagination.next")}</Link> : null}
      </div>
    </nav>
  );
}
