import clsx from "clsx";
import { Fragment, type ReactNode } from "react";
import type { TFunction } from "i18next";
import { marker, splitLtrRuns, splitMarked } from "@/lib/i18n/bidi";
import type { T } from "@/lib/i18n/core";

/**
 * The one way to show an identifier (bill number, reference, license number, mobile, code, national ID) inside
 * Arabic or English text: an isolated left-to-right run (<bdi dir="ltr">) that keeps its digits in order and
 * does not reorder the words around it. It sits at the text's start edge like any other word.
 */
export function Ltr({ children, className, testId }: { children: ReactNode; className?: string; testId?: string }) {
  return (
    <bdi dir="ltr" className={clsx("tabular-nums", className)} data-testid={testId} data-ltr="">
      {children}
    </bdi>
  );
}

/** Text a person wrote (a complaint, an SMS body, a note): its own direction, whatever the page's language. */
export function UserText({ children, className, testId, as = "p" }: { children: ReactNode; className?: string; testId?: string; as?: "p" | "span" | "div" }) {
  const Tag = as;
  return (
    <Tag dir="auto" className={clsx("text-start", className)} data-testid={testId}>
      {children}
    </Tag>
  );
}

type Translate = (key: string, options?: Record<string, unknown>) => string;
// The sentence's key is checked by i18next at run time (like translateMessage in lib/i18n/core.ts).
type AnyT = T | TFunction;

/**
 * A translated sentence whose values are identifiers: each value is rendered inside <Ltr>, so
 * «أدخل رقم الفاتورة 0009 9900 13» keeps the number in reading order. `values` maps a placeholder
 * to its text; `className` styles the value elements.
 */
export function LtrSentence({ t, k, values, className, testId }: { t: AnyT; k: string; values: Record<string, string>; className?: string; testId?: string }) {
  const names = Object.keys(values);
  const sentence = (t as unknown as Translate)(k, Object.fromEntries(names.map((n, i) => [n, marker(i)])));
  return (
    <>
      {splitMarked(sentence).map((part, i) =>
        "text" in part ? (
          <Fragment key={i}>{part.text}</Fragment>
        ) : (
          <Ltr key={i} className={className} testId={testId}>
            {values[names[part.slot] as string]}
          </Ltr>
        ),
      )}
    </>
  );
}

/**
 * A translated sentence shown as is, with each left-to-right run (an example number, a code) isolated: the
 * form kit's hints and errors use it, so «مثل 1000 0012 37» reads in order. Its text content is unchanged.
 */
export function BidiText({ text }: { text: string }) {
  return (
    <>
      {splitLtrRuns(text).map((p, i) => (p.ltr ? <bdi key={i} dir="ltr">{p.text}</bdi> : <Fragment key={i}>{p.text}</Fragment>))}
    </>
  );
}
