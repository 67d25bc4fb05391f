/**
 * A dependency an assertion type loads on first need rather than with every run (a JSON Schema validator,
 * the regex engine). `load` is awaited before a suite that names the type is checked and before grading,
 * so the synchronous checks of a suite's schema can `get` it.
 */
export interface LazyEngine<T> {
  load(): Promise<void>;
  get(): T;
}

export function lazyEngine<T>(what: string, importer: () => Promise<T>): LazyEngine<T> {
  let value: T | undefined;
  let loading: Promise<void> | undefined;
  return {
    load: () =>
      (loading ??= importer().then((v) => {
        value = v;
      })),
    get: () => {
      if (value === undefined) {
        throw new Error(`${what} is not loaded: load the engines of the assertion types first`);
      }
      return value;
    },
  };
}
