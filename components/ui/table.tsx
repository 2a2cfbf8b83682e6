import type { ReactNode } from "react";

/**
 * The one responsive table pattern (issue 17): a table never widens the page; on a narrow screen it scrolls
 * sideways inside its own container. The container is a labelled region in the tab order (role="region",
 * aria-label, tabIndex=0) so a keyboard user can reach it and scroll it with the arrow keys (WCAG 2.1.1,
 * axe "scrollable-region-focusable"). Every <table> in the app sits in one.
 */
export function TableScroll({ label, children, className, testId }: { label: string; children: ReactNode; className?: string; testId?: string }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} data-testid={testId} className={`relative max-w-full min-w-0 overflow-x-auto rounded-xl border border-sand-200 bg-white ${className ?? ""}`}>
      {children}
    </div>
  );
}

/**
 * The narrowest a table may get before it scrolls: 7.5rem a column (40rem at least). A fixed 40rem left a phone's
 * seven-column table 60 px a column, and a title wrapped one word per line; now it scrolls a little further instead.
 */
export const tableMinWidthRem = (columns: number) => Math.max(40, columns * 7.5);

/** A data table in its scroll region; `head` cells with no visible text need a text for screen readers (use SrOnly). */
export function Table({ caption, head, children }: { caption: string; head: ReactNode[]; children: ReactNode }) {
  return (
    <TableScroll label={caption}>
      <table className="w-full text-start text-sm" style={{ minWidth: `${tableMinWidthRem(head.length)}rem` }}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-sand-100 text-slate-700">
          <tr>
            {head.map((h, i) => (
              <th key={i} scope="col" className="px-4 py-3 text-start font-bold">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-sand-100">{children}</tbody>
      </table>
    </TableScroll>
  );
}

/** Text for screen readers only (an action column's header, say). */
export function SrOnly({ children }: { children: ReactNode }) {
  return <span className="sr-only">{children}</span>;
}

export function Td({ children, className }: { children: ReactNode; className?: string }) {
  return <td className={`px-4 py-3 align-top ${className ?? ""}`}>{children}</td>;
}
