import { sha256Hex } from "@mlops/core";
import type { DatasetScan } from "./table-scan.ts";

/**
 * A dataset's fingerprint: the digest of its bytes as stored (what `sha256sum` prints) and of its
 * schema (column names and types, in order), so lineage tells "same data" from "same shape".
 */
export interface Fingerprint {
  content: string;
  schema: string;
  rows: number;
  bytes: number;
}

export function fingerprint(scan: DatasetScan): Fingerprint {
  const schema = scan.columns.map((c) => [c.name, c.type]);
  return {
    content: `sha256:${scan.summary.sha256}`,
    schema: `sha256:${sha256Hex(JSON.stringify(schema))}`,
    rows: scan.summary.rows,
    bytes: scan.summary.bytes,
  };
}
