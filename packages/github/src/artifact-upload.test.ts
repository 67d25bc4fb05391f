import { createHash } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { type ArtifactService, startArtifactService } from "../../../test/emulators/artifact-service.ts";
import { uploadReportArtifact } from "./artifact-upload.ts";

let service: ArtifactService;
let dir: string;
beforeAll(async () => {
  service = await startArtifactService();
  dir = await mkdtemp(join(tmpdir(), "mlops-artifact-"));
});
afterAll(async () => {
  await service.close();
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  vi.unstubAllEnvs();
});

function stubRunner(runtimeToken: string): void {
  vi.stubEnv("ACTIONS_RUNTIME_TOKEN", runtimeToken);
  vi.stubEnv("ACTIONS_RESULTS_URL", `${service.url}/`);
  vi.stubEnv("GITHUB_SERVER_URL", "https://github.com");
}

describe("uploadReportArtifact", () => {
  it("uploads two files as one zip whose size and hash match the returned digest", async () => {
    stubRunner(service.runtimeToken);
    await mkdir(join(dir, "report"), { recursive: true });
    const files = [join(dir, "report", "report.html"), join(dir, "report", "results.json")];
    await writeFile(files[0]!, "<html><body>report</body></html>");
    await writeFile(files[1]!, JSON.stringify({ status: "pass" }));

    const uploaded = await uploadReportArtifact({
      name: "mlops-report",
      files,
      rootDirectory: dir,
      retentionDays: 5,
      env: { GITHUB_REPOSITORY: "acme/models", GITHUB_RUN_ID: "777" },
    });

    const stored = service.artifacts().find((a) => a.name === "mlops-report");
    expect(stored?.finalized).toBe(true);
    const sha256 = `sha256:${createHash("sha256").update(stored!.data).digest("hex")}`;
    expect(uploaded).toEqual({
      id: Number(stored!.id),
      size: stored!.data.length,
      digest: sha256,
      url: `https://github.com/acme/models/actions/runs/777/artifacts/${stored!.id}`,
    });
    expect(stored!.hash).toBe(sha256);
    expect(stored!.size).toBe(stored!.data.length);
    // A zip with both entries under their paths relative to the root directory.
    expect(stored!.data.subarray(0, 2).toString()).toBe("PK");
    expect(stored!.data.includes("report/report.html")).toBe(true);
    expect(stored!.data.includes("report/results.json")).toBe(true);
  });

  it("explains that artifacts need a GitHub Actions job when there is no runtime token", async () => {
    stubRunner("");
    await expect(
      uploadReportArtifact({ name: "mlops-report-2", files: [join(dir, "x")], rootDirectory: dir }),
    ).rejects.toMatchObject({
      name: "RuntimeFailure",
      hint: expect.stringContaining("only work inside a GitHub Actions job"),
    });
  });

  it("keeps the runtime token out of the error when the service fails", async () => {
    stubRunner(service.runtimeToken);
    const file = join(dir, "only.txt");
    await writeFile(file, "data");
    service.faults.add({
      path: /CreateArtifact$/,
      status: 401,
      body: { code: "unauthenticated", msg: service.runtimeToken },
    });
    try {
      const failure = await uploadReportArtifact({
        name: "mlops-report-3",
        files: [file],
        rootDirectory: dir,
      }).then(
        () => undefined,
        (error: Error) => error,
      );
      expect(failure?.name).toBe("RuntimeFailure");
      expect(failure?.message).toContain("mlops-report-3");
      expect(failure?.message).toContain("Unauthorized: ***");
      expect(failure?.message).not.toContain(service.runtimeToken);
    } finally {
      service.faults.clear();
    }
  });
});
