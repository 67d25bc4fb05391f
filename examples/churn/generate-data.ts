/**
 * Synthetic, seeded customer-churn data: a training window (2025) and a later backtest window
 * (2026-01..06) with mild drift — higher monthly charges and more month-to-month contracts — so that
 * drift checks have something to find. `gender` is the sensitive attribute for the bias evaluation.
 *
 *   node generate-data.ts [--rows N] [--out DIR] [--seed S]
 *
 * N is the number of training rows (default 20000); the backtest has 0.3 · N rows. Same arguments,
 * same bytes.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : fallback;
};
const trainRows = Number(option("rows", "20000"));
const outDir = option("out", path.join(import.meta.dirname, "data"));
const seed = Number(option("seed", "20250101"));
if (!Number.isInteger(trainRows) || trainRows < 1) {
  console.error(`--rows must be a positive integer, got ${option("rows", "")}`);
  process.exit(2);
}

/** mulberry32: small, fast and seedable; enough for synthetic data. */
function rng(s: number): () => number {
  let a = s >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = rng(seed);
const normal = (): number => {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
};
const pick = <T>(items: readonly T[], weights: readonly number[]): T => {
  let r = random() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < items.length; i++) {
    r -= weights[i]!;
    if (r < 0) return items[i]!;
  }
  return items[items.length - 1]!;
};
const poisson = (lambda: number): number => {
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = random();
  while (p > limit) {
    k++;
    p *= random();
  }
  return k;
};

const CONTRACTS = ["month-to-month", "one-year", "two-year"] as const;
const PAYMENTS = ["card", "bank-transfer", "electronic-check", "mailed-check"] as const;
const GENDERS = ["female", "male", "nonbinary"] as const;
const REGIONS = ["north", "south", "east", "west"] as const;

interface Window {
  file: string;
  rows: number;
  start: Date;
  days: number;
  /** Drift: added to monthly charges, and the weights of the contract types. */
  chargeShift: number;
  contractWeights: readonly number[];
}

const DAY = 86_400_000;
const isoDate = (d: Date): string => d.toISOString().slice(0, 10);

let nextId = 1;

function row(w: Window): string {
  const event = new Date(w.start.getTime() + Math.floor(random() * w.days) * DAY);
  const contract = pick(CONTRACTS, w.contractWeights);
  const tenureScale = contract === "two-year" ? 40 : contract === "one-year" ? 24 : 10;
  const tenure = Math.min(72, Math.floor(-Math.log(1 - random()) * tenureScale));
  const signup = new Date(event.getTime() - (tenure * 30 + Math.floor(random() * 30)) * DAY);
  const payment = pick(PAYMENTS, [3, 3, 2, 1]);
  const region = pick(REGIONS, [3, 2, 2, 3]);
  const gender = pick(GENDERS, [48, 48, 4]);
  const age = Math.max(18, Math.min(90, Math.round(45 + 15 * normal())));
  const monthly = Math.max(18, Math.min(130, 65 + w.chargeShift + 25 * normal()));
  const total = tenure === 0 ? 0 : tenure * monthly * (0.9 + 0.2 * random());
  const tickets = poisson(contract === "month-to-month" ? 1.4 : 0.7);

  // Churn risk: contract and tenure dominate; charges and tickets interact (expensive and unhappy
  // customers leave), which a tree can find and a linear model only approximates.
  let logit = -1.6;
  logit += contract === "month-to-month" ? 1.3 : contract === "one-year" ? -0.2 : -1.3;
  logit += -0.045 * tenure;
  logit += 0.018 * (monthly - 65);
  logit += 0.35 * tickets + (monthly > 85 && tickets >= 2 ? 1.1 : 0);
  logit += payment === "electronic-check" ? 0.55 : 0;
  logit += age < 30 ? 0.3 : age > 65 ? 0.2 : 0;
  logit += region === "south" ? 0.15 : 0;
  logit += 0.3 * normal();
  const churned = random() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;

  const id = `C${String(nextId++).padStart(6, "0")}`;
  return [
    id,
    isoDate(event),
    isoDate(signup),
    tenure,
    monthly.toFixed(2),
    total.toFixed(2),
    contract,
    payment,
    tickets,
    age,
    gender,
    region,
    churned,
  ].join(",");
}

const HEADER =
  "customer_id,event_date,signup_date,tenure_months,monthly_charges,total_charges,contract,payment_method,support_tickets,age,gender,region,churned";

const windows: Window[] = [
  {
    file: "train.csv",
    rows: trainRows,
    start: new Date(Date.UTC(2025, 0, 1)),
    days: 365,
    chargeShift: 0,
    contractWeights: [5, 3, 2],
  },
  {
    file: "backtest.csv",
    rows: Math.max(1, Math.round(trainRows * 0.3)),
    start: new Date(Date.UTC(2026, 0, 1)),
    days: 181,
    chargeShift: 6,
    contractWeights: [6, 2.5, 1.5],
  },
];

mkdirSync(outDir, { recursive: true });
for (const w of windows) {
  const lines = [HEADER];
  for (let i = 0; i < w.rows; i++) lines.push(row(w));
  writeFileSync(path.join(outDir, w.file), `${lines.join("\n")}\n`);
  console.log(`wrote ${w.rows} rows to ${path.join(outDir, w.file)}`);
}
