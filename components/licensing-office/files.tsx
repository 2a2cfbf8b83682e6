import { Icon } from "@/components/ui/icon";
import type { FileDTO } from "@/lib/domain/licensing/queries/office-application";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";

const PURPOSES = ["LEASE", "CR_COPY", "SHOP_PHOTO", "INSPECTION_PHOTO"] as const;
const purposeKey = (p: string | null) => ((PURPOSES as readonly string[]).includes(p ?? "") ? (p as (typeof PURPOSES)[number]) : "OTHER");

/** An application's documents (by purpose) and photos, each served by /api/files/<id> to authorized readers only. */
export function ApplicationFiles({ lang, files, photos = false }: { lang: Lang; files: FileDTO[]; photos?: boolean }) {
  const t = getT(lang);
  if (photos) {
    return (
      <ul className="grid grid-cols-3 gap-2 sm:grid-cols-4">
        {files.map((f, i) => (
          <li key={f.id}>
            <a href={`/api/files/${f.id}`} target="_blank" rel="noopener" className="block overflow-hidden rounded-lg border border-sand-200 bg-sand-100 focus-visible:outline-2 focus-visible:outline-brand-600">
              <img src={`/api/files/${f.id}`} alt={t("licensingOffice:detail.photoAlt", { n: i + 1 })} className="aspect-[4/3] w-full object-cover" loading="lazy" />
            </a>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul className="space-y-2" data-testid="documents">
      {files.map((f) => (
        <li key={f.id} className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-sand-200 px-3 py-2">
          <span className="text-sm font-bold text-slate-700">{t(`licensingOffice:detail.purpose.${purposeKey(f.purpose)}`)}</span>
          <a href={`/api/files/${f.id}`} target="_blank" rel="noopener" className="inline-flex min-h-11 min-w-0 items-center gap-2 rounded-lg px-2 text-sm font-bold text-brand-700 hover:bg-brand-50">
            <Icon name="log" className="size-4 shrink-0" />
            <span className="break-all" dir="auto">{f.name}</span>
            <span className="sr-only">{t("licensingOffice:detail.openFile")}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
