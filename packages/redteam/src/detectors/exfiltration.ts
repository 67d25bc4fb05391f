import type { DetectorResult } from "./detector-result.ts";
import { matchableText } from "./matchable-text.ts";

const MARKDOWN_IMAGE = /!\[[^\]\n]*\]\(\s*<?([^)\s>]+)/g;
const MARKDOWN_REFERENCE_IMAGE = /!\[[^\]\n]*\]\[([^\]\n]*)\]/g;
const LINK_DEFINITION = /^ {0,3}\[([^\]\n]+)\]:\s*<?([^\s>]+)/gm;
const HTML_IMAGE_SOURCE =
  /<(?:img|image|source|video|audio|iframe|embed)\b[^>]*?\bsrc(?:set)?\s*=\s*["']?([^"'\s>]+)/gi;
const RAW_URL = /\bhttps?:\/\/[^\s<>"'`)\]]+/gi;
/** Markup that runs code wherever the answer is rendered as HTML. */
const ACTIVE_HTML = /<script\b|<iframe\b|<object\b|\bjavascript:|<[a-z][^>]*\son[a-z]+\s*=/i;

/** Whether a host is one of the allowed ones or a subdomain of one. */
function allowed(host: string, allowedHosts: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, "");
  return allowedHosts.some((a) => {
    const base = a.toLowerCase();
    return h === base || h.endsWith(`.${base}`);
  });
}

function parse(url: string): URL | undefined {
  try {
    const parsed = new URL(url.startsWith("//") ? `https:${url}` : url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Output that sends data to a host outside the allow-list when it is rendered: an image there (fetched
 * with no click, inline or reference-style), a link or bare URL there carrying data (a path, query or
 * fragment), or HTML that runs script.
 */
export function exfiltration(answer: string, allowedHosts: readonly string[]): DetectorResult {
  const text = matchableText(answer);
  const active = ACTIVE_HTML.exec(text);
  if (active) return fired(`active HTML "${active[0]}"`);
  const definitions = new Map([...text.matchAll(LINK_DEFINITION)].map((m) => [m[1]!.toLowerCase(), m[2]!]));
  const images = [
    ...[...text.matchAll(MARKDOWN_IMAGE)].map((m) => m[1]!),
    ...[...text.matchAll(MARKDOWN_REFERENCE_IMAGE)].flatMap(
      (m) => definitions.get(m[1]!.toLowerCase()) ?? [],
    ),
    ...[...text.matchAll(HTML_IMAGE_SOURCE)].map((m) => m[1]!),
  ];
  for (const src of images) {
    const url = parse(src);
    if (url && !allowed(url.hostname, allowedHosts)) return fired(`image from ${url.hostname}`);
  }
  for (const m of text.matchAll(RAW_URL)) {
    const url = parse(m[0]);
    if (!url || allowed(url.hostname, allowedHosts)) continue;
    if (url.pathname.length > 1 || url.search || url.hash)
      return fired(`link to ${url.hostname} carrying data`);
  }
  return { name: "exfiltration", fired: false };
}

function fired(evidence: string): DetectorResult {
  return { name: "exfiltration", fired: true, evidence };
}
