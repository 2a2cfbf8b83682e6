/**
 * A form clicked before the page has hydrated is submitted by the browser itself. Without `method`, that is a GET:
 * every field — a password, a national ID, a mobile number — lands in the address bar, the history and the
 * access logs. So every <form> in app/ and components/ names its method (or a server action / URL as `action`):
 * the forms the client submits through a server action carry `method="post"` (a POST without an action id is
 * answered by rendering the page again, nothing leaks), and a `method="get"` form is a search form that holds no
 * password. docs/decisions/033-first-load-javascript.md, "Before hydration".
 * And a field shows its default before hydration: registered through components/forms/register.ts (decision 054).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = process.cwd();
function files(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .map((f) => path.join(dir, f).split(path.sep).join("/"))
    .filter((f) => /\.tsx$/.test(f) && !/\.test\.tsx$/.test(f));
}

/** Each `<form …>` opening tag: its offset and attributes (JSX expressions in braces, at any depth, may hold ">"). */
function formTags(source: string): { index: number; attrs: string }[] {
  const tags: { index: number; attrs: string }[] = [];
  for (const m of source.matchAll(/<form\b/g)) {
    let depth = 0;
    let i = m.index + 5;
    for (; i < source.length; i++) {
      const c = source[i];
      if (c === "{") depth++;
      else if (c === "}") depth--;
      else if (c === ">" && depth === 0) break;
    }
    tags.push({ index: m.index, attrs: source.slice(m.index + 5, i) });
  }
  return tags;
}

type Problem = string;
export function formProblems(file: string, source: string): Problem[] {
  const problems: Problem[] = [];
  for (const m of formTags(source)) {
    const attrs = m.attrs;
    const line = source.slice(0, m.index).split("\n").length;
    const method = /\bmethod=["']?(\w+)/.exec(attrs)?.[1]?.toLowerCase();
    if (!method && !/\baction=/.test(attrs)) problems.push(`${file}:${line}: <form> without method or action (a click before hydration sends its fields in the URL)`);
    if (method === "get") {
      // The form's body: up to its closing tag.
      const end = source.indexOf("</form>", m.index);
      const body = source.slice(m.index, end === -1 ? undefined : end);
      if (/type=["']password["']|name=["']password["']/.test(body)) problems.push(`${file}:${line}: a method="get" form holds a password`);
    }
  }
  return problems;
}

describe("forms before hydration", () => {
  it("finds what it guards against (the check itself)", () => {
    expect(formProblems("x.tsx", `<form onSubmit={onSubmit} noValidate className="a">`)).toHaveLength(1);
    expect(formProblems("x.tsx", `<form\n  onSubmit={(e) => { f({ a: 1 }); }}\n  noValidate\n>`)).toHaveLength(1);
    expect(formProblems("x.tsx", `<form method="post" onSubmit={onSubmit}>`)).toEqual([]);
    expect(formProblems("x.tsx", `<form action={formAction} noValidate>`)).toEqual([]);
    expect(formProblems("x.tsx", `<form method="get" role="search"><input name="q" /></form>`)).toEqual([]);
    expect(formProblems("x.tsx", `<form method="get"><input type="password" name="p" /></form>`)).toHaveLength(1);
  });

  it("every <form> in app/ and components/ names its method or action; no GET form holds a password", () => {
    const sources = [...files("app"), ...files("components")];
    let forms = 0;
    const problems: Problem[] = [];
    for (const f of sources) {
      const src = readFileSync(path.join(root, f), "utf8");
      forms += formTags(src).length;
      problems.push(...formProblems(f, src));
    }
    expect(forms).toBeGreaterThan(80);
    expect(problems).toEqual([]);
  });

  it("register fields through components/forms/register.ts, so the server's HTML shows each default (decision 054)", () => {
    // react-hook-form's own register() writes a default only once hydrated: a field registered bare is empty before.
    const sources = [...files("app"), ...files("components")];
    const bare = sources.filter((f) => /\bregister\(/.test(readFileSync(path.join(root, f), "utf8")));
    expect(sources.length).toBeGreaterThan(100);
    expect(bare).toEqual([]);
  });
});
