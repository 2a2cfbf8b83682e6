import { get, type RegisterOptions, type UseFormRegister, type UseFormRegisterReturn } from "react-hook-form";

/**
 * react-hook-form's `register`, with the field's default written into the HTML — the one way a field of the portal is
 * registered (`tests/unit/forms-before-hydration.test.ts` refuses a bare `register(` in a page or component).
 *
 * react-hook-form puts a default into its field only once the form is hydrated, through the field's ref. Until then
 * the server's HTML shows the field empty — and a citizen's form is hydrated on the person's first interaction
 * (decision 045): the profile page opened on a phone showed no mobile and no language chosen until it was touched.
 * The attribute React renders on the server (`defaultValue`, `defaultChecked`) is the same default, so hydration
 * matches and react-hook-form then takes over the field as before.
 */
// Any form's values: the name is a string here (a field of a list, `answers.${key}`, is built at run time).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyForm = { register: UseFormRegister<any>; formState: { defaultValues?: unknown } };

/** A text box, a text area or a select: its default as the control's initial value. */
export function registerField(form: AnyForm, name: string, options?: RegisterOptions): UseFormRegisterReturn & { defaultValue?: string } {
  const initial = textDefault(get(form.formState.defaultValues, name));
  return { ...form.register(name, options), ...(initial === undefined ? {} : { defaultValue: initial }) };
}

/** One radio of a group, or one checkbox of a list (the field's value is the chosen one or an array of them). */
export function registerChoice(form: AnyForm, name: string, value: string, options?: RegisterOptions): UseFormRegisterReturn & { value: string; defaultChecked: boolean } {
  return { ...form.register(name, options), value, defaultChecked: isChosen(get(form.formState.defaultValues, name), value) };
}

/** A single checkbox whose field is true or false (a confirmation). */
export function registerCheck(form: AnyForm, name: string, options?: RegisterOptions): UseFormRegisterReturn & { defaultChecked: boolean } {
  return { ...form.register(name, options), defaultChecked: get(form.formState.defaultValues, name) === true };
}

/** What a text control shows for a default: a string or a number as written; nothing for anything else. */
export function textDefault(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

/** Whether a radio or a checkbox with this value starts checked, for a field's default (one value or a list). */
export function isChosen(value: unknown, choice: string): boolean {
  if (Array.isArray(value)) return value.some((v) => textDefault(v) === choice);
  return textDefault(value) === choice;
}
