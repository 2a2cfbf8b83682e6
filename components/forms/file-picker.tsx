"use client";

import { useRef, useState } from "react";
import { useFormContext } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { useFieldId } from "@/components/forms/ids";
import { Icon } from "@/components/ui/icon";
import type { ComponentProps, ReactNode } from "react";
import { translateMessage } from "@/lib/i18n/core";
import { MAX_BYTES, type UploadKind } from "@/lib/kernel/validate-upload";

/**
 * Files chosen one at a time (a phone's camera or its gallery), listed with a remove button each. The
 * files live outside react-hook-form (the form's action adds them to the request); the picker checks
 * type, size and count at once, and shows the server's error for `name` (e.g. a file refused by its
 * bytes). The server checks everything again (lib/kernel/uploads.ts).
 */
export const FilePicker = withT(function FilePicker(props: {
  name: string;
  legend: string;
  hint?: ReactNode;
  files: File[];
  onChange: (files: File[]) => void;
  max: number;
  kind?: UploadKind;
  accept?: string;
  capture?: "environment" | "user";
  addLabel: string;
  icon?: ComponentProps<typeof Icon>["name"];
  /** Exact MIME types accepted (checked at once); by default any image for photos. */
  types?: string[];
  removeLabel: string;
  /** Message key shown when one more file than `max` is chosen. */
  tooManyKey: string;
  testIds?: { input?: string; list?: string; item?: string; error?: string; itemError?: string };
  /** The server's error for the file at position i (its own field name, e.g. `photo0`), shown on it. */
  itemError?: (i: number) => string | undefined;
  /** Said after an item's error (e.g. "replace it"). */
  itemErrorSuffix?: string;
  /** More error names cleared when the list changes (the per-file ones). */
  clearNames?: string[];
}) {
  const { t } = useT();
  const { formState, clearErrors } = useFormContext();
  const id = useFieldId(props.name);
  const input = useRef<HTMLInputElement>(null);
  const [clientError, setClientError] = useState<string | undefined>();
  const kind = props.kind ?? "photo";
  const error = clientError ?? (formState.errors[props.name]?.message as string | undefined);
  const ids = { input: "photo-input", list: "photo-list", item: "photo-item", error: "photo-error", itemError: "photo-item-error", ...props.testIds };

  function clear() {
    setClientError(undefined);
    clearErrors([props.name, ...(props.clearNames ?? [])] as never);
  }

  function add(list: FileList | null) {
    clear();
    const file = list?.[0];
    if (input.current) input.current.value = "";
    if (!file) return;
    if (props.files.length >= props.max) return setClientError(props.tooManyKey);
    const typeOk = props.types ? props.types.includes(file.type) : kind !== "photo" || file.type.startsWith("image/");
    if (!typeOk) return setClientError(kind === "photo" ? "validation:fileTypePhoto" : "validation:fileTypeDocument");
    if (file.size > MAX_BYTES[kind]) return setClientError(`validation:fileTooLarge?maxMb=${MAX_BYTES[kind] / 1024 / 1024}`);
    props.onChange([...props.files, file]);
  }

  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-bold text-slate-800">{props.legend}</legend>
      {props.hint && <p id={`${id}-hint`} className="text-xs text-slate-600">{props.hint}</p>}
      {props.files.length > 0 && (
        <ul className="space-y-2" data-testid={ids.list}>
          {props.files.map((f, i) => {
            const itemError = props.itemError?.(i);
            return (
              <li key={`${f.name}-${i}`} data-testid={ids.item} className={`rounded-lg border px-3 py-2 text-sm ${itemError ? "border-red-400 bg-red-50" : "border-sand-200 bg-sand-50"}`}>
                <div className="flex items-center justify-between gap-2">
                  <span className="min-w-0 truncate" dir="auto">{f.name}</span>
                  <button
                    type="button"
                    className="min-h-11 shrink-0 rounded-lg px-3 font-bold text-red-700 hover:bg-red-50"
                    onClick={() => {
                      clear();
                      props.onChange(props.files.filter((_, j) => j !== i));
                    }}
                  >
                    {props.removeLabel}
                    <span className="sr-only"> {f.name}</span>
                  </button>
                </div>
                {itemError && (
                  <p className="text-sm font-bold text-red-700" data-testid={ids.itemError}>
                    {translateMessage(t, itemError)} {props.itemErrorSuffix}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {props.files.length < props.max && (
        <label className="flex min-h-12 cursor-pointer items-center justify-center gap-2 rounded-lg border-2 border-dashed border-brand-600/50 bg-brand-50/50 px-4 py-3 font-bold text-brand-700 hover:bg-brand-50 focus-within:outline-2 focus-within:outline-brand-600">
          <Icon name={props.icon ?? "camera"} />
          {props.addLabel}
          <input
            ref={input}
            id={id}
            type="file"
            accept={props.accept ?? props.types?.join(",") ?? (kind === "photo" ? "image/*" : "application/pdf,image/*")}
            capture={props.capture}
            aria-describedby={[props.hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined}
            data-testid={ids.input}
            className="sr-only"
            onChange={(ev) => add(ev.currentTarget.files)}
          />
        </label>
      )}
      {error && <p id={`${id}-error`} className="text-sm font-bold text-red-700" data-testid={ids.error}>{translateMessage(t, error)}</p>}
    </fieldset>
  );
});
