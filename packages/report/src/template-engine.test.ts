import Handlebars from "handlebars";
import { describe, expect, it } from "vitest";
import { htmlTemplate, markdownTemplate } from "./template-engine.ts";
import { precompileForTest } from "./templates/precompile.ts";

const compileMarkdownTemplate = <Context>(source: string) =>
  markdownTemplate<Context>(precompileForTest(source));
const compileHtmlTemplate = <Context>(source: string) => htmlTemplate<Context>(precompileForTest(source));

describe("compileMarkdownTemplate", () => {
  it("escapes {{…}} for Markdown and inserts {{{…}}} as built", () => {
    const render = compileMarkdownTemplate<{ text: string; fragment: string }>(
      "| {{text}} | {{{fragment}}} |",
    );
    expect(render({ text: "a|b @me <i>", fragment: "**bold**" })).toBe(
      "| a&#124;b @&#8203;me &lt;i&gt; | **bold** |",
    );
  });

  it("escapes inside blocks and loops too", () => {
    const render = compileMarkdownTemplate<{ rows: string[] }>("{{#each rows}}- {{this}}\n{{/each}}");
    expect(render({ rows: ["*a*", "`b`"] })).toBe("- &#42;a&#42;\n- &#96;b&#96;\n");
  });

  it("throws on a field missing from the context instead of rendering nothing", () => {
    expect(() => compileMarkdownTemplate<object>("{{missing}}")({})).toThrow(/"missing" not defined/);
    const nested = compileMarkdownTemplate<{ rows: object[] }>("{{#each rows}}{{name}}{{/each}}");
    expect(() => nested({ rows: [{ title: "x" }] })).toThrow(/"name" not defined/);
    for (const helper of ["if", "unless", "each", "with"]) {
      const template = compileMarkdownTemplate<object>(`{{#${helper} missing}}x{{/${helper}}}`);
      expect(() => template({}), helper).toThrow(
        `{{#${helper}}} refers to a field that is not defined - 1:0`,
      );
    }
  });

  it("renders null fields as nothing when they exist", () => {
    expect(compileMarkdownTemplate<{ x: null }>("[{{x}}]")({ x: null })).toBe("[]");
  });
});

describe("compileHtmlTemplate", () => {
  it("escapes {{…}} for HTML, leaving Markdown characters alone", () => {
    const render = compileHtmlTemplate<{ text: string }>('<p title="{{text}}">{{text}}</p>');
    expect(render({ text: `"><script>*x*` })).toBe(
      '<p title="&quot;&gt;&lt;script&gt;*x*">&quot;&gt;&lt;script&gt;*x*</p>',
    );
  });

  it("throws on a missing field", () => {
    expect(() => compileHtmlTemplate<object>("<p>{{missing.deep}}</p>")({})).toThrow(/not defined/);
  });
});

describe("engine isolation", () => {
  it("leaves the shared Handlebars environment as it was", () => {
    compileMarkdownTemplate<{ x: string }>("{{x}}")({ x: "*" });
    expect(Handlebars.compile("{{x}}")({ x: "<*>" })).toBe("&lt;*&gt;");
    expect(Handlebars.compile("{{#if missing}}x{{/if}}")({})).toBe("");
  });
});

describe("precompiled report templates", () => {
  it("are fresh (run `npm run templates` after editing templates/markdown.ts or templates/html.ts)", async () => {
    const { readFile } = await import("node:fs/promises");
    const { precompiledModule } = await import("./templates/precompile.ts");
    const committed = await readFile(new URL("./templates/precompiled.ts", import.meta.url), "utf8");
    expect(committed === precompiledModule()).toBe(true);
  });
});
