/**
 * Every dictionary of both languages, for the server (pages, actions, SMS templates, jobs) and the tests. The
 * browser never imports this file: each language's client provider imports its own half (decision 033).
 * A test fails when a key exists in one language and not the other (lib/i18n/dictionaries.test.ts).
 */
import { ar } from "@/lib/i18n/resources-ar";
import { en } from "@/lib/i18n/resources-en";

export { NAMESPACES, type Namespace } from "@/lib/i18n/namespaces";

export const resources = { ar, en } as const;
