import Link from "next/link";
import { PlainField } from "@/components/forms/plain-field";
import { PlainSelect } from "@/components/forms/plain-select";
import type { FilterOptionsDTO } from "@/lib/domain/complaints/queries/staff";
import { QUEUE_STATUS_FILTERS, type QueueFilters } from "@/lib/domain/complaints/staff-schemas";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";
import { localName, localText } from "@/lib/kernel/locale";

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
          <PlainSelect name="status" idPrefix={idPrefix} label={t("complaintsStaff:filters.status")} defaultValue={filters.status} options={QUEUE_STATUS_FILTERS.map((s) => ({ value: s, label: t(`complaintsStaff:status.${s}`) }))} />
        )}
        <PlainSelect name="category" idPrefix={idPrefix} label={t("complaintsStaff:filters.category")} defaultValue={filters.categoryId} placeholder={t("complaintsStaff:filters.all")}>
          {groups.map((g) => (
            <optgroup key={g} label={g}>
              {options.categories
                .filter((c) => (localText(lang, c, "group")) === g)
                .map((c) => (
                  <option key={c.id} value={c.id}>{localName(lang, c)}</option>
                ))}
            </optgroup>
          ))}
        </PlainSelect>
        <PlainSelect name="department" idPrefix={idPrefix} label={t("complaintsStaff:filters.department")} defaultValue={filters.departmentId} placeholder={t("complaintsStaff:filters.all")} options={options.departments.map((d) => ({ value: d.id, label: localName(lang, d) }))} />
        <PlainSelect name="municipality" idPrefix={idPrefix} label={t("complaintsStaff:filters.municipality")} defaultValue={filters.municipalityId} placeholder={t("complaintsStaff:filters.all")} options={options.municipalities.map((m) => ({ value: m.id, label: localName(lang, m) }))} />
        <PlainField name="q" idPrefix={idPrefix} label={t("complaintsStaff:filters.q")} defaultValue={filters.q} dir="ltr" autoComplete="off" inputMode="text" />
        <div className="flex flex-col justify-end gap-2">
          <label className="flex min-h-11 cursor-pointer items-center gap-2 text-sm font-bold text-slate-800">
            <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue} className="size-4 accent-brand-600" />
            {t("complaintsStaff:filters.overdue")}
          </label>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button type="submit" className="min-h-11 rounded-lg bg-brand-600 px-5 text-sm font-bold text-white hover:bg-brand-700">{t("complaintsStaff:filters.apply")}</button>
        <Link href={action} className="inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-bold text-brand-700 hover:bg-brand-50">{t("complaintsStaff:filters.reset")}</Link>
      </div>
    </form>
  );
}
