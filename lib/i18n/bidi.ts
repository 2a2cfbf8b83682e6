/**
 * Bidirectional text: identifiers (bill numbers, references, license numbers, mobiles, codes, national IDs)
 * inside Arabic sentences. Pure; the React side is components/ui/ltr.tsx (docs/decisions/028-bidi-copy-wording.md).
 *
 * Why: in a right-to-left paragraph, a run like "0009 9900 13" is three left-to-right numbers separated by
 * neutral spaces, and the bidi algorithm lays the three out right to left ("13 9900 0009"). Isolating the
 * whole value as one left-to-right unit keeps its digits in order wherever the sentence puts it.
 */

/** LEFT-TO-RIGHT ISOLATE and POP DIRECTIONAL ISOLATE: the plain-text form of <bdi dir="ltr"> (SMS, CSV-free text). */
export const LRI = "\u2066";
export const PDI = "\u2069";
/** Every directional formatting character (embeddings, overrides, isolates, marks). */
const BIDI_CONTROLS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

const STRONG_RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const HAS_DIGIT_OR_LATIN = /[0-9A-Za-z]/;

/** A value that reads left to right: it has digits or Latin letters and no Arabic/Hebrew letter. */
export function looksLtr(value: string): boolean {
  return HAS_DIGIT_OR_LATIN.test(value) && !STRONG_RTL.test(value);
}

/** Wraps a value in LRI … PDI (once: a value already isolated is returned as is). */
export function isolateLtr(value: string | number): string {
  const s = String(value);
  if (s.startsWith(LRI) && s.endsWith(PDI)) return s;
  return `${LRI}${s}${PDI}`;
}

/**
 * Interpolation values for a plain-text right-to-left sentence (an SMS): every left-to-right value that the bidi
 * algorithm could reorder is isolated — one with spaces or separators between its parts ("0009 9900 13",
 * "050 123 4567", "B-1042", a link). A value of letters and digits only ("C10000012", "123456", "350.00") is one
 * run already and stays as it is, so codes and counts read the same (plural nesting needs the bare number).
 */
export function isolateParams<P extends Record<string, string | number>>(params: P): P {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) out[k] = typeof v === "string" && needsIsolation(v) ? isolateLtr(v) : v;
  return out as P;
}

/** A left-to-right value with parts the bidi algorithm may lay out right to left (see isolateParams). */
export function needsIsolation(value: string): boolean {
  return looksLtr(value) && /[^0-9A-Za-z.,]/.test(value);
}

/** The text without directional formatting characters (to compare or to search what a person typed). */
export function stripBidiControls(value: string): string {
  return value.replace(BIDI_CONTROLS, "");
}

/**
 * Markers for values put into a translated sentence that React will render: private-use characters that no
 * dictionary or value contains. `splitMarked` cuts the translated sentence back into text and value slots.
 */
const OPEN = "\ue000";
const CLOSE = "\ue001";
const MARKED = /\ue000(\d+)\ue001/g;

export function marker(index: number): string {
  return `${OPEN}${index}${CLOSE}`;
}

export type SentencePart = { text: string } | { slot: number };

/** "أدخل رقم الفاتورة <0> ثم…" → [{text:"أدخل رقم الفاتورة "}, {slot:0}, {text:" ثم…"}]. */
export function splitMarked(sentence: string): SentencePart[] {
  const parts: SentencePart[] = [];
  let last = 0;
  for (const m of sentence.matchAll(MARKED)) {
    if (m.index > last) parts.push({ text: sentence.slice(last, m.index) });
    parts.push({ slot: Number(m[1]) });
    last = m.index + m[0].length;
  }
  if (last < sentence.length) parts.push({ text: sentence.slice(last) });
  return parts;
}

/** One left-to-right token (a number, a code, a Latin word): starts and ends with a letter or digit. */
const LTR_TOKEN = String.raw`[0-9A-Za-z+](?:[0-9A-Za-z\-/.:_@]*[0-9A-Za-z])?`;
/** Tokens joined by single spaces ("1000 0012 37", "Google Authenticator") form one run. */
const LTR_RUN = new RegExp(`${LTR_TOKEN}(?: ${LTR_TOKEN})*`, "g");

export type RunPart = { text: string; ltr: boolean };

/**
 * Cuts a right-to-left sentence into its text and its left-to-right runs, so each run can be isolated
 * («مثل 1000 0012 37.» keeps the number in order). A sentence without a right-to-left letter is one part.
 */
export function splitLtrRuns(sentence: string): RunPart[] {
  if (!STRONG_RTL.test(sentence)) return [{ text: sentence, ltr: false }];
  const parts: RunPart[] = [];
  let last = 0;
  for (const m of sentence.matchAll(LTR_RUN)) {
    if (m.index > last) parts.push({ text: sentence.slice(last, m.index), ltr: false });
    parts.push({ text: m[0], ltr: true });
    last = m.index + m[0].length;
  }
  if (last < sentence.length) parts.push({ text: sentence.slice(last), ltr: false });
  return parts;
}

/** The plain-text form of splitLtrRuns: every left-to-right run of a right-to-left sentence in LRI … PDI. */
export function isolateLtrRuns(sentence: string): string {
  return splitLtrRuns(sentence).map((p) => (p.ltr ? isolateLtr(p.text) : p.text)).join("");
}
