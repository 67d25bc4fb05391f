import { bodyExcerpt } from "@mlops/core";

/**
 * What a server sent where the API promises JSON: a proxy's login page, a gateway's HTML error. The
 * SDK would surface it as a bare SyntaxError or a message holding the whole page.
 */
export class NotJsonAnswer extends Error {
  override readonly name = "NotJsonAnswer";
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/** A fetch that refuses any answer but JSON or an event stream, naming the URL, status and body start. */
export function expectJsonAnswers(fetchFn: typeof fetch): typeof fetch {
  return async (input, init) => {
    const res = await fetchFn(input, init);
    const type = res.headers.get("content-type") ?? "";
    if (/^text\/event-stream/i.test(type) || res.status === 204) return res;
    const text = await res.text();
    if (!isJson(type, text)) {
      const url = input instanceof Request ? input.url : String(input);
      throw new NotJsonAnswer(
        res.status,
        `${url} answered HTTP ${res.status} (${type || "no content type"}), not JSON: ${bodyExcerpt(text)}`,
      );
    }
    return new Response(text, { status: res.status, statusText: res.statusText, headers: res.headers });
  };
}

function isJson(type: string, text: string): boolean {
  if (text === "") return /json/i.test(type);
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The refused answer behind an SDK error (the SDK wraps what fetch throws as a connection error). */
export function notJsonAnswerIn(e: unknown): NotJsonAnswer | undefined {
  for (let cur = e; cur instanceof Error; cur = cur.cause) if (cur instanceof NotJsonAnswer) return cur;
  return undefined;
}
