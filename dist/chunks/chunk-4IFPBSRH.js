import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);

// packages/core/src/retry-after.ts
var MAX_RETRY_AFTER_MS = 6e4;
var DECIMAL = /^\d+(\.\d+)?$/;
var HTTP_DATE = /[A-Za-z]{3}/;
function retryAfterMs(headers, now = Date.now()) {
  if (!headers) return void 0;
  const ms = headerValue(headers, "retry-after-ms");
  if (ms !== void 0 && DECIMAL.test(ms)) return capped(Number(ms));
  const value = headerValue(headers, "retry-after");
  if (value === void 0) return void 0;
  if (DECIMAL.test(value)) return capped(Number(value) * 1e3);
  const date = HTTP_DATE.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(date) ? void 0 : capped(date - now);
}
function capped(ms) {
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, ms));
}
function headerValue(headers, name) {
  const value = typeof headers.get === "function" ? headers.get(name) : headers[name];
  return value === null || value === void 0 ? void 0 : String(value).trim();
}

export {
  retryAfterMs
};
