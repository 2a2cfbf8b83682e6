"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { Icon } from "@/components/ui/icon";
import type { IconName } from "@/components/shells/nav";

export type ShellNavLink = { href: string; label: string; icon: IconName };

/**
 * The item for the page one is on: the longest item path that the current path starts with, so
 * /staff/complaints/map marks "map" and not also "complaints", and /my/licenses/L123 marks "licenses".
 * The audience's home (the first item: /ar/my, /ar/office …) is marked only on itself: a page no item
 * names is not "home".
 */
export function currentHref(pathname: string, hrefs: readonly string[]): string | null {
  const home = hrefs[0];
  const hits = hrefs.filter((h) => pathname === h || (h !== home && pathname.startsWith(`${h}/`)));
  return hits.sort((a, b) => b.length - a.length)[0] ?? null;
}

/**
 * An audience's navigation with "you are here" (aria-current="page" and a visible mark): a side column on
 * wide screens; on a phone, a disclosure that names the current page and opens the whole list as a column
 * (a scrolling strip cut labels off and hid most items).
 * Its links do not prefetch: a staff sidebar holds up to 24, and each in view would cost the server two requests on
 * every page load (docs/decisions/047-shell-links-without-prefetch.md).
 */
export function ShellNav({ label, menuLabel, links }: { label: string; menuLabel: string; links: ShellNavLink[] }) {
  const pathname = usePathname() ?? "";
  const current = currentHref(pathname, links.map((l) => l.href));
  const currentLabel = links.find((l) => l.href === current)?.label;
  const list = (
    <ul className="flex flex-col gap-1">
      {links.map((item) => {
        const here = item.href === current;
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              prefetch={false}
              aria-current={here ? "page" : undefined}
              className={
                "flex min-h-11 items-center gap-2 rounded-lg border-s-4 px-3 py-2 text-sm font-bold " +
                (here ? "border-brand-600 bg-brand-50 text-brand-900" : "border-transparent text-slate-700 hover:bg-brand-50 hover:text-brand-800")
              }
            >
              <Icon name={item.icon} />
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
  return (
    <nav aria-label={label} className="print:hidden mb-6 lg:mb-0">
      <details className="rounded-lg border border-slate-200 bg-white lg:hidden">
        <summary className="flex min-h-11 list-none cursor-pointer items-center justify-between gap-2 px-3 py-2 text-sm font-bold text-slate-800">
          <span>
            {menuLabel}
            {currentLabel ? <span className="font-normal text-slate-600"> · {currentLabel}</span> : null}
          </span>
          {/* The disclosure's own marker is gone with display:flex: a chevron that turns when open. */}
          <svg viewBox="0 0 24 24" className="size-5 shrink-0 transition-transform [details[open]_&]:rotate-180" aria-hidden="true">
            <path d="m6 9 6 6 6-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        </summary>
        <div className="border-t border-slate-200 p-2">{list}</div>
      </details>
      <div className="hidden lg:block">
        <p className="mb-2 text-xs font-bold uppercase tracking-wide text-slate-600">{label}</p>
        {list}
      </div>
    </nav>
  );
}
