/**
 * The person's first sign of life on the page: a pointer, key, touch, focus or wheel event anywhere. What the page
 * only needs once someone uses it (a form's schema, decision 042; a form's own code, decision 045) is fetched then,
 * not in the first load. No React and no import here: the deferred forms' wrapper is in every form page's first load.
 */
const FIRST_INTERACTION = ["pointerdown", "pointermove", "keydown", "focusin", "touchstart", "wheel"] as const;

/** Calls `start` once, on the first interaction event anywhere in the page; returns the cleanup. */
export function onFirstInteraction(start: () => void): () => void {
  const handler = () => {
    stop();
    start();
  };
  const stop = () => {
    for (const type of FIRST_INTERACTION) window.removeEventListener(type, handler, { capture: true });
  };
  for (const type of FIRST_INTERACTION) window.addEventListener(type, handler, { capture: true, passive: true });
  return stop;
}
