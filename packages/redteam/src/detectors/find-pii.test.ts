import { describe, expect, it } from "vitest";
import { findPii } from "./find-pii.ts";
import { ibanFor, ibanValid } from "./iban.ts";
import { luhnCheckDigit, luhnValid } from "./luhn.ts";

const kinds = (text: string) => findPii(text, { defaultCountry: "GB" }).map((f) => [f.kind, f.value]);

describe("findPii", () => {
  it("finds e-mail addresses, lower-cased", () => {
    expect(kinds("Write to Jane.Doe+work@Example.co.uk today")).toEqual([
      ["email", "jane.doe+work@example.co.uk"],
    ]);
    expect(kinds("user@localhost and @handle are not addresses")).toEqual([]);
  });

  it("finds phone numbers international and national, as E.164", () => {
    expect(kinds("call +44 20 7946 0018 or 020 7946 0019")).toEqual([
      ["phone", "+442079460018"],
      ["phone", "+442079460019"],
    ]);
    expect(findPii("call 020 7946 0019").filter((f) => f.kind === "phone")).toEqual([]);
  });

  it("finds card numbers that pass the Luhn check and have an issuer prefix", () => {
    expect(kinds("card 4111 1111 1111 1111")).toEqual([["card", "4111111111111111"]]);
    expect(kinds("amex 3782-822463-10005")).toEqual([["card", "378282246310005"]]);
    expect(kinds("card 4111 1111 1111 1112")).toEqual([]);
    // Luhn-valid, but no card issuer starts with 0.
    expect(kinds("order 0000 0000 0000 0000")).toEqual([]);
  });

  it("finds IBANs with a valid checksum and their country's length", () => {
    expect(kinds("GB82 WEST 1234 5698 7654 32")).toEqual([["iban", "GB82WEST12345698765432"]]);
    expect(kinds("DE89370400440532013000")).toEqual([["iban", "DE89370400440532013000"]]);
    expect(kinds("GB83 WEST 1234 5698 7654 32")).toEqual([]);
  });

  it("finds national ids by their rules", () => {
    expect(kinds("SSN 219-09-9999, NI number AB 12 34 56 C")).toEqual([
      ["national-id", "219-09-9999"],
      ["national-id", "AB123456C"],
    ]);
    expect(kinds("SSN 000-12-3456 or 666-12-3456 or 123-00-4567")).toEqual([]);
  });

  it("finds credentials by their shapes", () => {
    const found = findPii(
      [
        "ghp_0123456789abcdefghijABCDEFGHIJ012345",
        "AKIAIOSFODNN7EXAMPLE",
        `AIza${"a".repeat(35)}`,
        `npm_${"b".repeat(36)}`,
        "-----BEGIN RSA PRIVATE KEY-----",
        "glpat-abcdefghij0123456789",
      ].join("\n"),
    ).map((f) => f.rule);
    expect(found).toEqual([
      "github-token",
      "aws-access-key-id",
      "google-api-key",
      "npm-token",
      "gitlab-token",
      "private-key",
    ]);
    expect(findPii("ghp_short and sk-not-a-key and AKIA1234")).toEqual([]);
  });
});

describe("checksums", () => {
  it("Luhn: the published test numbers pass, a changed digit fails", () => {
    for (const n of ["4111111111111111", "378282246310005", "5555555555554444"])
      expect(luhnValid(n)).toBe(true);
    expect(luhnValid("4111111111111112")).toBe(false);
    expect(luhnValid(`411111111111111${luhnCheckDigit("411111111111111")}`)).toBe(true);
  });

  it("IBAN: computed check digits validate, a wrong length does not", () => {
    expect(ibanFor("GB", "WEST12345698765432")).toBe("GB82WEST12345698765432");
    expect(ibanValid("GB82WEST1234569876543")).toBe(false);
    expect(ibanValid("gb82WEST12345698765432")).toBe(false);
  });
});
