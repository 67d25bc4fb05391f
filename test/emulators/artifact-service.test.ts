import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { DefaultArtifactClient } from "@actions/artifact";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type ArtifactService, startArtifactService } from "./artifact-service.ts";

let service: ArtifactService;
let workspace: string;

beforeAll(async () => {
  service = await startArtifactService();
  workspace = await mkdtemp(path.join(tmpdir(), "artifact-test-"));
  // The client reads these at call time.
  vi.stubEnv("ACTIONS_RUNTIME_TOKEN", service.runtimeToken);
  vi.stubEnv("ACTIONS_RESULTS_URL", service.url);
  vi.stubEnv("GITHUB_WORKSPACE", workspace);
  vi.stubEnv("GITHUB_SERVER_URL", "https://github.com");
  // The client prints workflow commands (::warning::, ::add-mask::) that a runner executing this suite
  // would act on; keep them out of the log.
  vi.spyOn(process.stdout, "write").mockImplementation(() => true);
});
afterAll(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  await service.close();
  await rm(workspace, { recursive: true, force: true });
});

const twirp = (method: string, body: unknown, token = service.runtimeToken) =>
  fetch(new URL(`/twirp/github.actions.results.api.v1.ArtifactService/${method}`, service.url), {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });

function backendIds(): { workflow_run_backend_id: string; workflow_job_run_backend_id: string } {
  const claims = JSON.parse(Buffer.from(service.runtimeToken.split(".")[1]!, "base64url").toString());
  const [, run, job] = (claims.scp as string)
    .split(" ")
    .find((s) => s.startsWith("Actions.Results:"))!
    .split(":");
  return { workflow_run_backend_id: run!, workflow_job_run_backend_id: job! };
}

describe("artifact service with the real @actions/artifact client", () => {
  it("uploads two files as a zip, lists the artifact and downloads identical bytes", async () => {
    const source = path.join(workspace, "results");
    await mkdir(path.join(source, "nested"), { recursive: true });
    const report = Buffer.from(JSON.stringify({ status: "pass", metrics: { accuracy: 0.91 } }));
    const predictions = Buffer.from(Array.from({ length: 20_000 }, (_, i) => `${i},${i % 2}\n`).join(""));
    await writeFile(path.join(source, "report.json"), report);
    await writeFile(path.join(source, "nested", "predictions.csv"), predictions);

    const client = new DefaultArtifactClient();
    const uploaded = await client.uploadArtifact(
      "mlops-report",
      [path.join(source, "report.json"), path.join(source, "nested", "predictions.csv")],
      source,
    );
    expect(uploaded.id).toBeGreaterThan(0);
    const stored = service.artifacts().find((a) => a.name === "mlops-report")!;
    expect(stored).toMatchObject({ finalized: true, size: uploaded.size, hash: `sha256:${uploaded.digest}` });
    expect(stored.data.subarray(0, 2).toString()).toBe("PK");

    const { artifacts } = await client.listArtifacts();
    expect(artifacts).toMatchObject([{ name: "mlops-report", id: uploaded.id, size: uploaded.size }]);

    const target = path.join(workspace, "downloaded");
    const downloaded = await client.downloadArtifact(uploaded.id!, {
      path: target,
      expectedHash: `sha256:${uploaded.digest}`,
    });
    expect(downloaded.digestMismatch).toBe(false);
    expect(await readFile(path.join(target, "report.json"))).toEqual(report);
    expect(await readFile(path.join(target, "nested", "predictions.csv"))).toEqual(predictions);
  });

  it("keeps a raw (unzipped) upload's content type and file name on download", async () => {
    const file = path.join(workspace, "summary.html");
    await writeFile(file, "<h1>report</h1>");
    const client = new DefaultArtifactClient();
    const uploaded = await client.uploadArtifact("summary.html", [file], workspace, { skipArchive: true });
    const target = path.join(workspace, "raw-download");
    await client.downloadArtifact(uploaded.id!, { path: target });
    expect(await readFile(path.join(target, "summary.html"), "utf8")).toBe("<h1>report</h1>");
  });

  it("refuses a second artifact with the same name and deletes by name", async () => {
    const file = path.join(workspace, "dup.txt");
    await writeFile(file, "x");
    const client = new DefaultArtifactClient();
    await client.uploadArtifact("dup", [file], workspace);
    await expect(client.uploadArtifact("dup", [file], workspace)).rejects.toThrow(/already exists/);
    const { id } = await client.deleteArtifact("dup");
    expect(service.artifacts().some((a) => String(a.id) === String(id))).toBe(false);
  });
});

describe("artifact service protocol details", () => {
  it("rejects a runtime token it did not issue, with a Twirp error", async () => {
    const response = await twirp("ListArtifacts", backendIds(), "forged.token.value");
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: "unauthenticated" });
    expect((await twirp("NoSuchMethod", {})).status).toBe(404);
  });

  it("accepts a single-shot block blob upload", async () => {
    const ids = backendIds();
    const response = await twirp("CreateArtifact", { ...ids, name: "single", version: 7 });
    const created = (await response.json()) as { signed_upload_url: string };
    const put = await fetch(created.signed_upload_url, {
      method: "PUT",
      headers: { "x-ms-blob-type": "BlockBlob", "content-type": "application/zip" },
      body: "PK-single",
    });
    expect(put.status).toBe(201);
    const finalized = await (await twirp("FinalizeArtifact", { ...ids, name: "single", size: "9" })).json();
    expect(finalized).toMatchObject({ ok: true });
    expect(
      service
        .artifacts()
        .find((a) => a.name === "single")
        ?.data.toString(),
    ).toBe("PK-single");
    const unsigned = await fetch(created.signed_upload_url.replace(/sig=\w+/, "sig=wrong"), {
      method: "PUT",
      body: "x",
    });
    expect(unsigned.status).toBe(403);
  });

  it("shares the fault injector with the other emulators", async () => {
    service.faults.add({ path: /\/CreateArtifact$/, status: 503, times: 1 });
    expect((await twirp("CreateArtifact", { ...backendIds(), name: "faulted" })).status).toBe(503);
    expect((await twirp("CreateArtifact", { ...backendIds(), name: "faulted" })).status).toBe(200);
  });
});
