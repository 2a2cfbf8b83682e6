/**
 * The zod the portal uses, as named re-exports: `import * as z from "@/lib/zod"` (or `{ z }` from
 * lib/validation.ts) then reads like plain zod. Why not `import { z } from "zod"`: that namespace object holds
 * everything zod exports, its 50-odd locale message packs included, and a bundler cannot drop what an object
 * it hands around might read — about 50 kB compressed on every page. Named re-exports can be dropped one by one.
 * Our messages are our own keys anyway (lib/i18n/zod-messages.ts). Decision 033.
 * Need another zod function? Add it here (tests/unit/habits.test.ts refuses a value import of "zod" elsewhere).
 *
 * Whatever imports zod imports this module, so the configuration below is in force wherever a schema parses, in
 * the browser as on the server: our message keys, and no JIT (zod would probe for eval with `Function("")`, which
 * the Content-Security-Policy refuses and reports in the browser; the interpreted parser runs there anyway,
 * decision 013).
 */
import { config } from "zod";
import { issueToKey, type Issue } from "@/lib/i18n/zod-messages";

config({ customError: (issue) => issueToKey(issue as unknown as Issue), jitless: true });

export {
  array,
  boolean,
  coerce,
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
