import { type CountryCode, findPhoneNumbersInText } from "libphonenumber-js";
import { API_KEY_PATTERNS } from "./api-key-patterns.ts";
import { ibanValid } from "./iban.ts";
import { luhnValid } from "./luhn.ts";

export type PiiKind = "email" | "phone" | "card" | "iban" | "national-id" | "api-key";

export interface PiiFound {
  kind: PiiKind;
  /** Comparable form: lower-case email, E.164 phone, digits of a card, compact IBAN, the id or key as written. */
  value: string;
  /** Which rule matched (the key pattern, the national id scheme). */
  rule: string;
}

// WHATWG's valid e-mail address, unanchored, with a dotted alphabetic top-level domain required.
const EMAIL =
  /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,63}\b/g;
const CARD_CANDIDATE = /\b\d(?:[ -]?\d){12,18}\b/g;
/** Issuer prefixes: Visa, Mastercard, American Express, Discover; a Luhn-valid run of digits alone is too common. */
const CARD_ISSUER = /^(?:4|5[1-5]|2(?:2[2-9]|[3-6]\d|7[01]|720)|3[47]|6011|64[4-9]|65)/;
const IBAN_CANDIDATE = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/g;
const NATIONAL_IDS: { rule: string; pattern: RegExp }[] = [
  // US social security number: no area 000, 666 or 900–999, no group 00, no serial 0000.
  { rule: "us-ssn", pattern: /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/g },
  // UK national insurance number: two prefix letters (not D, F, I, Q, U, V; O not second), six digits, A–D.
  { rule: "uk-nino", pattern: /\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g },
];

export interface FindPiiOptions {
  /** Country for phone numbers written without a `+` prefix; without it only international ones count. */
  defaultCountry?: CountryCode;
}

/** Personal data and credentials in a text, each kind found by its own syntax and checksum. */
export function findPii(text: string, opts: FindPiiOptions = {}): PiiFound[] {
  const found: PiiFound[] = [];
  for (const m of text.matchAll(EMAIL))
    found.push({ kind: "email", value: m[0].toLowerCase(), rule: "email" });
  for (const phone of findPhoneNumbersInText(
    text,
    opts.defaultCountry ? { defaultCountry: opts.defaultCountry } : undefined,
  ))
    found.push({ kind: "phone", value: phone.number.number, rule: "libphonenumber" });
  for (const m of text.matchAll(CARD_CANDIDATE)) {
    const digits = m[0].replace(/\D/g, "");
    if (CARD_ISSUER.test(digits) && luhnValid(digits))
      found.push({ kind: "card", value: digits, rule: "luhn" });
  }
  for (const m of text.matchAll(IBAN_CANDIDATE)) {
    const compact = m[0].replace(/ /g, "");
    if (ibanValid(compact)) found.push({ kind: "iban", value: compact, rule: "mod-97" });
  }
  for (const { rule, pattern } of NATIONAL_IDS)
    for (const m of text.matchAll(pattern))
      found.push({ kind: "national-id", value: m[0].replace(/ /g, "").toUpperCase(), rule });
  for (const { id, pattern } of API_KEY_PATTERNS)
    for (const m of text.matchAll(pattern)) found.push({ kind: "api-key", value: m[0], rule: id });
  return found;
}
