import { ConfigError } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { renderTemplate } from "./manifest-template.ts";

const vars = { name: "churn-canary", port: 8080 };

describe("renderTemplate", () => {
  it("fills the data's own names", () => {
    expect(renderTemplate("name: {{ name }}\nport: {{port}}\n", "t.yaml", vars)).toBe(
      "name: churn-canary\nport: 8080\n",
    );
  });

  it.each(["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "nmae"])(
    "refuses {{ %s }}, located at the placeholder",
    (name) => {
      let error: unknown;
      try {
        renderTemplate(`kind: Service\nmetadata:\n  name: x-{{ ${name} }}\n`, "svc.yaml", vars);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect(error).toMatchObject({
        message: `unknown template variable "${name}"`,
        location: { file: "svc.yaml", line: 3, column: 11 },
        hint: "available: name, port",
      });
    },
  );
});
