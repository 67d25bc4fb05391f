import { afterEach, describe, expect, it } from "vitest";
import { type MlflowEmulator, startMlflowEmulator } from "../../../test/emulators/mlflow-api.ts";
import { ALIAS_TAG_PREFIX, createMlflowClient } from "./mlflow-client.ts";

let emu: MlflowEmulator | undefined;
afterEach(() => emu?.close());

describe("MLflow registry client over REST", () => {
  it("registers versions, waits for READY, and moves an alias (which demotes the previous version)", async () => {
    emu = await startMlflowEmulator();
    const mlflow = createMlflowClient({ trackingUri: emu.url, token: "t" });
    await mlflow.ensureModel("churn");
    await mlflow.ensureModel("churn");
    const v1 = await mlflow.createVersion("churn", "s3://models/churn/1", { tags: { digest: "sha256:aa" } });
    const v2 = await mlflow.createVersion("churn", "s3://models/churn/2");
    expect([v1.version, v2.version, v1.status]).toEqual(["1", "2", "READY"]);
    expect(v1.tags).toEqual({ digest: "sha256:aa" });
    expect(await mlflow.getAlias("churn", "champion")).toBeUndefined();
    await mlflow.setAlias("churn", "champion", "1");
    await mlflow.setAlias("churn", "champion", "2");
    expect(await mlflow.getAlias("churn", "champion")).toMatchObject({ version: "2", aliases: ["champion"] });
    expect((await mlflow.getVersion("churn", "1")).aliases).toEqual([]);
    expect((await mlflow.searchVersions("churn")).map((v) => v.version)).toEqual(["1", "2"]);
    const create = emu.requests.find((r) => r.path.endsWith("model-versions/create"));
    expect(create?.body).toMatchObject({ name: "churn", source: "s3://models/churn/1" });
  });

  it("falls back to a model tag where the alias endpoints answer 404", async () => {
    emu = await startMlflowEmulator({ aliases: false });
    const mlflow = createMlflowClient({ trackingUri: emu.url });
    await mlflow.ensureModel("churn");
    await mlflow.createVersion("churn", "s3://models/churn/1");
    await mlflow.setAlias("churn", "champion", "1");
    expect(emu.models.get("churn")?.tags.get(`${ALIAS_TAG_PREFIX}champion`)).toBe("1");
    expect((await mlflow.getAlias("churn", "champion"))?.version).toBe("1");
    expect(await mlflow.getAlias("churn", "staging")).toBeUndefined();
  });

  it("turns MLflow errors into messages with the error code", async () => {
    emu = await startMlflowEmulator();
    const mlflow = createMlflowClient({ trackingUri: emu.url });
    await expect(mlflow.getVersion("nope", "1")).rejects.toThrow(/RESOURCE_DOES_NOT_EXIST/);
    await expect(
      createMlflowClient({ trackingUri: "http://127.0.0.1:1", backoffMs: 1 }).searchVersions("x"),
    ).rejects.toMatchObject({ hint: expect.stringContaining("reachable") });
  });

  it("retries 429, 5xx, dropped connections and timeouts with backoff, honouring Retry-After", async () => {
    emu = await startMlflowEmulator();
    const mlflow = createMlflowClient({ trackingUri: emu.url, backoffMs: 1, requestTimeoutMs: 200 });
    await mlflow.ensureModel("churn");
    emu.fail("model-versions/search", { answer: 503, retryAfter: "1" });
    emu.fail("model-versions/search", { answer: 429, retryAfter: "0" });
    emu.fail("model-versions/search", { answer: "reset" });
    emu.fail("model-versions/search", { answer: "hang" });
    const started = Date.now();
    expect(await mlflow.searchVersions("churn")).toEqual([]);
    // One second asked for by the 503, the 200 ms timeout of the unanswered request, the rest backoff.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1200);
    expect(emu.requests.filter((r) => r.path.endsWith("model-versions/search"))).toHaveLength(5);

    // A registered-models/create applied but answered 502 is retried into RESOURCE_ALREADY_EXISTS: fine.
    emu.fail("registered-models/create", { answer: 502, applied: true });
    await mlflow.ensureModel("fraud");
    expect([...emu.models.keys()]).toEqual(["churn", "fraud"]);
  });

  it("gives up after the last attempt and never retries other client errors", async () => {
    emu = await startMlflowEmulator();
    const mlflow = createMlflowClient({ trackingUri: emu.url, backoffMs: 1, attempts: 3 });
    emu.fail("registered-models/get", { answer: 500 }, 3);
    await expect(mlflow.getAliases("churn")).rejects.toMatchObject({
      message: expect.stringContaining("registered-models/get: 500"),
      hint: "the MLflow server failed; rerun later",
    });
    expect(emu.requests).toHaveLength(3);
    await mlflow.ensureModel("churn");
    await mlflow.createVersion("churn", "s3://m/1");
    emu.requests.length = 0;
    await expect(mlflow.getVersion("churn", "2")).rejects.toThrow(/RESOURCE_DOES_NOT_EXIST/);
    await expect(mlflow.setVersionTag("churn", "1", "k", "x".repeat(5001))).rejects.toThrow(
      /INVALID_PARAMETER_VALUE/,
    );
    expect(emu.requests).toHaveLength(2);
  });
});
