import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";

const NUMBERS = [
  { n: "911", key: "complaints:emergency.n911" },
  { n: "998", key: "complaints:emergency.n998" },
  { n: "997", key: "complaints:emergency.n997" },
  { n: "999", key: "complaints:emergency.n999" },
] as const;

/** The complaint form is not for emergencies: says so plainly, with the numbers to call (tap to call). */
export function EmergencyNotice({ lang }: { lang: Lang }) {
  const t = getT(lang);
  return (
    <aside aria-labelledby="emergency-title" data-testid="emergency-notice" className="rounded-xl border-s-4 border border-red-300 bg-red-50 p-4 text-red-950">
      <h2 id="emergency-title" className="font-bold">{t("complaints:emergency.title")}</h2>
      <p className="mt-1 text-sm">{t("complaints:emergency.body")}</p>
      <ul className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-4">
        {NUMBERS.map(({ n, key }) => (
          <li key={n}>
            <a href={`tel:${n}`} className="flex min-h-11 flex-col items-center justify-center rounded-lg bg-white px-2 py-2 text-center ring-1 ring-red-200 hover:bg-red-100 focus-visible:outline-2 focus-visible:outline-red-700">
              <span className="text-xl font-bold tabular-nums" dir="ltr">{n}</span>
              <span className="text-xs">{t(key)}</span>
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm">
        {t("complaints:emergency.n940")}: <a href="tel:940" className="font-bold tabular-nums underline underline-offset-4" dir="ltr">940</a>
      </p>
    </aside>
  );
}
