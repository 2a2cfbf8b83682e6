"use client";

import { createContext, useContext, type ReactNode } from "react";
import { fieldId } from "@/components/forms/field-id";

export { fieldId };

/**
 * Stable field ids, derived from the field's name (not useId): the error summary links to `#<id>`, a
 * test or a support person can name a field, and the id is the same on the server and in the browser.
 * A page with several forms that share field names wraps each in <FieldIdScope prefix="…">.
 */
const Prefix = createContext("");

export function FieldIdScope({ prefix, children }: { prefix: string; children: ReactNode }) {
  return <Prefix.Provider value={prefix}>{children}</Prefix.Provider>;
}

export function useFieldId(name: string): string {
  return fieldId(name, useContext(Prefix));
}
