import Link from "next/link";
import type { FilterOptionsDTO } from "@/lib/domain/complaints/queries/staff";
import { QUEUE_STATUS_FILTERS, type QueueFilters } from "@/lib/domain/complaints/staff-schemas";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";
import { localName, localText } from "@/lib/kernel/locale";

const selectClass = "min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base font-normal";

/** The queue's filters as a plain GET form (works without JavaScript; the URL is shareable). */
export function QueueFilterForm({ lang, filters, options, action, withStatus = true, idPrefix = "filter" }: { lang: Lang; filters: QueueFilters; options: FilterOptionsDTO; action: string; withStatus?: boolean; idPrefix?: string }) {
  const t = getT(lang);
  const groups = [...new Set(options.categories.map((c) => (localText(lang, c, "group"))))];
  return (
    // Keyed by the filters: after a client-side navigation (e.g. "clear filters") the uncontrolled fields
    // show the new values instead of keeping the old DOM state.
    <form key={JSON.stringify(filters)} method="get" action={action} role="search" aria-label={t("complaintsStaff:filters.legend")} className="mb-6 rounded-xl border border-sand-200 bg-white p-4 shadow-sm">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-6">
        {withStatus && (
          <div className="flex flex-col gap-1">
            <label htmlFor={`${idPrefix}-status`} className="text-sm font-semibold text-slate-800">{t("complaintsStaff:filters.status")}</label>
            <select id={`${idPrefix}-status`} name="status" defaultValue={filters.status} className={selectClass}>
              {QUEUE_STATUS_FILTERS.map((s) => (
                <option key={s} value={s}>{t(`complaintsStaff:status.${s}`)}</option>
              ))}
            </select>
          </div>
        )}
        <div className="flex flex-col gap-1">
          <label htmlFor={`${idPrefix}-category`} className="text-sm font-semibold text-slate-800">{t("complaintsStaff:filters.category")}</label>
          <select id={`${idPrefix}-category`} name="category" defaultValue={filters.categoryId} className={selectClass}>
            <option value="">{t("complaintsStaff:filters.all")}</option>
            {groups.map((g) => (
              <optgroup key={g} label={g}>
                {options.categories
                  .filter((c) => (localText(lang, c, "group")) === g)
                  .map((c) => (
                    <option key={c.id} value={c.id}>{localName(lang, c)}</option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${idPrefix}-department`} className="text-sm font-semibold text-slate-800">{t("complaintsStaff:filters.department")}</label>
          <select id={`${idPrefix}-department`} name="department" defaultValue={filters.departmentId} className={selectClass}>
            <option value="">{t("complaintsStaff:filters.all")}</option>
            {options.departments.map((d) => (
              <option key={d.id} value={d.id}>{localName(lang, d)}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${idPrefix}-municipality`} className="text-sm font-semibold text-slate-800">{t("complaintsStaff:filters.municipality")}</label>
          <select id={`${idPrefix}-municipality`} name="municipality" defaultValue={filters.municipalityId} className={selectClass}>
            <option value="">{t("complaintsStaff:filters.all")}</option>
            {options.municipalities.map((m) => (
              <option key={m.id} value={m.id}>{localName(lang, m)}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${idPrefix}-q`} className="text-sm font-semibold text-slate-800">{t("complaintsStaff:filters.q")}</label>
          <input id={`${idPrefix}-q`} name="q" defaultValue={filters.q} dir="ltr" autoComplete="off" inputMode="text" className={`${selectClass} text-start`} />
        </div>
        <div className="flex flex-col justify-end gap-2">
          <label className="flex min-h-11 cursor-pointer items-center gap-2 text-sm font-semibold text-slate-800">
            <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue} className="size-4 accent-brand-600" />
            {t("complaintsStaff:filters.overdue")}
          </label>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button type="submit" className="min-h-11 rounded-lg bg-brand-600 px-5 text-sm font-semibold text-white hover:bg-brand-700">{t("complaintsStaff:filters.apply")}</button>
        <Link href={action} className="inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-semibold text-brand-700 hover:bg-brand-50">{t("complaintsStaff:filters.reset")}</Link>
      </div>
    </form>
  );
}
