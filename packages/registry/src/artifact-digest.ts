import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";

/** sha256 and size of bytes as they stream in, so that large model artifacts do not fill memory. */
export async function streamDigest(
  chunks: AsyncIterable<Uint8Array>,
): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash("sha256");
  let bytes = 0;
  for await (const chunk of chunks) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { sha256: hash.digest("hex"), bytes };
}

/** sha256 and size of a file. */
export const fileDigest = (file: string) => streamDigest(createReadStream(file));
