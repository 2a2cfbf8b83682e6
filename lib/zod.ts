/**
 * The zod the portal uses, as named re-exports: `import * as z from "@/lib/zod"` (or `{ z }` from
 * lib/validation.ts) then reads like plain zod. Why not `import { z } from "zod"`: that namespace object holds
 * everything zod exports, its 50-odd locale message packs included, and a bundler cannot drop what an object
 * it hands around might read — about 50 kB compressed on every page. Named re-exports can be dropped one by one.
 * Our messages are our own keys anyway (lib/i18n/zod-messages.ts). Decision 033.
 * Need another zod function? Add it here (tests/unit/habits.test.ts refuses a value import of "zod" elsewhere).
 */
export {
  array,
  boolean,
  coerce,
  config,
  custom,
  date,
  discriminatedUnion,
  email,
  enum,
  globalRegistry,
  iso,
  literal,
  NEVER,
  number,
  object,
  preprocess,
  record,
  strictObject,
  string,
  toJSONSchema,
  union,
  unknown,
  ZodError,
  ZodType,
} from "zod";
export type { infer, input, output, RefinementCtx } from "zod";
