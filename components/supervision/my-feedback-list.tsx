import { Badge } from "@/components/ui/badge";
import { DateText } from "@/components/ui/date-text";
import type { T } from "@/lib/i18n/core";
import type { Lang } from "@/lib/i18n/settings";
import { localName } from "@/lib/kernel/locale";

type Item = { id: string; number: string; kind: string; status: string; subject: string; body: string; answer: string | null; createdAt: Date; office: { nameAr: string; nameEn: string } | null };

export function MyFeedbackList({ t, lang, items }: { t: T; lang: Lang; items: Item[] }) {
  if (items.length === 0) return <p className="text-slate-600">{t("supervision:feedback.none")}</p>;
  return (
    <ul className="space-y-3">
      {items.map((f) => (
        <li key={f.id} data-testid="my-feedback" className="rounded-lg border border-sand-200 p-4">
          <div className="flex flex-wrap items-center gap-2">
            <bdi dir="ltr" className="font-bold tabular-nums">{f.number}</bdi>
            <Badge tone={f.kind === "COMPLAINT" ? "red" : "blue"}>{t(`supervision:feedbackKind.${f.kind as "COMPLAINT"}`)}</Badge>
            <Badge tone={f.status === "OPEN" ? "amber" : "green"}>{t(`supervision:feedbackStatus.${f.status as "OPEN"}`)}</Badge>
            <span className="ms-auto text-sm"><DateText date={f.createdAt} lang={lang} /></span>
          </div>
          <p className="mt-1 font-bold">{f.subject}</p>
          <p className="text-sm text-slate-600">{f.office ? localName(lang, f.office) : t("supervision:feedback.general")}</p>
          {f.answer && <p className="mt-2 rounded-lg bg-brand-50 p-3 text-sm"><span className="font-bold">{t("supervision:fields.answer")}: </span>{f.answer}</p>}
        </li>
      ))}
    </ul>
  );
}
