import { createHash } from "node:crypto";
import { getOctokit } from "@actions/github";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GitHubEmulator, startGitHubEmulator } from "./github-api.ts";

let emu: GitHubEmulator;
const REPO = { owner: "org", repo: "repo" };
const bot = () => getOctokit("ghs_bot", { baseUrl: emu.url });

beforeAll(async () => {
  emu = await startGitHubEmulator();
  emu.addRepo("org/repo");
  emu.addToken("ghs_bot", { login: "github-actions[bot]" });
});
afterAll(() => emu.close());

describe("releases", () => {
  it("creates a release and its tag, uploads assets through upload_url and downloads the bytes", async () => {
    const client = bot();
    const { data: release } = await client.rest.repos.createRelease({
      ...REPO,
      tag_name: "v1.2.0",
      name: "churn 1.2.0",
    });
    expect(release.upload_url).toBe(`${emu.url}/repos/org/repo/releases/${release.id}/assets{?name,label}`);
    expect(emu.ref("org/repo", "tags/v1.2.0")).toBe(emu.ref("org/repo", "heads/main"));

    const bytes = Buffer.from(Array.from({ length: 3000 }, (_, i) => i % 256));
    const { data: asset } = await client.rest.repos.uploadReleaseAsset({
      ...REPO,
      release_id: release.id,
      url: release.upload_url,
      name: "model.onnx",
      label: "Model weights",
      data: bytes as unknown as string,
      headers: { "content-type": "application/octet-stream" },
    });
    expect(asset).toMatchObject({
      name: "model.onnx",
      label: "Model weights",
      size: 3000,
      state: "uploaded",
      digest: `sha256:${createHash("sha256").update(bytes).digest("hex")}`,
    });

    const { data: metadata } = await client.rest.repos.getReleaseAsset({ ...REPO, asset_id: asset.id });
    expect(metadata).toMatchObject({ id: asset.id, name: "model.onnx" });
    const download = await client.rest.repos.getReleaseAsset({
      ...REPO,
      asset_id: asset.id,
      headers: { accept: "application/octet-stream" },
    });
    expect(Buffer.from(download.data as unknown as ArrayBuffer)).toEqual(bytes);

    const { data: byTag } = await client.rest.repos.getReleaseByTag({ ...REPO, tag: "v1.2.0" });
    expect(byTag).toMatchObject({ id: release.id, assets: [{ id: asset.id }] });
    expect(emu.releases("org/repo")[0]!["assets"][0].data).toEqual(bytes);
  });

  it("answers 422 already_exists to a duplicate asset name and to a duplicate tag", async () => {
    const client = bot();
    const { data: release } = await client.rest.repos.createRelease({ ...REPO, tag_name: "v2.0.0" });
    const upload = () =>
      client.rest.repos.uploadReleaseAsset({
        ...REPO,
        release_id: release.id,
        name: "report.html",
        data: "<html></html>",
        baseUrl: emu.url,
        headers: { "content-type": "text/html" },
      });
    await upload();
    await expect(upload()).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ resource: "ReleaseAsset", code: "already_exists", field: "name" }] } },
    });
    await expect(client.rest.repos.createRelease({ ...REPO, tag_name: "v2.0.0" })).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ code: "already_exists", field: "tag_name" }] } },
    });
  });

  it("hides drafts from lookups by tag until they are published", async () => {
    const client = bot();
    const { data: draft } = await client.rest.repos.createRelease({
      ...REPO,
      tag_name: "v3.0.0",
      draft: true,
    });
    expect(emu.ref("org/repo", "tags/v3.0.0")).toBeUndefined();
    await expect(client.rest.repos.getReleaseByTag({ ...REPO, tag: "v3.0.0" })).rejects.toMatchObject({
      status: 404,
    });
    await client.rest.repos.updateRelease({ ...REPO, release_id: draft.id, draft: false });
    const { data } = await client.rest.repos.getReleaseByTag({ ...REPO, tag: "v3.0.0" });
    expect(data.published_at).toBeTruthy();
    expect(emu.ref("org/repo", "tags/v3.0.0")).toBeDefined();
    await expect(client.rest.repos.getRelease({ ...REPO, release_id: 1 })).rejects.toMatchObject({
      status: 404,
    });
  });
});
