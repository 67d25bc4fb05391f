/** A question one search asks the model: for each of these rows, did the outcome change? */
export type Ask = (rows: string[][]) => Promise<Uint8Array>;

/**
 * Runs one search per row side by side and gathers their questions: once every search still running
 * waits on an answer, all the rows they asked about go to the model in one call. Each search is written
 * as if it asked alone, and a model behind a process or a server sees one batch per round, not one
 * request per point.
 */
export async function inLockstep<T>(
  searches: readonly ((ask: Ask, index: number) => Promise<T>)[],
  answer: (asked: { search: number; rows: string[][] }[]) => Promise<Uint8Array>,
): Promise<T[]> {
  let running = searches.length;
  let waiting: {
    search: number;
    rows: string[][];
    resolve: (flags: Uint8Array) => void;
    reject: (error: unknown) => void;
  }[] = [];
  const flushWhenAllWait = () => {
    if (waiting.length === 0 || waiting.length < running) return;
    const round = waiting;
    waiting = [];
    answer(round.map(({ search, rows }) => ({ search, rows }))).then(
      (flags) => {
        let at = 0;
        for (const q of round) {
          q.resolve(flags.subarray(at, at + q.rows.length));
          at += q.rows.length;
        }
      },
      (error) => {
        for (const q of round) q.reject(error);
      },
    );
  };
  return Promise.all(
    searches.map(async (search, index) => {
      const ask: Ask = (rows) =>
        rows.length === 0
          ? Promise.resolve(new Uint8Array(0))
          : new Promise((resolve, reject) => {
              waiting.push({ search: index, rows, resolve, reject });
              flushWhenAllWait();
            });
      try {
        return await search(ask, index);
      } finally {
        running--;
        flushWhenAllWait();
      }
    }),
  );
}
