"use client";

import { useState } from "react";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { useHydrated } from "@/components/ui/use-hydrated";
import kiosksMessages from "@/lib/i18n/bundles/kiosks";

/**
 * The kiosk's on-screen keyboard (issue 14): Arabic and English letters, a number pad, and on the setup screen a device
 * key's characters (digits, small and capital letters, "_" and "-"; the technician has no other keyboard), every key a real
 * <button> at least 64 px high (touch targets ≥ 48 px), no library (decision: kiosk-channel). A physical keyboard
 * keeps working: the field stays a normal input. The keys are disabled until hydrated: the setup screen's keyboard is in
 * the server's HTML, and a key touched before its code is alive would be lost without a sign.
 */
const AR = ["ض ص ث ق ف غ ع ه خ ح ج", "ش س ي ب ل ا ت ن م ك ط", "ئ ء ؤ ر ى ة و ز ظ د ذ"];
const EN = ["q w e r t y u i o p", "a s d f g h j k l", "z x c v b n m . -"];
const DIGITS = ["1 2 3", "4 5 6", "7 8 9"];
/** A device key (`kio_<code>_<base64url>`): digits, both cases of the Latin letters, "_" and "-"; no space. */
const KEY = ["1 2 3 4 5 6 7 8 9 0", "q w e r t y u i o p", "a s d f g h j k l", "z x c v b n m _ -"];

export type KeyboardLayout = "ar" | "en" | "digits" | "key";

export const KioskKeyboard = withT(function KioskKeyboard({ layout, onKey, onBackspace, onLayout }: { layout: KeyboardLayout; onKey: (k: string) => void; onBackspace: () => void; onLayout?: (l: KeyboardLayout) => void }) {
  const { t } = useT(kiosksMessages);
  const hydrated = useHydrated();
  const [capitals, setCapitals] = useState(false);
  const key = "min-h-16 min-w-16 rounded-xl border-2 border-sand-300 bg-white px-2 text-3xl font-bold text-brand-900 shadow-sm active:bg-brand-100 disabled:opacity-60";
  if (layout === "digits") {
    return (
      <div className="mx-auto grid max-w-md grid-cols-3 gap-3" role="group" aria-label={t("kiosks:keyboard.numbers")} data-testid="kiosk-numpad">
        {DIGITS.flatMap((row) => row.split(" ")).map((d) => (
          <button disabled={!hydrated} key={d} type="button" className={`${key} min-h-20`} onClick={() => onKey(d)}>{d}</button>
        ))}
        <button disabled={!hydrated} type="button" className={`${key} min-h-20 text-xl`} onClick={onBackspace} aria-label={t("kiosks:keyboard.backspace")}>⌫</button>
        <button disabled={!hydrated} type="button" className={`${key} min-h-20`} onClick={() => onKey("0")}>0</button>
        <span aria-hidden="true" />
      </div>
    );
  }
  const rows = layout === "ar" ? AR : layout === "key" ? KEY : EN;
  const upper = layout === "key" && capitals;
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-2" role="group" aria-label={t("kiosks:keyboard.letters")} data-testid="kiosk-keyboard" dir={layout === "ar" ? "rtl" : "ltr"}>
      {rows.map((row) => (
        <div key={row} className="flex justify-center gap-2">
          {row.split(" ").map((k) => (upper ? k.toUpperCase() : k)).map((k) => (
            <button disabled={!hydrated} key={k} type="button" className={key} onClick={() => onKey(k)}>{k}</button>
          ))}
        </div>
      ))}
      <div className="flex justify-center gap-2">
        {onLayout && (
          <button disabled={!hydrated} type="button" className={`${key} px-4 text-xl`} onClick={() => onLayout(layout === "ar" ? "en" : "ar")}>
            {layout === "ar" ? "ABC" : "أبج"}
          </button>
        )}
        {layout === "key" ? (
          <button disabled={!hydrated} type="button" className={`${key} w-72 text-xl aria-pressed:border-brand-700 aria-pressed:bg-brand-100`} aria-pressed={capitals} onClick={() => setCapitals((c) => !c)}>
            ⇧ {t("kiosks:keyboard.shift")}
          </button>
        ) : (
          <button disabled={!hydrated} type="button" className={`${key} w-96 text-xl`} onClick={() => onKey(" ")}>{t("kiosks:keyboard.space")}</button>
        )}
        <button disabled={!hydrated} type="button" className={`${key} px-4 text-xl`} onClick={onBackspace} aria-label={t("kiosks:keyboard.backspace")}>⌫</button>
      </div>
    </div>
  );
});
