"use client";

import { createContext, lazy, Suspense, useContext, useEffect, useLayoutEffect, useRef, useState, type ComponentType } from "react";
import { InsideDeferredForm } from "@/components/forms/deferred-context";
import { onFirstInteraction } from "@/components/forms/first-interaction";

/**
 * A form whose code arrives on the person's first interaction with the page, not in its first load (decision 045).
 *
 * The server renders the form in full, so the page shows it at once and the fields take typing before its code is
 * there. Its code (the form, react-hook-form, i18next with the form's messages: 45–65 kB compressed) is fetched on
 * the first pointer, key, touch, focus or wheel event anywhere on the page; React then hydrates the form in place.
 * Until then the wrapper, which is small and hydrated with the page, holds what must not get lost:
 * - a press of one of the form's buttons, or a submission, is stopped (the browser would post the form to the page
 *   itself) and done again once the form is alive;
 * - what was typed or chosen stays: react-hook-form takes a text or a select edited before it was ready as its
 *   value, and a choice it resets on hydrating (a radio) is made again.
 * A client-side navigation to the page renders a placeholder for the moment the code takes to arrive.
 *
 *   "use client";
 *   export const TrackForm = deferred(() => import("@/components/complaints/track-form").then((m) => m.TrackForm));
 */
export function deferred<P extends object>(load: () => Promise<ComponentType<P>>, opts: { placeholder?: "form" | "button" } = {}): ComponentType<P> {
  const Alive = lazy(async () => {
    const Form = await loadOnInteraction(load);
    function AliveForm(props: P) {
      const box = useContext(BoxContext);
      // After the form's refs (react-hook-form has registered its fields, and may have reset a radio), in the same
      // commit: the fields are put back before the browser paints or a script reads them.
      useLayoutEffect(() => box?.alive(), [box]);
      return <Form {...props} />;
    }
    return { default: AliveForm };
  });

  function DeferredForm(props: P) {
    const ref = useRef<HTMLDivElement>(null);
    const [box] = useState(() => new HeldPresses());
    useEffect(() => (ref.current ? box.watch(ref.current) : undefined), [box]);
    return (
      <div ref={ref} className="contents">
        <BoxContext.Provider value={box}>
          <InsideDeferredForm.Provider value>
            <Suspense fallback={<Placeholder size={opts.placeholder ?? "form"} />}>
              <Alive {...props} />
            </Suspense>
          </InsideDeferredForm.Provider>
        </BoxContext.Provider>
      </div>
    );
  }
  return DeferredForm;
}

const BoxContext = createContext<HeldPresses | null>(null);

/**
 * What shows while the code is on its way when there is no server HTML to keep: a client-side navigation to the
 * page, or a wizard's next step. Nothing to wait for there: rendering it starts the fetch. (While hydrating, React
 * keeps the server's HTML and never renders this; the wrapper must not re-render then, or React would drop that HTML
 * for this placeholder: "the boundary received an update before it finished hydrating".)
 */
function Placeholder({ size }: { size: "form" | "button" }) {
  if (typeof window !== "undefined") startLoading();
  return <div className={`${size === "form" ? "min-h-48 rounded-xl" : "h-11 w-32 rounded-lg"} animate-pulse border border-sand-200 bg-sand-50`} aria-busy="true" />;
}

let touched = false;
const waiting = new Set<() => void>();
/** Lets every deferred form of the page fetch its code (idempotent). */
function startLoading() {
  touched = true;
  for (const go of waiting) go();
  waiting.clear();
}
if (typeof window !== "undefined") {
  // Listening from the moment this module runs (before hydration): a touch during the page's load counts.
  onFirstInteraction(startLoading);
}

/** On the server at once; in the browser after the first interaction, and again on a later one if the fetch failed. */
async function loadOnInteraction<T>(load: () => Promise<T>): Promise<T> {
  if (typeof window === "undefined") return load();
  if (!touched) await new Promise<void>((go) => waiting.add(go));
  for (;;) {
    try {
      return await load();
    } catch {
      // Offline for a moment: the person's next interaction tries again (a rejected lazy would break the page).
      await new Promise<void>((go) => onFirstInteraction(go));
    }
  }
}

type FieldElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
const isField = (el: Element): el is FieldElement => el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement;
const isCheckable = (el: FieldElement): el is HTMLInputElement => el instanceof HTMLInputElement && (el.type === "radio" || el.type === "checkbox");

/**
 * What happens inside a form that is not alive yet: its presses and submissions, held and done again in order once
 * it is; and the choices made in its fields, put back in the commit that hydrates the form if that reset them
 * (react-hook-form takes a text or a select edited before it was ready as its value, but resets a radio to the
 * form's default).
 */
export class HeldPresses {
  private isAlive = false;
  private held: { target: Element; again: () => void }[] = [];
  private edits = new Map<FieldElement, string | boolean>();
  private stop: (() => void) | undefined;

  /** Holds presses inside `box` until `alive()`; returns the cleanup. */
  watch(box: HTMLElement): () => void {
    if (this.isAlive) return () => {};
    const hold = (event: Event) => {
      const target = event.target;
      if (this.isAlive || !(target instanceof Element) || !box.contains(target)) return;
      // A click on a radio or a checkbox has already changed it when it reaches us; React may hydrate the form within
      // this very click (its code arrived meanwhile) and reset it before any change event: remember it now.
      if (event.type === "input" || event.type === "change" || (event.type === "click" && isField(target) && isCheckable(target))) {
        if (isField(target)) this.remember(target);
        return;
      }
      if (event.type === "submit" && target instanceof HTMLFormElement) {
        const submitter = (event as SubmitEvent).submitter;
        this.keep(event, target, () => target.requestSubmit(submitter instanceof HTMLElement && target.contains(submitter) ? submitter : null));
        return;
      }
      // Only buttons: a checkbox, a radio, a link or a label does what it does natively, and the field keeps it.
      const button = target.closest("button");
      if (event.type === "click" && button && box.contains(button) && !button.disabled) this.keep(event, button, () => button.click());
    };
    // On the window, in the capture phase: before React's own listener, which stops an event aimed at a part of the
    // page it cannot hydrate yet.
    const types = ["click", "submit", "input", "change"] as const;
    for (const type of types) window.addEventListener(type, hold, true);
    this.stop = () => {
      for (const type of types) window.removeEventListener(type, hold, true);
    };
    return () => this.stop?.();
  }

  /** The form is hydrated: stop holding, put back the fields' choices, and do what was held (each press once). */
  alive(): void {
    if (this.isAlive) return;
    this.isAlive = true;
    this.stop?.();
    const held = this.held.splice(0);
    const edits = [...this.edits];
    this.edits.clear();
    for (const [field, value] of edits) if (field.isConnected) restore(field, value);
    // The presses after the commit in progress, once the form's handlers are in place.
    if (held.length > 0) setTimeout(() => held.forEach((h) => h.target.isConnected && h.again()), 0);
  }

  private remember(field: FieldElement) {
    if (field instanceof HTMLInputElement && field.type === "radio") {
      // One choice per group: the last one made.
      for (const other of this.edits.keys()) if (other instanceof HTMLInputElement && other.type === "radio" && other.name === field.name && other.form === field.form) this.edits.delete(other);
    }
    if (field instanceof HTMLInputElement && field.type === "file") return; // a chosen file stays in its input
    this.edits.set(field, isCheckable(field) ? field.checked : field.value);
  }

  private keep(event: Event, target: Element, again: () => void) {
    event.preventDefault();
    event.stopImmediatePropagation();
    // A second press of the same button while waiting (an impatient double tap) is one press.
    if (!this.held.some((h) => h.target === target)) this.held.push({ target, again });
  }
}

/** Puts a field back to what the person chose, through the events React listens to (so the form sees it). */
function restore(field: FieldElement, value: string | boolean) {
  if (isCheckable(field)) {
    if (field.checked !== value) field.click();
    return;
  }
  if (field.value === value) return;
  // The prototype's setter: React tracks the element's own `value` property and would not see a change through it.
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), "value")?.set;
  setter?.call(field, value);
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? "change" : "input", { bubbles: true }));
}
