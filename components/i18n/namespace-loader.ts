import type { i18n } from "i18next";
import type { BundledNamespace } from "@/lib/i18n/namespaces";

/** How a language's provider fetches one namespace: a dynamic import, so each is a chunk of its own (decision 037). */
export type NamespaceLoaders = Record<BundledNamespace, () => Promise<{ default?: object }>>;

type LoaderState = { loaders: NamespaceLoaders; loads: Map<BundledNamespace, Promise<void> | "failed"> };

// Kept ON the instance under a registered symbol, not in a module-level map: the bundler may copy a small module
// into several chunks (scope hoisting), and each copy would have a map of its own.
const STATE = Symbol.for("amanah.i18n.namespaceLoaders");
type WithState = i18n & { [STATE]?: LoaderState };

/** Called once per language instance by its provider (components/i18n/language-provider.tsx). */
export function registerLoaders(instance: i18n, loaders: NamespaceLoaders): void {
  (instance as WithState)[STATE] = { loaders, loads: new Map() };
}

/**
 * Loads one namespace into the instance, once: the same promise for every caller while it loads. Null when it
 * cannot be loaded (no loader, or an earlier attempt failed): the caller shows the key as it is, and does not wait.
 */
export function loadNamespace(instance: i18n, ns: BundledNamespace): Promise<void> | null {
  const state = (instance as WithState)[STATE];
  const loader = state?.loaders[ns];
  if (!state || !loader) return null;
  const known = state.loads.get(ns);
  if (known === "failed") return null;
  if (known) return known;
  const p = loader().then(
    (m) => {
      // A JSON module's namespace object: its `default` is the JSON (bundlers also spread its top-level keys).
      instance.addResourceBundle(instance.language, ns, m.default ?? m, true, true);
    },
    () => {
      state.loads.set(ns, "failed");
    },
  );
  state.loads.set(ns, p);
  return p;
}
