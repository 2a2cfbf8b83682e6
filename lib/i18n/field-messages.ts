import arValidation from "@/locales/ar/validation.json";

const SPECIFIC: Record<string, string> = arValidation.requiredField;

/**
 * «هذا الحقل مطلوب» becomes the field's own request («أدخل رقم الهوية») when the dictionaries have one for the
 * field's name (validation:requiredField.<name>, issue 17 item 10). Other messages pass through unchanged.
 * Nested names (staff.0.nationalId) use their last part.
 */
export function fieldMessage(name: string, message: string | undefined): string | undefined {
  if (message !== "validation:required") return message;
  const leaf = name.split(".").pop() ?? name;
  return Object.hasOwn(SPECIFIC, leaf) ? `validation:requiredField.${leaf}` : message;
}
