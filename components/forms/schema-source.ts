"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useState } from "react";
import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";
import { onFirstInteraction } from "@/components/forms/first-interaction";

/**
 * A form's shared zod schema, or a function that imports it: `() => import("@/lib/domain/x/schemas").then((m) => m.ZX)`.
 * With a function, zod and the schema (≈ 35 kB compressed) are not in the page's first load: they are fetched on the
 * person's first touch, key or focus anywhere on the page, long before the first blur validates (decision 042).
 * The resolver waits for them if they are not there yet, so validation is the same either way.
 */
export type SchemaSource<S extends z.ZodType> = S | (() => Promise<S>);

export type LoadedSchema<S extends z.ZodType> = {
  /** Starts loading the schema (once); resolves to it. */
  load(): Promise<S>;
  /** react-hook-form's resolver over the schema, waiting for it when needed. */
  resolver: Resolver<FieldValues>;
};

export function loadedSchema<S extends z.ZodType>(source: SchemaSource<S>): LoadedSchema<S> {
  let loading: Promise<S> | undefined = typeof source === "function" ? undefined : Promise.resolve(source);
  let resolve: Resolver<FieldValues> | undefined;
  const load = () => (loading ??= (source as () => Promise<S>)().catch((err: unknown) => {
    loading = undefined; // a failed chunk load (offline for a moment) is tried again on the next validation
    throw err;
  }));
  return {
    load,
    resolver: async (values, context, options) => {
      // The resolver's generic types cannot follow S through zodResolver's overloads.
      resolve ??= zodResolver((await load()) as never) as unknown as Resolver<FieldValues>;
      return resolve(values, context, options);
    },
  };
}

/**
 * The resolver of a form over `source`, for useForm: a loader starts on the person's first interaction with the
 * page. Used by useActionForm, and by the one form that does not submit to a server action (sign-in).
 */
export function useSchemaResolver<S extends z.ZodType, In extends FieldValues, Out>(source: SchemaSource<S>): Resolver<In, unknown, Out> {
  const [schema] = useState(() => loadedSchema(source));
  useEffect(() => onFirstInteraction(() => void schema.load().catch(() => {})), [schema]);
  return schema.resolver as unknown as Resolver<In, unknown, Out>;
}
