import { describe, expect, it } from "vitest";
import { redact } from "./secrets.ts";
import { withoutUrlCredentials } from "./url-credentials.ts";

describe("withoutUrlCredentials", () => {
  it("moves user:password@ into a basic-auth header and hides the password from then on", () => {
    const { url, headers } = withoutUrlCredentials("https://ci:s3cr%40t-pw@mlflow.example.com:5000/path?q=1");
    expect(url).toBe("https://mlflow.example.com:5000/path?q=1");
    expect(headers).toEqual({ authorization: `Basic ${Buffer.from("ci:s3cr@t-pw").toString("base64")}` });
    expect(redact("login with s3cr@t-pw failed")).not.toContain("s3cr@t-pw");
  });

  it("leaves a URL without credentials, and text that is no URL, as they are", () => {
    expect(withoutUrlCredentials("http://127.0.0.1:8080/health")).toEqual({
      url: "http://127.0.0.1:8080/health",
      headers: {},
    });
    expect(withoutUrlCredentials("not a url")).toEqual({ url: "not a url", headers: {} });
  });
});
