import { createHash } from "node:crypto";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { confineReads } from "@mlops/core";
import { createOctokit, putReleaseAsset } from "@mlops/github";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GitHubEmulator, startGitHubEmulator } from "../../../test/emulators/github-api.ts";
import { checkArtifact } from "./artifact-check.ts";
import { releaseAssetTag } from "./artifact-file.ts";

const sha = (text: string) => createHash("sha256").update(text).digest("hex");
const version = (artifactUri: string, bytes: string) =>
  ({ model: "churn", artifactUri, digest: `sha256:${sha(bytes)}` }) as const;

describe("checkArtifact", () => {
  it("re-hashes the copy on this machine, and says when there is none to hash", async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), "artifact-check-"));
    await mkdir(path.join(folder, "artifacts"));
    await writeFile(path.join(folder, "artifacts/model.json"), "[1]");
    expect(await checkArtifact(version("artifacts/model.json", "[1]"), { folder })).toEqual({
      verdict: "verified",
      from: path.join(folder, "artifacts/model.json"),
    });
    expect(await checkArtifact(version("artifacts/model.json", "[2]"), { folder })).toMatchObject({
      verdict: "mismatch",
      actual: `sha256:${sha("[1]")}`,
    });
    const gone = await checkArtifact(version("artifacts/gone.json", "[1]"), { folder });
    expect(gone).toMatchObject({ verdict: "unreachable" });
    expect(gone.verdict === "unreachable" && gone.reason).toContain("no GitHub token");
  });

  it("in a confined run, refuses a registered URI that leads outside the workspace, naming where it is recorded", async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), "artifact-confined-"));
    const folder = path.join(root, "ws", "registry");
    await mkdir(path.join(folder, "artifacts"), { recursive: true });
    await writeFile(path.join(root, "secret.json"), "[1]");
    await writeFile(path.join(folder, "artifacts/model.json"), "[1]");
    const recordedIn = {
      file: path.join(folder, "models/churn/versions/1.0.0.yml"),
      uriPath: "artifact.uri",
      digestPath: "artifact.sha256",
    };
    confineReads({ cwd: root, workspace: path.join(root, "ws"), allowed: [] });
    try {
      for (const uri of ["../../secret.json", pathToFileURL(path.join(root, "secret.json")).href]) {
        await expect(checkArtifact({ ...version(uri, "[1]"), recordedIn }, { folder })).rejects.toMatchObject(
          {
            message: expect.stringMatching(
              /^leads outside the workspace, to .*secret\.json; it was not read$/,
            ),
            location: { file: recordedIn.file, path: "artifact.uri" },
          },
        );
      }
      expect(await checkArtifact(version("artifacts/model.json", "[1]"), { folder })).toMatchObject({
        verdict: "verified",
      });
    } finally {
      confineReads(undefined);
    }
  });

  describe("through GitHub", () => {
    let gh: GitHubEmulator;
    beforeAll(async () => {
      gh = await startGitHubEmulator();
      gh.addToken("ghs_check", { login: "github-actions[bot]" });
      gh.addRepo("org/models");
    });
    afterAll(() => gh.close());
    const github = async () => ({
      octokit: await createOctokit("ghs_check", { baseUrl: gh.url }),
      owner: "org",
      repo: "models",
      branch: "main",
      root: "registry",
    });
    const emptyFolder = () => mkdtemp(path.join(os.tmpdir(), "artifact-check-"));

    it("downloads a release asset and compares its bytes with the registered digest", async () => {
      const target = await github();
      const stored = await putReleaseAsset(target.octokit, {
        owner: "org",
        repo: "models",
        tag: releaseAssetTag("churn", sha("[1]")),
        target: "main",
        name: "model.json",
        data: Buffer.from("[1]"),
      });
      const where = { folder: await emptyFolder(), github: target };
      expect(await checkArtifact(version(stored.url, "[1]"), where)).toEqual({
        verdict: "verified",
        from: stored.url,
      });

      // The same URL recorded under another digest: the tag names the release of those bytes, which has no such asset.
      const other = await checkArtifact(version(stored.url, "[2]"), where);
      expect(other.verdict).toBe("unreachable");
      expect(other.verdict === "unreachable" && other.reason).toContain("nor downloadable");
    });

    it("downloads a file of the registry's branch, by relative path or blob URL, and finds tampered bytes", async () => {
      gh.seedFiles("org/models", { "registry/artifacts/model.json": "[3]" });
      const where = { folder: await emptyFolder(), github: await github() };
      expect(await checkArtifact(version("artifacts/model.json", "[3]"), where)).toEqual({
        verdict: "verified",
        from: "artifacts/model.json",
      });
      const blob = "https://github.com/org/models/blob/main/registry/artifacts/model.json";
      expect(await checkArtifact(version(blob, "[3]"), where)).toMatchObject({ verdict: "verified" });
      expect(await checkArtifact(version(blob, "[4]"), where)).toEqual({
        verdict: "mismatch",
        from: blob,
        actual: `sha256:${sha("[3]")}`,
      });
    });
  });
});
