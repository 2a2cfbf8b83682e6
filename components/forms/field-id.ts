/** "field-note", or "field-resolve-note" with prefix "resolve". Dots in names become dashes. Pure: server and browser. */
export function fieldId(name: string, prefix = ""): string {
  return `field-${prefix ? `${prefix}-` : ""}${name.replace(/[^\w-]/g, "-")}`;
}
