import { Icon } from "@/components/ui/icon";
import type { FileDTO } from "@/lib/domain/violations/queries/dto";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";

/** Photos as thumbnails, documents as links; every file is served by /api/files/<id> to authorized users only. */
export function Attachments({ lang, files, kind }: { lang: Lang; files: FileDTO[]; kind: "photos" | "documents" }) {
  const t = getT(lang);
  if (files.length === 0) return <p className="text-sm text-slate-600">{t("violations:files.none")}</p>;
  return (
    <ul className={kind === "photos" ? "grid grid-cols-2 gap-3 sm:grid-cols-3" : "space-y-2"}>
      {files.map((f, i) => (
        <li key={f.id}>
          {kind === "photos" && f.mime.startsWith("image/") ? (
            <a href={`/api/files/${f.id}`} target="_blank" rel="noopener" className="block overflow-hidden rounded-lg border border-sand-200 bg-sand-100 focus-visible:outline-2 focus-visible:outline-brand-600">
              <img src={`/api/files/${f.id}`} alt={t("violations:files.photo", { n: i + 1 })} className="aspect-[4/3] w-full object-cover" loading="lazy" />
            </a>
          ) : (
            <a href={`/api/files/${f.id}`} target="_blank" rel="noopener" className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-sand-200 bg-white px-3 py-2 text-sm font-bold text-brand-700 hover:bg-brand-50">
              <Icon name="log" className="size-4" />
              <span className="break-all" dir="auto">{f.name}</span>
              <span className="sr-only">{t("violations:files.open")}</span>
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
