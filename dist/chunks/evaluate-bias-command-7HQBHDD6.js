import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  metricsForestPlot
} from "./chunk-E2FZLERX.js";
import {
  EvaluateBiasConfigSchema,
  comparedModels,
  featureColumns,
  modelEnvelope,
  modelScorer,
  readDataset,
  readLabels,
  requireNamedColumns,
  withColumnValue
} from "./chunk-GBLEUWB5.js";
import "./chunk-Y4GNVVGN.js";
import "./chunk-J7BXV4IM.js";
import "./chunk-SXOIBMAW.js";
import "./chunk-4IFPBSRH.js";
import "./chunk-MDTBTSYR.js";
import "./chunk-2GV772SA.js";
import {
  DELONG_INTERVAL_MIN_ROWS,
  benjaminiHochberg,
  evaluateGates,
  fmt,
  normalQuantile,
  twoProportionZTest,
  unknownGateMetrics,
  wilsonScoreInterval
} from "./chunk-ZEAHTK5M.js";
import {
  misspeltName
} from "./chunk-JHYWLUR6.js";
import {
  DEFAULT_CALIBRATION_BINS,
  Xoshiro128,
  calibrationBinOf,
  calibrationEdges,
  labelsInRankOrder,
  quantileSorted,
  rankScores,
  sampleMultinomial,
  weightedRocAuc
} from "./chunk-VUGF5SOQ.js";
import {
  configLocator,
  loadConfigFile,
  throwConfigErrors
} from "./chunk-DG7BS5UH.js";
import "./chunk-UST2DAMY.js";
import "./chunk-M4EWOKBN.js";
import {
  DEFAULT_RESULTS_DIR,
  statusFromChecks,
  writeEnvelope
} from "./chunk-XSUZOP4V.js";
import "./chunk-6FBGY4P7.js";
import "./chunk-G4QNM2E2.js";
import "./chunk-PYTCQQ7B.js";
import "./chunk-FJY5M3V4.js";
import "./chunk-33725BPV.js";
import {
  ConfigError,
  RuntimeFailure
} from "./chunk-CYLWIE3E.js";
import "./chunk-SFHOJSAM.js";

// packages/commands/src/evaluate-bias/evaluate-bias-command.ts
import path from "node:path";

// packages/fairness/src/bins.ts
function binLabel(value, edges) {
  if (value < edges[0]) return `<${edges[0]}`;
  for (let i = 1; i < edges.length; i++) {
    if (value < edges[i]) return `[${edges[i - 1]}, ${edges[i]})`;
  }
  return `≥${edges[edges.length - 1]}`;
}
function bandStart(label) {
  const below = /^<(-?[\d.e+-]+)$/.exec(label);
  if (below) return Number.NEGATIVE_INFINITY;
  const between = /^\[(-?[\d.e+-]+), -?[\d.e+-]+\)$/.exec(label);
  if (between) return Number(between[1]);
  const above = /^≥(-?[\d.e+-]+)$/.exec(label);
  if (above) return Number(above[1]);
  return void 0;
}

// packages/fairness/src/confusion.ts
var CELLS = 8;
function cellOf(label, challenger, champion) {
  return label * 4 + challenger * 2 + champion;
}
function confusionOf(cells, offset, model) {
  const c = (label, decision) => model === "challenger" ? cells[offset + label * 4 + decision * 2] + cells[offset + label * 4 + decision * 2 + 1] : cells[offset + label * 4 + decision] + cells[offset + label * 4 + 2 + decision];
  return { tp: c(1, 1), fp: c(0, 1), tn: c(0, 0), fn: c(1, 0) };
}
var RATE_NAMES = [
  "selection_rate",
  "base_rate",
  "tpr",
  "fpr",
  "fnr",
  "precision",
  "accuracy",
  "error_rate"
];
var RATES = {
  selection_rate: { of: (c) => [c.tp + c.fp, c.tp + c.fp + c.tn + c.fn], undefinedWhen: "no rows" },
  base_rate: { of: (c) => [c.tp + c.fn, c.tp + c.fp + c.tn + c.fn], undefinedWhen: "no rows" },
  tpr: { of: (c) => [c.tp, c.tp + c.fn], undefinedWhen: "no positive labels" },
  fpr: { of: (c) => [c.fp, c.fp + c.tn], undefinedWhen: "no negative labels" },
  fnr: { of: (c) => [c.fn, c.tp + c.fn], undefinedWhen: "no positive labels" },
  precision: { of: (c) => [c.tp, c.tp + c.fp], undefinedWhen: "no positive decisions" },
  accuracy: { of: (c) => [c.tp + c.tn, c.tp + c.fp + c.tn + c.fn], undefinedWhen: "no rows" },
  error_rate: { of: (c) => [c.fp + c.fn, c.tp + c.fp + c.tn + c.fn], undefinedWhen: "no rows" }
};
function rate(name, c) {
  const [num, den] = RATES[name].of(c);
  return den === 0 ? null : num / den;
}
function whyUndefined(name) {
  return `${name} is undefined: the group has ${RATES[name].undefinedWhen}`;
}

// packages/fairness/src/counterfactual-flips.ts
function counterfactualFlips(values, decisions, decisionsWith) {
  const byPair = /* @__PURE__ */ new Map();
  let flips = 0;
  let pairs = 0;
  for (const [to, counterfactual] of decisionsWith) {
    for (let i = 0; i < values.length; i++) {
      const from = values[i];
      if (from === to) continue;
      const key = `${from}\0${to}`;
      let pair = byPair.get(key);
      if (!pair) {
        pair = { from, to, rows: 0, flips: 0 };
        byPair.set(key, pair);
      }
      const flipped = counterfactual[i] !== decisions[i] ? 1 : 0;
      pair.rows++;
      pair.flips += flipped;
      pairs++;
      flips += flipped;
    }
  }
  const sorted = [...byPair.values()].sort(
    (a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to)
  );
  return { flips, pairs, byPair: sorted };
}

// packages/fairness/src/disparities.ts
var DISPARITY_NAMES = [
  "demographic_parity_difference",
  "demographic_parity_ratio",
  "equalized_odds_difference",
  "equalized_odds_ratio",
  "equal_opportunity_difference",
  "equal_opportunity_ratio",
  "predictive_parity_difference",
  "error_rate_difference",
  "false_negative_rate_difference"
];
function isRatio(name) {
  return name.endsWith("_ratio");
}
var RATES_OF = {
  demographic_parity_difference: ["selection_rate"],
  demographic_parity_ratio: ["selection_rate"],
  equalized_odds_difference: ["tpr", "fpr"],
  equalized_odds_ratio: ["tpr", "fpr"],
  equal_opportunity_difference: ["tpr"],
  equal_opportunity_ratio: ["tpr"],
  predictive_parity_difference: ["precision"],
  error_rate_difference: ["error_rate"],
  false_negative_rate_difference: ["fnr"]
};
function ratesOf(name) {
  return RATES_OF[name];
}
function spread(values, overall, kind, method) {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v === null) return null;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (values.length === 0) return null;
  if (method === "between_groups") {
    if (kind === "difference") return max - min;
    return max === 0 ? null : min / max;
  }
  if (overall === null) return null;
  if (kind === "difference") return Math.max(max - overall, overall - min);
  if (overall === 0 || min === 0) return overall === 0 && max === 0 ? null : 0;
  return Math.min(min / overall, overall / max);
}
function disparity(name, groups, overall, options) {
  const kind = isRatio(name) ? "ratio" : "difference";
  const parts = [];
  for (const r of RATES_OF[name]) {
    const value = spread(
      groups.map((g) => rate(r, g)),
      rate(r, overall),
      kind,
      options.method
    );
    if (value === null) return null;
    parts.push(value);
  }
  if (parts.length === 1) return parts[0];
  if (options.agg === "mean") return parts.reduce((a, b) => a + b, 0) / parts.length;
  return kind === "ratio" ? Math.min(...parts) : Math.max(...parts);
}

// packages/fairness/src/estimates.ts
function compared(ids, why, blocked, estimates, replicates, level) {
  const one = (id) => {
    const value = estimates[id];
    if (blocked || value === null) return { value: null, unavailable: why };
    return { value, ...interval(replicates[id], level) };
  };
  const [challenger, champion] = ids;
  if (champion === void 0) return { challenger: one(challenger) };
  const a = one(challenger);
  const b = one(champion);
  if (a.value === null || b.value === null) return { challenger: a, champion: b };
  const diff = replicates[challenger].map((x, r) => x - replicates[champion][r]);
  return { challenger: a, champion: b, delta: { value: a.value - b.value, ...interval(diff, level) } };
}
function interval(replicates, level) {
  let undefinedIn = 0;
  for (const x of replicates) if (Number.isNaN(x)) undefinedIn++;
  if (undefinedIn > 0) {
    return {
      unavailable: `no interval: undefined in ${undefinedIn} of ${replicates.length} resamples (too few rows)`
    };
  }
  const sorted = Float64Array.from(replicates).sort();
  return {
    ci: {
      lower: quantileSorted(sorted, (1 - level) / 2),
      upper: quantileSorted(sorted, (1 + level) / 2)
    }
  };
}
function insufficientGroups(groups, minGroupSize) {
  return `${groups.length} group(s) below min_group_size ${minGroupSize}: ${groups.map((g) => `${g.name} (n=${g.count})`).join(", ")}`;
}

// packages/fairness/src/groups.ts
function groupRows(columns, scored) {
  const grouped = intersectionsOf(columns, scored.labels.length);
  const counts = new Float64Array(grouped.intersections * CELLS);
  const { intersectionOfRow } = grouped;
  for (let i = 0; i < intersectionOfRow.length; i++) {
    const cell = cellOf(scored.labels[i], scored.challenger[i], scored.champion?.[i] ?? 0);
    counts[intersectionOfRow[i] * CELLS + cell]++;
  }
  return { ...grouped, counts };
}
function intersectionsOf(columns, n) {
  const ids = /* @__PURE__ */ new Map();
  const parts = [];
  const intersectionOfRow = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const key = columns.map((c) => `${c.name}=${c.values[i]}`).join(" & ");
    let id = ids.get(key);
    if (id === void 0) {
      id = ids.size;
      ids.set(key, id);
      parts.push(columns.map((c) => `${c.name}=${c.values[i]}`));
    }
    intersectionOfRow[i] = id;
  }
  const partitions = columnSets(columns.length).map(
    (set) => partitionBy(set.map((j) => columns[j].name).join(" & "), parts, (p) => set.map((j) => p[j]))
  );
  return { partitions, intersections: ids.size, intersectionOfRow };
}
function columnSets(columns) {
  const sets = Array.from({ length: columns }, (_, j) => [j]);
  if (columns >= 3) {
    for (let a = 0; a < columns; a++) for (let b = a + 1; b < columns; b++) sets.push([a, b]);
  }
  if (columns >= 2) sets.push(Array.from({ length: columns }, (_, j) => j));
  return sets;
}
function partitionBy(key, parts, pick) {
  const picked = /* @__PURE__ */ new Map();
  const names = parts.map((p) => {
    const chosen = pick(p);
    const name = chosen.join(" & ");
    picked.set(name, chosen);
    return name;
  });
  const groups = [...picked.keys()].sort((a, b) => compareParts(picked.get(a), picked.get(b)));
  const index = new Map(groups.map((g, i) => [g, i]));
  return { key, groups, groupOfCell: Int32Array.from(names, (g) => index.get(g)) };
}
function compareParts(a, b) {
  for (let i = 0; i < a.length; i++) {
    const x = a[i].slice(a[i].indexOf("=") + 1);
    const y = b[i].slice(b[i].indexOf("=") + 1);
    const bx = bandStart(x);
    const by = bandStart(y);
    const order = bx !== void 0 && by !== void 0 ? bx - by : x.localeCompare(y);
    if (order !== 0) return order;
  }
  return 0;
}
function partitionCounts(partition, counts, out) {
  const sums = out ?? new Float64Array(partition.groups.length * CELLS);
  sums.fill(0);
  const { groupOfCell } = partition;
  for (let k = 0; k < groupOfCell.length; k++) {
    const g = groupOfCell[k] * CELLS;
    const from = k * CELLS;
    for (let c = 0; c < CELLS; c++) sums[g + c] += counts[from + c];
  }
  return sums;
}

// packages/fairness/src/privileged.ts
var PRIVILEGED_METRIC_NAMES = [
  "disparate_impact",
  "statistical_parity_difference",
  "average_odds_difference"
];
function privilegedMetric(name, unprivileged, privileged) {
  const u = (r) => rate(r, unprivileged);
  const p = (r) => rate(r, privileged);
  switch (name) {
    case "disparate_impact": {
      const su = u("selection_rate");
      const sp = p("selection_rate");
      return su === null || sp === null || sp === 0 ? null : su / sp;
    }
    case "statistical_parity_difference": {
      const su = u("selection_rate");
      const sp = p("selection_rate");
      return su === null || sp === null ? null : su - sp;
    }
    case "average_odds_difference": {
      const [fu, fp, tu, tp] = [u("fpr"), p("fpr"), u("tpr"), p("tpr")];
      return fu === null || fp === null || tu === null || tp === null ? null : (fu - fp + (tu - tp)) / 2;
    }
  }
}
function pooled(parts) {
  const out = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (const c of parts) {
    out.tp += c.tp;
    out.fp += c.fp;
    out.tn += c.tn;
    out.fn += c.fn;
  }
  return out;
}

// packages/fairness/src/fairness-evaluation.ts
function evaluateFairness(grouped, options) {
  const models = options.champion ? ["challenger", "champion"] : ["challenger"];
  const estimateCounts = countsOf(grouped, grouped.counts);
  const tracked = [];
  const track = (s) => tracked.push(s) - 1;
  const partitions = grouped.partitions.map((p, pi) => {
    const sums = estimateCounts.parts[pi];
    const groups = p.groups.map((name, g) => {
      const count = sumCells(sums, g * CELLS);
      const rates = Object.fromEntries(
        RATE_NAMES.map((r) => {
          const ids = models.map((m) => track((c) => rate(r, confusionOf(c.parts[pi], g * CELLS, m))));
          return [r, { ids, why: whyUndefined(r) }];
        })
      );
      return { name, count, sufficient: count >= options.minGroupSize, rates };
    });
    const insufficient = groups.filter((g) => !g.sufficient);
    const disparities = Object.fromEntries(
      DISPARITY_NAMES.map((d) => {
        const ids = models.map(
          (m) => track(
            (c) => disparity(d, groupConfusions(c.parts[pi], p, m), confusionOf(c.overall, 0, m), options)
          )
        );
        const why = insufficient.length > 0 ? insufficientGroups(insufficient, options.minGroupSize) : disparityUndefined(d, p, sums, estimateCounts.overall);
        return [d, { ids, why, blocked: insufficient.length > 0 }];
      })
    );
    return { key: p.key, groups, disparities };
  });
  const worst = Object.fromEntries(
    DISPARITY_NAMES.map((d) => {
      const perModel = models.map((_, mi) => partitions.map((p) => p.disparities[d].ids[mi]));
      const blocked = partitions.filter((p) => p.disparities[d].blocked).map((p) => p.key);
      const ids = perModel.map(
        (members) => track((_, earlier) => {
          if (blocked.length > 0) return null;
          let out = null;
          for (const id of members) {
            const v = earlier[id];
            if (Number.isNaN(v)) return null;
            if (out === null || (isRatio(d) ? v < out : v > out)) out = v;
          }
          return out;
        })
      );
      return [d, ids];
    })
  );
  const privileged = (options.privileged ?? []).map(({ column, value }) => {
    const pi = grouped.partitions.findIndex((p) => p.key === column);
    const group = `${column}=${value}`;
    const g = grouped.partitions[pi]?.groups.indexOf(group) ?? -1;
    if (g < 0) throw new RangeError(`no group ${group} among the sensitive columns' groups`);
    const sizes = partitions[pi].groups.map((x) => x.count);
    const privilegedRows = sizes[g];
    const otherRows = sizes.reduce((a, b) => a + b, 0) - privilegedRows;
    const small = Math.min(privilegedRows, otherRows) < options.minGroupSize;
    const metrics = PRIVILEGED_METRIC_NAMES.map((name) => {
      const ids = models.map(
        (m) => track((c) => {
          const all = groupConfusions(c.parts[pi], grouped.partitions[pi], m);
          return privilegedMetric(name, pooled(all.filter((_, i) => i !== g)), all[g]);
        })
      );
      const why = small ? `the privileged group (n=${privilegedRows}) or the rest (n=${otherRows}) is below min_group_size ${options.minGroupSize}` : `${name} is undefined: a rate it needs has no rows to divide by (privileged n=${privilegedRows}, unprivileged n=${otherRows})`;
      return [name, { ids, why, blocked: small }];
    });
    return { column, group, metrics };
  });
  const replicates = bootstrap(grouped, tracked, options);
  const estimates = Array.from(
    evaluateAll(tracked, estimateCounts, new Float64Array(tracked.length)),
    (x) => Number.isNaN(x) ? null : x
  );
  const compare = (ids, why, blocked = false) => compared(ids, why, blocked, estimates, replicates, options.level);
  return {
    partitions: partitions.map((p) => ({
      key: p.key,
      groups: p.groups.map((g) => ({
        name: g.name,
        count: g.count,
        sufficient: g.sufficient,
        rates: Object.fromEntries(
          RATE_NAMES.map((r) => [r, compare(g.rates[r].ids, g.rates[r].why)])
        )
      })),
      disparities: Object.fromEntries(
        DISPARITY_NAMES.map((d) => {
          const { ids, why, blocked } = p.disparities[d];
          return [d, compare(ids, why, blocked)];
        })
      )
    })),
    privileged: privileged.map(({ column, group, metrics }) => ({
      column,
      group,
      metrics: Object.fromEntries(
        metrics.map(([name, { ids, why, blocked }]) => [name, compare(ids, why, blocked)])
      )
    })),
    worst: Object.fromEntries(
      DISPARITY_NAMES.map((d) => {
        const ids = worst[d];
        const unavailableIn = partitions.filter(
          (p) => p.disparities[d].blocked || estimates[p.disparities[d].ids[0]] === null
        );
        const why = `undefined for ${unavailableIn.map((p) => p.key).join(", ")}: ${unavailableIn.map((p) => p.disparities[d].why).join("; ")}`;
        const at = partitions.find((p) => estimates[p.disparities[d].ids[0]] === estimates[ids[0]]);
        return [
          d,
          { ...compare(ids, why), ...at && estimates[ids[0]] !== null ? { partition: at.key } : {} }
        ];
      })
    )
  };
}
function countsOf(grouped, cells, into) {
  const parts = grouped.partitions.map((p, i) => partitionCounts(p, cells, into?.parts[i]));
  const overall = into?.overall ?? new Float64Array(CELLS);
  overall.fill(0);
  for (let i = 0; i < cells.length; i++) overall[i % CELLS] += cells[i];
  return { parts, overall };
}
function sumCells(cells, offset) {
  let n = 0;
  for (let c = 0; c < CELLS; c++) n += cells[offset + c];
  return n;
}
function groupConfusions(sums, p, model) {
  return p.groups.map((_, g) => confusionOf(sums, g * CELLS, model));
}
function disparityUndefined(d, p, sums, overall) {
  for (const r of ratesOf(d)) {
    for (let g = 0; g < p.groups.length; g++) {
      if (rate(r, confusionOf(sums, g * CELLS, "challenger")) === null)
        return `${whyUndefined(r).replace("the group", p.groups[g])}`;
    }
    if (rate(r, confusionOf(overall, 0, "challenger")) === null)
      return whyUndefined(r).replace("the group", "the data");
  }
  return `every group's ${ratesOf(d).join(" and ")} is 0, so the ratio is 0/0`;
}
function bootstrap(grouped, tracked, options) {
  const { resamples } = options;
  const out = tracked.map(() => new Float64Array(resamples));
  const values = new Float64Array(tracked.length);
  const rng = new Xoshiro128(options.seed);
  const { counts, intersections } = grouped;
  const drawn = new Float64Array(counts.length);
  const sizes = Float64Array.from({ length: intersections }, (_, k) => sumCells(counts, k * CELLS));
  const into = countsOf(grouped, drawn);
  for (let r = 0; r < resamples; r++) {
    for (let k = 0; k < intersections; k++) {
      sampleMultinomial(rng, sizes[k], counts.subarray(k * CELLS, (k + 1) * CELLS), drawn, k * CELLS);
    }
    countsOf(grouped, drawn, into);
    evaluateAll(tracked, into, values);
    for (let s = 0; s < tracked.length; s++) out[s][r] = values[s];
  }
  return out;
}
function evaluateAll(tracked, counts, values) {
  for (let s = 0; s < tracked.length; s++) values[s] = tracked[s](counts, values) ?? Number.NaN;
  return values;
}

// packages/fairness/src/group-rates.ts
function groupRates(grouped, names) {
  return grouped.partitions.flatMap((p) => {
    const sums = partitionCounts(p, grouped.counts);
    return p.groups.map((group, g) => {
      const c = confusionOf(sums, g * CELLS, "challenger");
      return { partition: p.key, group, rates: names.map((r) => rate(r, c)) };
    });
  });
}

// packages/fairness/src/group-delong.ts
function rankCells(labels, scores, cellOfRow) {
  const ranked = rankScores("predictions", scores);
  const { order } = ranked;
  const n = order.length;
  const rankedLabels = new Uint8Array(n);
  const cells = new Int32Array(n);
  const rankOfRow = new Uint32Array(n);
  for (let k = 0; k < n; k++) {
    const i = order[k];
    rankedLabels[k] = labels[i] === 1 ? 1 : 0;
    cells[k] = cellOfRow[i];
    rankOfRow[i] = k;
  }
  return { ranked, labels: rankedLabels, cells, rankOfRow };
}
function delongByGroup(models, groupOfCell, groups, level) {
  const first = models[0];
  const n = first.labels.length;
  const positives = new Float64Array(groups);
  const negatives = new Float64Array(groups);
  for (let k = 0; k < n; k++) {
    const g = groupOfCell[first.cells[k]];
    if (first.labels[k] === 1) positives[g]++;
    else negatives[g]++;
  }
  const components = models.map((m) => structuralComponents(m, groupOfCell, positives, negatives));
  const auc = models.map((m, a) => {
    const sums = new Float64Array(groups);
    for (let k = 0; k < n; k++) if (m.labels[k] === 1) sums[groupOfCell[m.cells[k]]] += components[a][k];
    return sums.map((s, g) => s / positives[g]);
  });
  const products = (a, b) => {
    const own2 = new Float64Array(groups * 2);
    const between2 = new Float64Array(groups * 2);
    const { cells, labels, ranked } = models[a];
    const ca = components[a];
    const aucA = auc[a];
    for (let k = 0; k < n; k++) {
      const g = groupOfCell[cells[k]];
      const slot = g * 2 + (labels[k] === 1 ? 0 : 1);
      const d = ca[k] - aucA[g];
      own2[slot] += d * d;
      if (b !== void 0)
        between2[slot] += d * (components[b][models[b].rankOfRow[ranked.order[k]]] - auc[b][g]);
    }
    return { own: own2, between: between2 };
  };
  const variance = (sums, g) => sums[g * 2] / (positives[g] - 1) / positives[g] + sums[g * 2 + 1] / (negatives[g] - 1) / negatives[g];
  const ofChallenger = products(0, components.length > 1 ? 1 : void 0);
  const own = [ofChallenger.own, ...components.slice(1).map((_, m) => products(m + 1).own)];
  const between = components.length > 1 ? ofChallenger.between : void 0;
  const z = normalQuantile((1 + level) / 2);
  const estimate = (value, v) => {
    const half = z * Math.sqrt(Math.max(0, v));
    return { value, ci: { lower: Math.max(0, value - half), upper: Math.min(1, value + half) } };
  };
  return Array.from({ length: groups }, (_, g) => {
    if (positives[g] < 2 || negatives[g] < 2) return null;
    const challenger = estimate(auc[0][g], variance(own[0], g));
    if (!between) return { challenger };
    const champion = estimate(auc[1][g], variance(own[1], g));
    const difference = challenger.value - champion.value;
    const half = z * Math.sqrt(Math.max(0, variance(own[0], g) + variance(own[1], g) - 2 * variance(between, g)));
    return {
      challenger,
      champion,
      delta: { value: difference, ci: { lower: difference - half, upper: difference + half } }
    };
  });
}
function structuralComponents({ ranked, labels, cells }, groupOfCell, positives, negatives) {
  const groups = positives.length;
  const out = new Float64Array(labels.length);
  const positivesBelow = new Float64Array(groups);
  const negativesBelow = new Float64Array(groups);
  const positivesTied = new Float64Array(groups);
  const negativesTied = new Float64Array(groups);
  let start = 0;
  for (const end of ranked.groupEnds) {
    if (end === start + 1) {
      const g = groupOfCell[cells[start]];
      if (labels[start] === 1) {
        out[start] = negativesBelow[g] / negatives[g];
        positivesBelow[g]++;
      } else {
        out[start] = (positives[g] - positivesBelow[g]) / positives[g];
        negativesBelow[g]++;
      }
      start = end;
      continue;
    }
    for (let k = start; k < end; k++) {
      if (labels[k] === 1) positivesTied[groupOfCell[cells[k]]]++;
      else negativesTied[groupOfCell[cells[k]]]++;
    }
    for (let k = start; k < end; k++) {
      const g = groupOfCell[cells[k]];
      out[k] = labels[k] === 1 ? (negativesBelow[g] + negativesTied[g] / 2) / negatives[g] : (positives[g] - positivesBelow[g] - positivesTied[g] / 2) / positives[g];
    }
    for (let k = start; k < end; k++) {
      const g = groupOfCell[cells[k]];
      positivesBelow[g] += positivesTied[g];
      negativesBelow[g] += negativesTied[g];
      positivesTied[g] = 0;
      negativesTied[g] = 0;
    }
    start = end;
  }
  return out;
}

// packages/fairness/src/normal-cell-sums.ts
var NormalCellSums = class {
  cells;
  /** Per intersection and joint cell: row count, the models' means, and the Cholesky factor (l00, l10, l11). */
  counts;
  moments;
  drawn;
  intersections;
  columns;
  bins;
  constructor(intersections, rows, columns, bins) {
    this.intersections = intersections;
    this.columns = columns;
    this.bins = bins;
    this.cells = bins ** columns.length;
    const cells = this.cells;
    this.counts = new Float64Array(intersections.length * cells);
    this.moments = new Float64Array(intersections.length * cells * 5);
    this.drawn = new Float64Array(cells);
    const sums = new Float64Array(cells * 2);
    const cross = new Float64Array(cells * 3);
    intersections.forEach((k, at) => {
      const members = rows.order.subarray(rows.starts[k], rows.starts[k + 1]);
      const count = this.counts.subarray(at * cells, (at + 1) * cells);
      sums.fill(0);
      cross.fill(0);
      for (const i of members) {
        const c = this.cellOf(i);
        count[c]++;
        for (let m = 0; m < columns.length; m++) sums[c * 2 + m] += columns[m].value[i];
      }
      for (const i of members) {
        const c = this.cellOf(i);
        const d0 = columns[0].value[i] - sums[c * 2] / count[c];
        const d1 = columns.length > 1 ? columns[1].value[i] - sums[c * 2 + 1] / count[c] : 0;
        cross[c * 3] += d0 * d0;
        cross[c * 3 + 1] += d1 * d0;
        cross[c * 3 + 2] += d1 * d1;
      }
      for (let c = 0; c < cells; c++) {
        const n = count[c];
        if (n === 0) continue;
        const l00 = Math.sqrt(cross[c * 3] / n);
        const l10 = l00 > 0 ? cross[c * 3 + 1] / n / l00 : 0;
        const l11 = Math.sqrt(Math.max(0, cross[c * 3 + 2] / n - l10 * l10));
        this.moments.set([sums[c * 2] / n, sums[c * 2 + 1] / n, l00, l10, l11], (at * cells + c) * 5);
      }
    });
  }
  cellOf(i) {
    const first = this.columns[0].bin?.[i] ?? 0;
    return this.columns.length > 1 ? first + this.bins * (this.columns[1].bin?.[i] ?? 0) : first;
  }
  /** Adds one resample's sums into each model's `sums` (intersection k's bin b at k·bins + b). */
  addResample(rng, sums) {
    const { cells, bins, drawn, moments } = this;
    const two = this.columns.length > 1;
    this.intersections.forEach((k, at) => {
      const count = this.counts.subarray(at * cells, (at + 1) * cells);
      let n = 0;
      for (const c of count) n += c;
      sampleMultinomial(rng, n, count, drawn);
      for (let c = 0; c < cells; c++) {
        const draws = drawn[c];
        if (draws === 0) continue;
        const o = (at * cells + c) * 5;
        const [z0, z1] = standardNormalPair(rng);
        const root = Math.sqrt(draws);
        sums[0][k * bins + c % bins] += draws * moments[o] + root * moments[o + 2] * z0;
        if (two)
          sums[1][k * bins + Math.floor(c / bins)] += draws * moments[o + 1] + root * (moments[o + 3] * z0 + moments[o + 4] * z1);
      }
    });
  }
};
function standardNormalPair(rng) {
  const radius = Math.sqrt(-2 * Math.log(1 - rng.nextFloat()));
  const angle = 2 * Math.PI * rng.nextFloat();
  return [radius * Math.cos(angle), radius * Math.sin(angle)];
}

// packages/fairness/src/row-metrics.ts
var ROW_METRIC_NAMES = {
  classification: ["mean_score", "roc_auc", "ece"],
  regression: ["mae", "mean_prediction", "mean_residual"]
};
var calibration = calibrationEdges(DEFAULT_CALIBRATION_BINS);
var mean = (value) => ({
  kind: "binned-mean",
  bins: 1,
  value,
  absolute: false,
  undefinedWhen: "no rows"
});
var ROW_METRICS = {
  mean_score: mean((_, s) => s),
  // Σ_b (n_b/n)·|fraction positive − mean probability| over sklearn's uniform bins is Σ_b |Σ(y − s)| / n.
  ece: {
    kind: "binned-mean",
    bins: DEFAULT_CALIBRATION_BINS,
    binOf: (s) => calibrationBinOf(s, calibration),
    value: (y, s) => y - s,
    absolute: true,
    undefinedWhen: "no rows"
  },
  roc_auc: { kind: "ranked", undefinedWhen: "only one label class" },
  mae: mean((y, s) => Math.abs(s - y)),
  mean_prediction: mean((_, s) => s),
  mean_residual: mean((y, s) => y - s)
};
function rowMetric(name) {
  return ROW_METRICS[name];
}
function whyRowMetricUndefined(name) {
  return `${name} is undefined: the group has ${ROW_METRICS[name].undefinedWhen}`;
}
var REGRESSION_DISPARITY_NAMES = [
  "mae_difference",
  "mae_ratio",
  "mean_prediction_difference",
  "mean_prediction_ratio"
];
function regressionDisparityOf(name) {
  const kind = name.endsWith("_ratio") ? "ratio" : "difference";
  return { metric: name.startsWith("mae") ? "mae" : "mean_prediction", kind };
}

// packages/fairness/src/group-row-metrics.ts
function evaluateRowMetrics(grouped, rows, options) {
  const n = rows.labels.length;
  const models = rows.champion ? [rows.challenger, rows.champion] : [rows.challenger];
  const names = ROW_METRIC_NAMES[options.task];
  const labels = Float64Array.from(rows.labels);
  const byIntersection = rowsByIntersection(grouped);
  const { intersections } = grouped;
  const normalFrom = options.normalFromRows ?? DELONG_INTERVAL_MIN_ROWS;
  const sizeOf = (k) => byIntersection.starts[k + 1] - byIntersection.starts[k];
  const allCells = Int32Array.from({ length: intersections }, (_, k) => k);
  const drawnCells = allCells.filter((k) => sizeOf(k) < normalFrom);
  const normalCells = allCells.filter((k) => sizeOf(k) >= normalFrom);
  const binned = /* @__PURE__ */ new Map();
  const binnedInput = (name, spec) => {
    let input = binned.get(name);
    if (!input) {
      const columns = models.map((p) => {
        const value = new Float64Array(n);
        for (let i = 0; i < n; i++) value[i] = spec.value(labels[i], p[i]);
        const binOf = spec.binOf;
        if (!binOf) return { value, bin: void 0 };
        const bin = new Uint8Array(n);
        for (let i = 0; i < n; i++) bin[i] = binOf(p[i]);
        return { value, bin };
      });
      input = {
        spec,
        columns,
        sums: models.map(() => new Float64Array(intersections * spec.bins)),
        normal: new NormalCellSums(normalCells, byIntersection, columns, spec.bins)
      };
      binned.set(name, input);
    }
    return input;
  };
  const leaves = [];
  const leafOf = (cells, count, m, name) => {
    const spec = rowMetric(name);
    if (spec.kind === "binned-mean") {
      const input = binnedInput(name, spec);
      leaves.push(() => binnedMean(input, m, cells, count));
    } else {
      const ranked = rankedRows(byIntersection, cells, labels, models[m]);
      leaves.push((weights2) => weightedRocAuc(ranked.labels, ranked.ranked, weights2));
    }
    return leaves.length - 1;
  };
  const overallIds = /* @__PURE__ */ new Map();
  const overall = (metric) => {
    let ids = overallIds.get(metric);
    if (!ids) {
      ids = models.map((_, m) => leafOf(allCells, n, m, metric));
      overallIds.set(metric, ids);
    }
    return ids;
  };
  let rankedModels;
  const delongOf = (p) => {
    rankedModels ??= models.map((scores) => rankCells(labels, scores, grouped.intersectionOfRow));
    return delongByGroup(rankedModels, p.groupOfCell, p.groups.length, options.level);
  };
  const partitions = grouped.partitions.map((p) => {
    const counts = p.groups.map((_, g) => {
      let count = 0;
      for (let k = 0; k < intersections; k++) if (p.groupOfCell[k] === g) count += sizeOf(k);
      return count;
    });
    const delong = names.includes("roc_auc") && counts.some((c) => c >= normalFrom) ? delongOf(p) : void 0;
    const groups = p.groups.map((name, g) => {
      const cells = Int32Array.from(Array.from(p.groupOfCell.keys()).filter((k) => p.groupOfCell[k] === g));
      const count = counts[g];
      const aucByDeLong = delong && count >= normalFrom ? delong[g] ?? withoutInterval(models.length, whyNoDeLongInterval) : void 0;
      const ids = Object.fromEntries(
        names.filter((metric) => !(aucByDeLong && metric === "roc_auc")).map((metric) => [metric, models.map((_, m) => leafOf(cells, count, m, metric))])
      );
      return { name, count, sufficient: count >= options.minGroupSize, ids, aucByDeLong };
    });
    return { key: p.key, groups };
  });
  if (options.task === "regression")
    for (const metric of ["mae", "mean_prediction"]) overall(metric);
  const derived = [];
  const derive = (f) => leaves.length + derived.push(f) - 1;
  const disparityIds = options.task === "regression" ? partitions.map((p) => {
    const insufficient = p.groups.filter((g) => !g.sufficient);
    return Object.fromEntries(
      REGRESSION_DISPARITY_NAMES.map((d) => {
        const { metric, kind } = regressionDisparityOf(d);
        const all = overall(metric);
        const ids = models.map(
          (_, m) => derive((v) => {
            const values = p.groups.map((g) => finite(v[g.ids[metric][m]]));
            if (kind === "ratio" && values.some((x) => x !== null && x < 0)) return null;
            return spread(values, finite(v[all[m]]), kind, options.method);
          })
        );
        const why = insufficient.length > 0 ? insufficientGroups(insufficient, options.minGroupSize) : kind === "ratio" ? `${d} is undefined: a ratio needs non-negative group values with a positive largest` : `${d} is undefined: a group's ${metric} is undefined`;
        return [d, { ids, why, blocked: insufficient.length > 0 }];
      })
    );
  }) : [];
  const worstIds = Object.fromEntries(
    options.task === "regression" ? REGRESSION_DISPARITY_NAMES.map((d) => {
      const blocked = disparityIds.some((p) => p[d].blocked);
      const ratio = regressionDisparityOf(d).kind === "ratio";
      const ids = models.map(
        (_, m) => derive((v) => {
          if (blocked) return null;
          let out = null;
          for (const p of disparityIds) {
            const x = finite(v[p[d].ids[m]]);
            if (x === null) return null;
            if (out === null || (ratio ? x < out : x > out)) out = x;
          }
          return out;
        })
      );
      return [d, ids];
    }) : []
  );
  const evaluate = (weights2) => {
    const values = new Float64Array(leaves.length + derived.length);
    for (let l = 0; l < leaves.length; l++) values[l] = leaves[l](weights2) ?? Number.NaN;
    for (let d = 0; d < derived.length; d++) values[leaves.length + d] = derived[d](values) ?? Number.NaN;
    return values;
  };
  const ones = new Uint32Array(n).fill(1);
  for (const input of binned.values()) sumByIntersection(input, ones, byIntersection, allCells);
  const estimates = Array.from(evaluate(ones), (x) => Number.isNaN(x) ? null : x);
  const replicates = estimates.map(() => new Float64Array(options.resamples));
  const rng = new Xoshiro128(options.seed);
  const weights = new Uint32Array(n);
  for (let r = 0; r < options.resamples; r++) {
    drawWithinIntersections(byIntersection, drawnCells, rng, weights);
    for (const input of binned.values()) {
      sumByIntersection(input, weights, byIntersection, drawnCells);
      input.normal.addResample(rng, input.sums);
    }
    const values = evaluate(weights);
    for (let s = 0; s < values.length; s++) replicates[s][r] = values[s];
  }
  const compare = (ids, why, blocked = false) => compared(ids, why, blocked, estimates, replicates, options.level);
  return {
    normalIntersections: normalCells.length,
    partitions: partitions.map((p, pi) => ({
      key: p.key,
      groups: p.groups.map((g) => ({
        name: g.name,
        count: g.count,
        sufficient: g.sufficient,
        metrics: Object.fromEntries(
          names.map((m) => [
            m,
            m === "roc_auc" && g.aucByDeLong ? g.aucByDeLong : compare(g.ids[m], whyRowMetricUndefined(m))
          ])
        )
      })),
      disparities: Object.fromEntries(
        Object.entries(disparityIds[pi] ?? {}).map(([d, { ids, why, blocked }]) => [
          d,
          compare(ids, why, blocked)
        ])
      )
    })),
    worst: Object.fromEntries(
      Object.entries(worstIds).map(([d, ids]) => {
        const name = d;
        const perPartition = disparityIds.map((p) => p[name]);
        const why = perPartition.find((p) => p.blocked || estimates[p.ids[0]] === null)?.why ?? "";
        const at = partitions.findIndex(
          (_, pi) => estimates[perPartition[pi].ids[0]] === estimates[ids[0]]
        );
        return [
          d,
          {
            ...compare(ids, why),
            ...at >= 0 && estimates[ids[0]] !== null ? { partition: partitions[at].key } : {}
          }
        ];
      })
    )
  };
}
function finite(x) {
  return Number.isNaN(x) ? null : x;
}
function rowsByIntersection(grouped) {
  const { intersectionOfRow, intersections } = grouped;
  const starts = new Int32Array(intersections + 1);
  for (const k of intersectionOfRow) starts[k + 1]++;
  for (let k = 0; k < intersections; k++) starts[k + 1] += starts[k];
  const next = starts.slice(0, intersections);
  const order = new Int32Array(intersectionOfRow.length);
  intersectionOfRow.forEach((k, i) => {
    order[next[k]++] = i;
  });
  return { order, starts };
}
function sumByIntersection(input, weights, { order, starts }, cells) {
  const bins = input.spec.bins;
  input.columns.forEach(({ value, bin }, m) => {
    const sums = input.sums[m];
    sums.fill(0);
    for (const k of cells) {
      for (let j = starts[k]; j < starts[k + 1]; j++) {
        const i = order[j];
        const w = weights[i];
        if (w !== 0) sums[k * bins + (bin ? bin[i] : 0)] += w * value[i];
      }
    }
  });
}
function binnedMean(input, m, cells, count) {
  if (count === 0) return null;
  const { bins, absolute } = input.spec;
  const sums = input.sums[m];
  let out = 0;
  for (let b = 0; b < bins; b++) {
    let sum = 0;
    for (const k of cells) sum += sums[k * bins + b];
    out += absolute ? Math.abs(sum) : sum;
  }
  return out / count;
}
function rankedRows({ order, starts }, cells, labels, predictions) {
  let size = 0;
  for (const k of cells) size += starts[k + 1] - starts[k];
  const members = new Int32Array(size);
  let at = 0;
  for (const k of cells) {
    members.set(order.subarray(starts[k], starts[k + 1]), at);
    at += starts[k + 1] - starts[k];
  }
  const scores = new Float64Array(size);
  const memberLabels = new Float64Array(size);
  for (let j = 0; j < size; j++) {
    scores[j] = predictions[members[j]];
    memberLabels[j] = labels[members[j]];
  }
  const local = rankScores("predictions", scores);
  const rows = new Uint32Array(size);
  for (let j = 0; j < size; j++) rows[j] = members[local.order[j]];
  return {
    ranked: { order: rows, groupEnds: local.groupEnds },
    labels: labelsInRankOrder(memberLabels, local)
  };
}
function drawWithinIntersections({ order, starts }, cells, rng, weights) {
  for (const k of cells) {
    const start = starts[k];
    const size = starts[k + 1] - start;
    for (let j = start; j < start + size; j++) weights[order[j]] = 0;
    if (size === 1) weights[order[start]] = 1;
    if (size <= 1) continue;
    const mask = size > 2147483648 ? 4294967295 : 2 ** Math.ceil(Math.log2(size)) - 1;
    for (let j = 0; j < size; j++) {
      let x = size;
      while (x >= size) x = (rng.nextUint32() & mask) >>> 0;
      weights[order[start + x]]++;
    }
  }
}
var whyNoDeLongInterval = "roc_auc has no DeLong interval: the group has fewer than two rows of a label class";
function withoutInterval(models, why) {
  const none = { value: null, unavailable: why };
  return models > 1 ? { challenger: none, champion: none } : { challenger: none };
}

// packages/fairness/src/group-vs-rest.ts
var TESTED = {
  selection_rate: (c) => [c.tp + c.fp, c.tp + c.fp + c.tn + c.fn],
  tpr: (c) => [c.tp, c.tp + c.fn],
  fpr: (c) => [c.fp, c.fp + c.tn]
};
function groupsVsRest(grouped, minGroupSize) {
  const overall = new Float64Array(CELLS);
  grouped.counts.forEach((v, i) => {
    overall[i % CELLS] += v;
  });
  const all = confusionOf(overall, 0, "challenger");
  const tests = [];
  for (const p of grouped.partitions) {
    if (p.groups.length < 2) continue;
    const sums = partitionCounts(p, grouped.counts);
    p.groups.forEach((group, g) => {
      const c = confusionOf(sums, g * CELLS, "challenger");
      if (c.tp + c.fp + c.tn + c.fn < minGroupSize) return;
      const rest = { tp: all.tp - c.tp, fp: all.fp - c.fp, tn: all.tn - c.tn, fn: all.fn - c.fn };
      for (const [rate2, of] of Object.entries(TESTED)) {
        const [x1, n1] = of(c);
        const [x2, n2] = of(rest);
        if (n1 === 0 || n2 === 0) continue;
        const { pValue } = twoProportionZTest(x1, n1, x2, n2);
        tests.push({ partition: p.key, group, rate: rate2, group_value: x1 / n1, rest_value: x2 / n2, pValue });
      }
    });
  }
  const q = benjaminiHochberg(tests.map((t) => t.pValue));
  return tests.map((t, i) => ({ ...t, qValue: q[i] })).sort((a, b) => a.qValue - b.qValue);
}

// packages/commands/src/evaluate-bias/bias-columns.ts
var MISSING = "(missing)";
function requireColumns(dataset, config, locate) {
  const wanted = [
    [config.data.label, ["data", "label"]],
    ...config.sensitive.map((c, i) => [c, ["sensitive", i]])
  ];
  requireNamedColumns(dataset, wanted, config.data.path, locate);
  for (const column of Object.keys(config.bins)) {
    if (!config.sensitive.includes(column)) {
      throw new ConfigError(`bins.${column} names a column that is not in sensitive`, {
        location: locate(["bins", column]),
        hint: `sensitive: ${config.sensitive.join(", ")}`
      });
    }
  }
}
function readBinaryLabels(dataset, label) {
  const [values] = dataset.columnValues([label]);
  const out = new Float64Array(dataset.rows);
  let firstBad = -1;
  const found = /* @__PURE__ */ new Set();
  for (let i = 0; i < dataset.rows; i++) {
    const raw = values[i].trim();
    if (found.size < 12) found.add(raw === "" ? "(empty)" : raw);
    if (raw === "0" || raw === "1") out[i] = Number(raw);
    else if (firstBad < 0) firstBad = i;
  }
  if (firstBad >= 0) {
    throw new ConfigError(
      `label "${label}" is not binary: values found ${[...found].map((v) => JSON.stringify(v)).join(", ")}; group fairness metrics need 0/1 labels`,
      {
        location: { file: dataset.file, line: dataset.lineOf(firstBad), path: label },
        hint: "for one class against the rest, add a column that is 1 for that class and 0 otherwise, and name it as data.label"
      }
    );
  }
  return out;
}
function readSensitive(dataset, config, locate) {
  const columns = dataset.columnValues(config.sensitive);
  return config.sensitive.map((name, j) => {
    const raw = columns[j];
    if (raw.every((v) => v.trim() === "")) {
      throw new ConfigError(`sensitive column "${name}" is empty in every row of ${config.data.path}`, {
        location: locate(["sensitive", j]),
        hint: "check the column name and the export that wrote the data"
      });
    }
    const edges = config.bins[name];
    if (!edges) return { name, values: raw.map((v) => v.trim() === "" ? MISSING : v) };
    const values = raw.map((v, i) => {
      if (v.trim() === "") return MISSING;
      const x = Number(v);
      if (!Number.isFinite(x)) {
        throw new ConfigError(
          `sensitive column "${name}" is binned but holds ${JSON.stringify(v.slice(0, 40))}`,
          {
            location: { file: dataset.file, line: dataset.lineOf(i), path: name },
            hint: `remove bins.${name} to group by its values, or fix the row`
          }
        );
      }
      return binLabel(x, edges);
    });
    return { name, values };
  });
}
function privilegedGroups(config, sensitive, locate) {
  return Object.entries(config.privileged ?? {}).map(([column, value]) => {
    const values = sensitive.find((s) => s.name === column)?.values;
    if (!values) {
      throw new ConfigError(`privileged.${column} is not a sensitive column`, {
        location: locate(["privileged", column]),
        hint: `sensitive: ${config.sensitive.join(", ")}`
      });
    }
    const seen = [...new Set(values)].sort();
    if (!seen.includes(value)) {
      const near = seen.find((v) => v.toLowerCase() === value.toLowerCase()) ?? misspeltName(value, seen);
      throw new ConfigError(`privileged.${column}: no row has ${column} = ${JSON.stringify(value)}`, {
        location: locate(["privileged", column]),
        hint: `${near ? `did you mean ${JSON.stringify(near)}? ` : ""}values: ${seen.slice(0, 20).join(", ")}`
      });
    }
    return { column, value };
  });
}

// packages/commands/src/evaluate-bias/bias-results.ts
function biasMetrics(result, options) {
  const out = {};
  for (const d of DISPARITY_NAMES) {
    const worst = result.worst[d];
    const greaterIsBetter = isRatio(d);
    out[d] = metricOf(worst, options, { greaterIsBetter, at: worst.partition });
    for (const p of result.partitions) {
      out[`${d}[${p.key}]`] = metricOf(p.disparities[d], options, { greaterIsBetter });
    }
  }
  for (const p of result.privileged) {
    for (const name of PRIVILEGED_METRIC_NAMES)
      out[`${name}[${p.column}]`] = metricOf(p.metrics[name], options);
  }
  return out;
}
function metricOf(c, options, how = {}) {
  const { at } = how;
  const method = `stratified bootstrap, percentile, ${options.resamples} resamples${how.design ? `; ${how.design}` : ""}${at ? `; worst partition: ${at}` : ""}`;
  const ci = (e) => e?.ci ? { ci: { ...e.ci, level: options.level, method } } : {};
  const metric = {
    value: c.challenger.value,
    ...c.challenger.value === null ? { unavailable: c.challenger.unavailable } : ci(c.challenger),
    ...how.greaterIsBetter !== void 0 ? { greaterIsBetter: how.greaterIsBetter } : {}
  };
  if (c.champion) {
    metric.baseline = {
      value: c.champion.value,
      ...ci(c.champion),
      ...options.championLabel ? { label: options.championLabel } : {}
    };
  }
  if (c.delta?.value !== null && c.delta !== void 0)
    metric.delta = { value: c.delta.value, ...ci(c.delta) };
  return metric;
}
function groupSizeCheck(result, minGroupSize) {
  const small = result.partitions.flatMap((p) => p.groups.filter((g) => !g.sufficient));
  return {
    id: "group-size",
    title: `Every group has at least ${minGroupSize} rows`,
    status: small.length === 0 ? "pass" : "inconclusive",
    severity: "warn",
    observed: small.length === 0 ? "all groups" : `${small.length} group(s) below`,
    expected: `n ≥ ${minGroupSize}`,
    ...small.length > 0 ? {
      message: `insufficient data, reported but not judged: ${small.slice(0, 10).map((g) => `${g.name} (n=${g.count})`).join(", ")}${small.length > 10 ? `, and ${small.length - 10} more` : ""}`
    } : {}
  };
}
function shown(e) {
  if (!e || e.value === null) return "n/a";
  return e.ci ? `${fmt(e.value)} [${fmt(e.ci.lower)}, ${fmt(e.ci.upper)}]` : fmt(e.value);
}
function lowestSelection(p) {
  let at;
  let low = Number.POSITIVE_INFINITY;
  for (const g of p.groups) {
    const v = g.rates.selection_rate.challenger.value;
    if (g.sufficient && v !== null && v < low) {
      low = v;
      at = g.name;
    }
  }
  return at;
}
function groupDetails(result, scoreMetrics) {
  const details = [];
  for (const [pi, p] of result.partitions.entries()) {
    const worst = lowestSelection(p);
    const scored = scoreMetrics?.partitions[pi]?.groups;
    details.push({
      type: "table",
      title: `Groups by ${p.key}`,
      columns: [
        "group",
        "n",
        "selection rate",
        "base rate",
        "TPR",
        "FPR",
        "FNR",
        "precision",
        "accuracy",
        "mean score",
        "ROC AUC",
        "ECE",
        "note"
      ],
      rows: p.groups.map((g, gi) => [
        g.name,
        g.count,
        shown(g.rates.selection_rate.challenger),
        shown(g.rates.base_rate.challenger),
        shown(g.rates.tpr.challenger),
        shown(g.rates.fpr.challenger),
        shown(g.rates.fnr.challenger),
        shown(g.rates.precision.challenger),
        shown(g.rates.accuracy.challenger),
        shown(scored?.[gi]?.metrics.mean_score?.challenger),
        shown(scored?.[gi]?.metrics.roc_auc?.challenger),
        shown(scored?.[gi]?.metrics.ece?.challenger),
        !g.sufficient ? "insufficient data" : g.name === worst ? "lowest selection rate" : ""
      ])
    });
    for (const [rate2, label] of [
      ["selection_rate", "Selection rate"],
      ["tpr", "TPR"]
    ]) {
      const charted = p.groups.filter((g) => g.rates[rate2].challenger.value !== null);
      details.push({
        type: "bar-chart",
        title: `${label} by ${p.key}`,
        labels: charted.map((g) => g.name),
        values: charted.map((g) => g.rates[rate2].challenger.value)
      });
    }
  }
  details.push(disparityTable(result.partitions, DISPARITY_NAMES));
  return details;
}
function disparityTable(partitions, names) {
  return {
    type: "table",
    title: "Disparities",
    columns: ["partition", "disparity", "challenger", "champion", "change", "note"],
    rows: partitions.flatMap(
      (p) => names.map((d) => {
        const c = p.disparities[d];
        return [
          p.key,
          d,
          shown(c.challenger),
          c.champion ? shown(c.champion) : "",
          c.delta ? shown(c.delta) : "",
          c.challenger.unavailable ?? ""
        ];
      })
    )
  };
}
function findings(result) {
  const out = [];
  for (const p of result.partitions) {
    const judged = p.groups.filter((g) => g.sufficient && g.rates.selection_rate.challenger.value !== null);
    if (judged.length < 2) continue;
    const byRate = [...judged].sort(
      (a, b) => a.rates.selection_rate.challenger.value - b.rates.selection_rate.challenger.value
    );
    const low = byRate[0];
    const high = byRate[byRate.length - 1];
    const ratio = p.disparities.demographic_parity_ratio.challenger;
    const lowRate = low.rates.selection_rate.challenger.value;
    const highRate = high.rates.selection_rate.challenger.value;
    const times = highRate === 0 ? "" : ` (${fmt(lowRate / highRate)}×)`;
    const ci = ratio.value !== null && ratio.ci ? `; demographic parity ratio ${fmt(ratio.value)}, 95% CI [${fmt(ratio.ci.lower)}, ${fmt(ratio.ci.upper)}]` : "";
    out.push(
      `selection rate for ${low.name} is ${fmt(lowRate)} against ${fmt(highRate)} for ${high.name}${times}${ci}`
    );
  }
  for (const d of DISPARITY_NAMES) {
    const delta = result.worst[d].delta;
    if (!delta?.ci || delta.value === null) continue;
    const worse = isRatio(d) ? delta.ci.upper < 0 : delta.ci.lower > 0;
    if (worse) {
      out.push(
        `${d} is worse than the champion's by ${fmt(Math.abs(delta.value))} (95% CI of the change [${fmt(delta.ci.lower)}, ${fmt(delta.ci.upper)}])`
      );
    }
  }
  const small = result.partitions.flatMap((p) => p.groups.filter((g) => !g.sufficient));
  if (small.length > 0) out.push(`${small.length} group(s) have too few rows to judge; see the group tables`);
  return out;
}
var FDR = 0.05;
function groupVsRestFindings(tests) {
  const significant = tests.filter((t) => t.qValue <= FDR);
  const detail = {
    type: "table",
    title: `Groups against the rest (two-proportion z-tests, Benjamini–Hochberg over ${tests.length} tests)`,
    columns: ["partition", "group", "rate", "in the group", "in the rest", "p", "q", `q ≤ ${FDR}`],
    rows: tests.slice(0, 30).map((t) => [
      t.partition,
      t.group,
      t.rate,
      fmt(t.group_value),
      fmt(t.rest_value),
      fmt(t.pValue),
      fmt(t.qValue),
      t.qValue <= FDR ? "yes" : ""
    ])
  };
  if (significant.length === 0) return { detail };
  const top = significant[0];
  return {
    detail,
    finding: `${significant.length} of ${tests.length} group-against-rest differences hold at a ${FDR * 100}% false discovery rate; the strongest: ${top.rate} for ${top.group} is ${fmt(top.group_value)} against ${fmt(top.rest_value)} for the rest (q = ${fmt(top.qValue)})`
  };
}

// packages/commands/src/evaluate-bias/counterfactuals.ts
var MAX_COUNTERFACTUAL_VALUES = 20;
async function counterfactuals(input) {
  const metrics = {};
  const details = [];
  for (const column of input.sensitive) {
    const why = unavailable(input, column);
    const name = `counterfactual_flip_rate[${column.name}]`;
    if (why) {
      metrics[name] = { value: null, unavailable: why, greaterIsBetter: false };
      continue;
    }
    const targets = [...new Set(column.values)].filter((v) => v !== MISSING).sort();
    const decisionsWith = /* @__PURE__ */ new Map();
    for (const value of targets) {
      decisionsWith.set(
        value,
        await input.decide(
          withColumnValue(input.dataset, column.name, value),
          `challenger with ${column.name}=${value}`
        )
      );
    }
    const flips = counterfactualFlips(column.values, input.decisions, decisionsWith);
    metrics[name] = rateMetric(flips.flips, flips.pairs, input.level);
    details.push({
      type: "table",
      title: `Counterfactual flips: ${column.name} set to another value`,
      columns: ["from", "to", "rows", "flips", "flip rate"],
      rows: flips.byPair.map((p) => {
        const ci = wilsonScoreInterval(p.flips, p.rows, input.level);
        return [
          p.from,
          p.to,
          p.rows,
          p.flips,
          `${fmt(p.flips / p.rows)}${ci ? ` [${fmt(ci.lower)}, ${fmt(ci.upper)}]` : ""}`
        ];
      })
    });
  }
  const measured = Object.values(metrics).filter((m) => m.value !== null);
  metrics.counterfactual_flip_rate = measured.length > 0 ? measured.reduce((a, b) => b.value > a.value ? b : a) : {
    value: null,
    unavailable: Object.values(metrics).map((m) => m.unavailable).join("; "),
    greaterIsBetter: false
  };
  return { metrics, details };
}
function unavailable(input, column) {
  if (!input.scoresModel) {
    return "counterfactual flips need a model to score again: a predictions file cannot say what it would have decided";
  }
  if (!input.features.includes(column.name)) {
    return `the model does not read ${column.name}: setting it cannot change a decision directly (a proxy still can; compare group rates)`;
  }
  if (input.config.bins[column.name]) return `${column.name} is binned: a band has no single value to set`;
  const distinct = new Set(column.values).size;
  if (distinct > MAX_COUNTERFACTUAL_VALUES) {
    return `${column.name} has ${distinct} values, more than ${MAX_COUNTERFACTUAL_VALUES} to score the model with`;
  }
  return void 0;
}
function rateMetric(flips, pairs, level) {
  const ci = wilsonScoreInterval(flips, pairs, level);
  return {
    value: pairs === 0 ? null : flips / pairs,
    ...pairs === 0 ? { unavailable: "only one value observed: nothing to set it to" } : {},
    ...ci ? { ci: { ...ci, level, method: "Wilson score" } } : {},
    n: pairs,
    greaterIsBetter: false
  };
}

// packages/commands/src/evaluate-bias/decisions.ts
function decisionsOf(p, threshold, what) {
  if (p.probability) {
    const scores = p.probability;
    return { decisions: Uint8Array.from(scores, (s) => s >= threshold ? 1 : 0), scores };
  }
  if (p.label) return { decisions: Uint8Array.from(p.label) };
  throw new RuntimeFailure(`the ${what} gave neither probabilities nor labels`, {
    hint: "a fairness evaluation needs a probability or a 0/1 prediction per row"
  });
}
function valuesOf(p, what) {
  if (p.value) return p.value;
  throw new RuntimeFailure(`the ${what} gave no predicted values`, {
    hint: "a regression fairness evaluation needs a numeric prediction per row (a prediction or value column)"
  });
}

// packages/commands/src/evaluate-bias/regression-bias.ts
function regressionMetrics(result, options) {
  const out = {};
  const design = result.normalIntersections > 0 ? `${result.normalIntersections} intersection(s) of ${DELONG_INTERVAL_MIN_ROWS} rows or more resampled as normal sums` : void 0;
  for (const d of REGRESSION_DISPARITY_NAMES) {
    const greaterIsBetter = d.endsWith("_ratio");
    const worst = result.worst[d];
    out[d] = metricOf(worst, options, {
      greaterIsBetter,
      at: worst.partition,
      ...design ? { design } : {}
    });
    for (const p of result.partitions) {
      out[`${d}[${p.key}]`] = metricOf(p.disparities[d], options, {
        greaterIsBetter,
        ...design ? { design } : {}
      });
    }
  }
  return out;
}
function regressionDetails(result) {
  const details = [];
  for (const p of result.partitions) {
    const worst = highestMae(p);
    details.push({
      type: "table",
      title: `Groups by ${p.key}`,
      columns: ["group", "n", "MAE", "mean prediction", "mean residual", "note"],
      rows: p.groups.map((g) => [
        g.name,
        g.count,
        shown(g.metrics.mae?.challenger),
        shown(g.metrics.mean_prediction?.challenger),
        shown(g.metrics.mean_residual?.challenger),
        !g.sufficient ? "insufficient data" : g.name === worst?.name ? "highest MAE" : ""
      ])
    });
    const charted = p.groups.filter((g) => g.metrics.mae?.challenger.value != null);
    details.push({
      type: "bar-chart",
      title: `MAE by ${p.key}`,
      labels: charted.map((g) => g.name),
      values: charted.map((g) => g.metrics.mae.challenger.value)
    });
  }
  details.push(disparityTable(result.partitions, REGRESSION_DISPARITY_NAMES));
  return details;
}
function highestMae(p) {
  const judged = p.groups.filter((g) => g.sufficient && g.metrics.mae?.challenger.value != null);
  return judged.sort((a, b) => b.metrics.mae.challenger.value - a.metrics.mae.challenger.value)[0];
}
function regressionFindings(result) {
  const out = [];
  for (const p of result.partitions) {
    const judged = p.groups.filter((g) => g.sufficient && g.metrics.mae?.challenger.value != null);
    if (judged.length < 2) continue;
    const byMae = [...judged].sort(
      (a, b) => b.metrics.mae.challenger.value - a.metrics.mae.challenger.value
    );
    const high = byMae[0];
    const low = byMae[byMae.length - 1];
    const diff = p.disparities.mae_difference.challenger;
    const ci = diff.value !== null && diff.ci ? `; MAE difference ${fmt(diff.value)}, 95% CI [${fmt(diff.ci.lower)}, ${fmt(diff.ci.upper)}]` : "";
    out.push(
      `MAE for ${high.name} is ${fmt(high.metrics.mae.challenger.value)} against ${fmt(low.metrics.mae.challenger.value)} for ${low.name}${ci}`
    );
  }
  const small = result.partitions.flatMap((p) => p.groups.filter((g) => !g.sufficient));
  if (small.length > 0) out.push(`${small.length} group(s) have too few rows to judge; see the group tables`);
  return out;
}

// packages/commands/src/evaluate-bias/threshold-sweep.ts
function thresholdSweep(sensitive, labels, scores, thresholds) {
  const rows = [];
  const decisions = new Uint8Array(labels.length);
  for (const t of thresholds) {
    for (let i = 0; i < decisions.length; i++) decisions[i] = scores[i] >= t ? 1 : 0;
    for (const column of sensitive) {
      const grouped = groupRows([column], { labels, challenger: decisions });
      for (const g of groupRates(grouped, ["selection_rate", "tpr", "fpr"])) {
        rows.push([t, g.group, ...g.rates.map((r) => r === null ? "n/a" : fmt(r))]);
      }
    }
  }
  return {
    type: "table",
    title: "Threshold sweep",
    columns: ["threshold", "group", "selection rate", "TPR", "FPR"],
    rows
  };
}

// packages/commands/src/evaluate-bias/evaluate-bias-command.ts
var FOREST_PLOT_ROWS = 15;
async function runEvaluateBias(options, io) {
  const { logger } = io;
  const env = io.env ?? process.env;
  const cwd = io.cwd ?? process.cwd();
  const configFile = path.resolve(cwd, options.config);
  const config = await loadConfigFile(configFile, EvaluateBiasConfigSchema);
  const locate = await configLocator(configFile);
  throwConfigErrors(
    unknownGateMetrics(
      config.gates,
      {
        what: "evaluate-bias",
        known: config.task === "regression" ? [...REGRESSION_DISPARITY_NAMES] : [...DISPARITY_NAMES],
        produces: (m) => config.task === "regression" ? REGRESSION_DISPARITY_NAMES.some((d) => m === d || m.startsWith(`${d}[`)) : DISPARITY_NAMES.some((d) => m === d || m.startsWith(`${d}[`)) || PRIVILEGED_METRIC_NAMES.some((d) => m.startsWith(`${d}[`)) || m === "counterfactual_flip_rate" || m.startsWith("counterfactual_flip_rate[")
      },
      locate
    )
  );
  const base = path.dirname(configFile);
  const challengerScorer = requireScorer(config, options, configFile);
  const started = (io.now ?? (() => /* @__PURE__ */ new Date()))();
  const startMs = Date.now();
  const envelope = await modelEnvelope("bias", "Bias", config, { started, base, env });
  const resultsDir = path.resolve(cwd, options.resultsDir || DEFAULT_RESULTS_DIR);
  io.draft?.(envelope, { resultsDir });
  const dataset = await readDataset(path.resolve(base, config.data.path));
  requireColumns(dataset, config, locate);
  const labels = config.task === "regression" ? readLabels(dataset, config) : readBinaryLabels(dataset, config.data.label);
  const sensitive = readSensitive(dataset, config, locate);
  const privileged = privilegedGroups(config, sensitive, locate);
  envelope.lineage.datasets = [{ name: config.data.path, digest: `sha256:${dataset.sha256}` }];
  const { challenger, champion } = await comparedModels(
    config,
    options,
    { cwd, base, env, logger, configFile, signal: io.signal },
    envelope
  );
  const features = featureColumns(dataset, config, configFile);
  const run = { base, env, logger, signal: io.signal };
  const scorerOn = (data) => modelScorer({ task: config.task, model: config.model }, data, features, run);
  const scoreModel = scorerOn(dataset);
  const challengerPredictions = await scoreModel(
    "challenger",
    challengerScorer,
    challenger.modelPath,
    challenger.modelDigest
  );
  const championPredictions = champion ? await scoreModel("champion", champion.scorer, champion.file, champion.version.digest) : void 0;
  const resultOptions = {
    ...config.bootstrap,
    minGroupSize: config.min_group_size,
    ...champion ? { championLabel: `${champion.version.model}@${champion.version.version}` } : {}
  };
  const rowOptions = {
    method: config.method,
    minGroupSize: config.min_group_size,
    ...config.bootstrap
  };
  const found = [];
  const details = [];
  let judged;
  if (config.task === "regression") {
    const result = await logger.group(
      "Group errors and disparities",
      async () => evaluateRowMetrics(
        intersectionsOf(sensitive, dataset.rows),
        {
          labels,
          challenger: valuesOf(challengerPredictions, "challenger"),
          ...championPredictions ? { champion: valuesOf(championPredictions, "champion") } : {}
        },
        { task: "regression", ...rowOptions }
      )
    );
    judged = result;
    envelope.metrics = regressionMetrics(result, resultOptions);
    found.push(...regressionFindings(result));
    details.push(...regressionDetails(result));
  } else {
    const ch = decisionsOf(challengerPredictions, config.threshold, "challenger");
    const cp = championPredictions ? decisionsOf(championPredictions, config.threshold, "champion") : void 0;
    const grouped = groupRows(sensitive, {
      labels,
      challenger: ch.decisions,
      ...cp ? { champion: cp.decisions } : {}
    });
    const { result, scoreMetrics } = await logger.group("Group metrics and disparities", async () => ({
      result: evaluateFairness(grouped, {
        method: config.method,
        agg: config.agg,
        minGroupSize: config.min_group_size,
        ...config.bootstrap,
        champion: cp !== void 0,
        privileged
      }),
      // The group table shows the challenger's; the champion's would double the cost for nothing shown.
      scoreMetrics: ch.scores ? evaluateRowMetrics(
        grouped,
        { labels, challenger: ch.scores },
        { task: "classification", ...rowOptions }
      ) : void 0
    }));
    judged = result;
    envelope.metrics = biasMetrics(result, resultOptions);
    const counterfactualDetails = [];
    if (config.counterfactual) {
      const flips = await counterfactuals({
        config,
        dataset,
        features: features.map((i) => dataset.columns[i]),
        sensitive,
        decisions: ch.decisions,
        scoresModel: challengerScorer.type !== "predictions",
        decide: async (data, what) => decisionsOf(
          await scorerOn(data)(what, challengerScorer, challenger.modelPath),
          config.threshold,
          what
        ).decisions,
        level: config.bootstrap.level
      });
      Object.assign(envelope.metrics, flips.metrics);
      counterfactualDetails.push(...flips.details);
    }
    const vsRest = groupVsRestFindings(groupsVsRest(grouped, config.min_group_size));
    found.push(...findings(result), ...vsRest.finding ? [vsRest.finding] : []);
    details.push(
      ...groupDetails(result, scoreMetrics),
      vsRest.detail,
      ...counterfactualDetails,
      ...config.threshold_sweep && ch.scores ? [thresholdSweep(sensitive, labels, ch.scores, config.threshold_sweep)] : []
    );
  }
  envelope.checks = [
    groupSizeCheck(judged, config.min_group_size),
    ...evaluateGates(policyGates(config), envelope.metrics, { firstVersion: champion === void 0 })
  ];
  const plot = metricsForestPlot(envelope.metrics, envelope.checks, FOREST_PLOT_ROWS);
  envelope.details = [
    ...found.length > 0 ? [{ type: "text", title: "Findings", text: found.map((f) => `- ${f}`).join("\n") }] : [],
    ...plot ? [
      {
        type: "text",
        title: "Disparities against the champion: the change, with its interval",
        text: plot
      }
    ] : [],
    ...details
  ];
  envelope.status = statusFromChecks(envelope.checks);
  envelope.summary = found[0] ?? "no group disparity to report";
  envelope.durationMs = Date.now() - startMs;
  const envelopePath = await writeEnvelope(resultsDir, envelope);
  logger.info(`${envelope.status}: ${envelope.summary}`);
  return {
    status: envelope.status,
    envelopePath,
    ...champion ? { championVersion: champion.version.version } : {}
  };
}
function requireScorer(config, options, configFile) {
  const scorer = config.challenger.scorer ?? config.scorer;
  if (!scorer) {
    throw new ConfigError("no scorer: set scorer (or challenger.scorer)", {
      location: { file: configFile, path: "scorer" },
      hint: "e.g. scorer: { type: predictions, path: predictions.csv }, or a command or http scorer"
    });
  }
  if (scorer.type === "command" && !config.challenger.model && !options.model) {
    throw new ConfigError("the command scorer needs a model file: set challenger.model", {
      location: { file: configFile, path: "challenger.model" },
      hint: "or pass --model, or score with a predictions file or an http endpoint"
    });
  }
  return scorer;
}
function policyGates(config) {
  if (config.policy !== "four-fifths") return config.gates;
  const fourFifths = {
    metric: "demographic_parity_ratio",
    id: "policy:four-fifths",
    title: "Four-fifths rule: every group's selection rate at least 0.8 of the highest",
    severity: "fail",
    min: 0.8
  };
  return [fourFifths, ...config.gates];
}
export {
  runEvaluateBias
};
