import { ConfigError } from "@mlops/core";
import { Tally } from "./cell-checks.ts";
import { ContentHash, cellText, KeyList } from "./content-hash.ts";
import type { DataContract } from "./contract.ts";
import type { CsvFields } from "./csv-scanner.ts";
import type { RowCells } from "./row-cells.ts";
import { compare, parseRule, type Rule } from "./rules.ts";
import type { DatasetScan } from "./table-scan.ts";

type PrimaryKey = NonNullable<DatasetScan["primaryKey"]>;

/** Positions of a rule's two sides in the header; the right is -1 when it is a literal. */
interface RuleSides {
  left: number;
  right: number;
}

/**
 * The checks that read a whole row once its cells are counted: the contract's table rules (comparisons
 * of a column with another or with a literal) and the primary key (no missing part; one content key per
 * row, whose repeats are found at the end).
 */
export class RowChecks {
  readonly rules: Rule[];
  private readonly sides: RuleSides[];
  private readonly primaryKey: PrimaryKey | undefined;
  private readonly pkPositions: number[];
  private readonly pkKeys: KeyList | undefined;
  private readonly keyHash = new ContentHash();

  private constructor(
    rules: Rule[],
    sides: RuleSides[],
    primaryKey: PrimaryKey | undefined,
    pkPositions: number[],
  ) {
    this.rules = rules;
    this.sides = sides;
    this.primaryKey = primaryKey;
    this.pkPositions = pkPositions;
    this.pkKeys = primaryKey ? new KeyList() : undefined;
  }

  static none(): RowChecks {
    return new RowChecks([], [], undefined, []);
  }

  /** The contract's rules and primary key over `header`; a rule naming an absent column is a config error. */
  static fromContract(contract: DataContract, contractFile: string, header: readonly string[]): RowChecks {
    const tableSeverity = contract.table.severity ?? "fail";
    const index = new Map(header.map((h, i) => [h, i]));
    const rules: Rule[] = [];
    const sides: RuleSides[] = [];
    contract.table.rules.forEach((spec, i) => {
      const location = { file: contractFile, path: `table.rules[${i}].check` };
      const rule = parseRule(spec, location, { severity: tableSeverity });
      const left = index.get(rule.left);
      const right = "column" in rule.right ? index.get(rule.right.column) : -1;
      for (const [side, at] of [
        [rule.left, left],
        ["column" in rule.right ? rule.right.column : "", right],
      ] as const) {
        if (at === undefined) {
          throw new ConfigError(
            `the rule "${spec.check}" names the column "${side}", which the data does not have`,
            {
              location,
              hint: `columns: ${header.join(", ")}`,
            },
          );
        }
      }
      rules.push(rule);
      sides.push({ left: left!, right: right! });
    });
    const pk = contract.table.primaryKey;
    if (!pk) return new RowChecks(rules, sides, undefined, []);
    const columns = Array.isArray(pk) ? pk : pk.columns;
    // A key column the data lacks is reported by the contract checks, from the header.
    if (columns.some((c) => !index.has(c))) return new RowChecks(rules, sides, undefined, []);
    const primaryKey: PrimaryKey = {
      columns,
      keys: new BigUint64Array(0),
      nulls: new Tally(),
      mostly: Array.isArray(pk) ? 1 : (pk.mostly ?? 1),
      severity: Array.isArray(pk) ? tableSeverity : (pk.severity ?? tableSeverity),
    };
    return new RowChecks(
      rules,
      sides,
      primaryKey,
      columns.map((c) => index.get(c)!),
    );
  }

  /** Whether the checks read the row's coerced values. */
  get readsValues(): boolean {
    return this.rules.length > 0 || this.primaryKey !== undefined;
  }

  /** Hashes the row's primary key from its raw values. */
  keyValues(raw: ArrayLike<unknown>): void {
    if (!this.primaryKey) return;
    this.keyHash.reset();
    for (const at of this.pkPositions) this.keyHash.add(cellText(raw[at]));
  }

  /** Hashes the row's primary key from its CSV fields. */
  keyFields(f: CsvFields): void {
    if (!this.primaryKey) return;
    this.keyHash.reset();
    for (const at of this.pkPositions) this.keyHash.addField(f, at);
  }

  /** Evaluates the rules on the row's values and records its primary key (hashed just before). */
  check(cells: RowCells, row: number, line: number): void {
    const values = cells.values;
    for (let r = 0; r < this.rules.length; r++) {
      const rule = this.rules[r]!;
      const sides = this.sides[r]!;
      const a = values[sides.left];
      const b = sides.right >= 0 ? values[sides.right] : (rule.right as { literal: number | string }).literal;
      if (a === null || a === undefined || b === null || b === undefined) continue;
      rule.tally.evaluated++;
      if (!compare(a, rule.op, b)) {
        rule.tally.fail({
          row,
          line,
          column: rule.left,
          value: `${cells.shown(sides.left)}${sides.right >= 0 ? ` vs ${cells.shown(sides.right)}` : ""}`,
          message: `${rule.left} ${rule.op} ${"column" in rule.right ? rule.right.column : JSON.stringify(rule.right.literal)} is false`,
        });
      }
    }
    const pk = this.primaryKey;
    if (pk) {
      let hasNull = false;
      for (const at of this.pkPositions) if (values[at] === null) hasNull = true;
      pk.nulls.evaluated++;
      if (hasNull) pk.nulls.fail({ row, line, message: "a key column is missing" });
      this.keyHash.pushTo(this.pkKeys!);
    }
  }

  /** The primary key's result, with one content key per good row. */
  finish(): PrimaryKey | undefined {
    if (this.primaryKey) this.primaryKey.keys = this.pkKeys!.values();
    return this.primaryKey;
  }
}
