/** IBAN lengths of the countries most often seen; others are held to the standard's 15–34. */
const IBAN_LENGTH: Record<string, number> = {
  AT: 20,
  BE: 16,
  CH: 21,
  CZ: 24,
  DE: 22,
  DK: 18,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  IE: 22,
  IT: 27,
  LU: 20,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  SE: 24,
};

/** ISO 7064 MOD 97-10 over the rearranged IBAN (country and check digits moved to the end). */
function mod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const c of rearranged) {
    const value = c >= "A" ? c.charCodeAt(0) - 55 : c.charCodeAt(0) - 48;
    rest = value > 9 ? (rest * 100 + value) % 97 : (rest * 10 + value) % 97;
  }
  return rest;
}

/** Whether a compact, upper-case IBAN has its country's length and a valid checksum. */
export function ibanValid(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  const expected = IBAN_LENGTH[iban.slice(0, 2)];
  if (expected ? iban.length !== expected : iban.length < 15 || iban.length > 34) return false;
  return mod97(iban) === 1;
}

/** The IBAN of a country and account (BBAN) with its check digits computed. */
export function ibanFor(country: string, bban: string): string {
  const check = 98 - mod97(`${country}00${bban}`);
  return `${country}${String(check).padStart(2, "0")}${bban}`;
}
