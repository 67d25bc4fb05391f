import { readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { assertInsideWorkspace, ConfigError } from "@mlops/core";
import { fileDigest } from "./artifact-digest.ts";
import type { ResolvedVersion } from "./model-registry.ts";

/** A registered version; where it is recorded, when known, is where a URI leaving the workspace is refused. */
export type Registered = Pick<ResolvedVersion, "artifactUri" | "digest" | "model"> &
  Partial<Pick<ResolvedVersion, "recordedIn">>;

/** Where promote stores an artifact in the registry folder: named by its digest, so written before a version exists. */
export const storedArtifactDir = (model: string, sha256: string) => `artifacts/${model}/sha256-${sha256}`;

/** The release promote stores an artifact in (`artifacts: github-release`): named by its digest, like the folder. */
export const releaseAssetTag = (model: string, sha256: string) => `${model}@sha256-${sha256.slice(0, 12)}`;

// Two letters at least, so that a Windows drive (C:\) reads as a path.
const HAS_SCHEME = /^[a-z][a-z0-9+.-]+:/i;

/**
 * The registered artifact as a file on this machine, its digest verified: a path relative to the
 * registry folder, a file:// URL, or — for a remote URI such as a repository blob or a release asset —
 * the copy promote stored in the registry folder under its digest. `undefined` when none is here.
 */
export async function localArtifactFile(
  registered: ResolvedVersion,
  folder: string,
): Promise<string | undefined> {
  const { artifactUri: uri, digest, recordedIn } = registered;
  const local = await localArtifactPath(registered, folder);
  if (local === undefined) return undefined;
  const actual = await fileDigest(local).catch((e: NodeJS.ErrnoException) => {
    throw new ConfigError(`artifact ${uri} is missing (${e.code ?? String(e)})`, {
      location: { file: recordedIn.file, path: recordedIn.uriPath },
      hint: `restore the file at ${local}, or fix ${recordedIn.uriPath} (relative to the registry folder)`,
    });
  });
  if (`sha256:${actual.sha256}` !== digest) {
    throw new ConfigError(
      `artifact digest mismatch: ${uri} has sha256:${actual.sha256}, the registry records ${digest}`,
      {
        location: { file: recordedIn.file, path: recordedIn.digestPath },
        hint: "the artifact changed after it was registered: restore the registered file, or register a new version",
      },
    );
  }
  return local;
}

/**
 * Where the registered artifact's bytes should be on this machine, not yet read nor verified:
 * `undefined` for a remote URI of which promote stored no copy in the registry folder.
 */
export async function localArtifactPath(registered: Registered, folder: string): Promise<string | undefined> {
  const { artifactUri: uri, digest } = registered;
  const local = uri.startsWith("file://")
    ? fileURLToPath(uri)
    : HAS_SCHEME.test(uri)
      ? await storedCopy(folder, registered.model, digest.slice("sha256:".length))
      : path.resolve(folder, uri);
  // The registry's files are committed like any other, so a pull request can point a version anywhere.
  const recordedIn = registered.recordedIn;
  if (local)
    assertInsideWorkspace(
      local,
      recordedIn ? { file: recordedIn.file, path: recordedIn.uriPath } : { file: folder },
    );
  return local;
}

async function storedCopy(folder: string, model: string, sha256: string): Promise<string | undefined> {
  const dir = path.join(folder, storedArtifactDir(model, sha256));
  const names = await readdir(dir).catch(() => [] as string[]);
  const name = names.filter((n) => !n.endsWith(".lock") && !n.endsWith(".tmp")).sort()[0];
  return name === undefined ? undefined : path.join(dir, name);
}
