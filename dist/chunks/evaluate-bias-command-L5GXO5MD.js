import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  EvaluateBiasConfigSchema,
  comparedModels,
  featureColumns,
  modelEnvelope,
  modelScorer,
  readDataset,
  requireNamedColumns,
  withColumnValue
} from "./chunk-LHX6W4JD.js";
import "./chunk-ABB5XY5A.js";
import "./chunk-SXOIBMAW.js";
import "./chunk-4IFPBSRH.js";
import "./chunk-CNI5532C.js";
import "./chunk-ICGKENMM.js";
import {
  benjaminiHochberg,
  evaluateGates,
  fmt,
  twoProportionZTest,
  unknownGateMetrics,
  wilsonScoreInterval
} from "./chunk-RAID66OM.js";
import {
  misspeltName
} from "./chunk-3VEFZ3T7.js";
import {
  Xoshiro128,
  expectedCalibrationError,
  quantileSorted,
  rocAuc,
  sampleMultinomial
} from "./chunk-NJEOFDCD.js";
import {
  configLocator,
  loadConfigFile,
  throwConfigErrors
} from "./chunk-QJLDF3E3.js";
import "./chunk-UST2DAMY.js";
import "./chunk-M4EWOKBN.js";
import {
  DEFAULT_RESULTS_DIR,
  statusFromChecks,
  writeEnvelope
} from "./chunk-WGGNA6RV.js";
import "./chunk-6FBGY4P7.js";
import "./chunk-LWDKQ5BL.js";
import "./chunk-PYTCQQ7B.js";
import "./chunk-S3SELVUN.js";
import "./chunk-XR2IEJ4Y.js";
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
  "accuracy"
];
var RATES = {
  selection_rate: { of: (c) => [c.tp + c.fp, c.tp + c.fp + c.tn + c.fn], undefinedWhen: "no rows" },
  base_rate: { of: (c) => [c.tp + c.fn, c.tp + c.fp + c.tn + c.fn], undefinedWhen: "no rows" },
  tpr: { of: (c) => [c.tp, c.tp + c.fn], undefinedWhen: "no positive labels" },
  fpr: { of: (c) => [c.fp, c.fp + c.tn], undefinedWhen: "no negative labels" },
  fnr: { of: (c) => [c.fn, c.tp + c.fn], undefinedWhen: "no positive labels" },
  precision: { of: (c) => [c.tp, c.tp + c.fp], undefinedWhen: "no positive decisions" },
  accuracy: { of: (c) => [c.tp + c.tn, c.tp + c.fp + c.tn + c.fn], undefinedWhen: "no rows" }
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
  "equal_opportunity_ratio"
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
  equal_opportunity_ratio: ["tpr"]
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

// packages/fairness/src/groups.ts
function groupRows(columns, scored) {
  const n = scored.labels.length;
  const ids = /* @__PURE__ */ new Map();
  const parts = [];
  const cellOfRow = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const key = columns.map((c) => `${c.name}=${c.values[i]}`).join(" & ");
    let id = ids.get(key);
    if (id === void 0) {
      id = ids.size;
      ids.set(key, id);
      parts.push(columns.map((c) => `${c.name}=${c.values[i]}`));
    }
    cellOfRow[i] = id;
  }
  const k = ids.size;
  const counts = new Float64Array(k * CELLS);
  const scoreSums = new Float64Array(k * 2);
  for (let i = 0; i < n; i++) {
    const g = cellOfRow[i];
    counts[g * CELLS + cellOf(scored.labels[i], scored.challenger[i], scored.champion?.[i] ?? 0)]++;
    if (scored.challengerScores) scoreSums[2 * g] += scored.challengerScores[i];
    if (scored.championScores) scoreSums[2 * g + 1] += scored.championScores[i];
  }
  const partitions = columns.map((c, j) => partitionBy(c.name, parts, (p) => [p[j]]));
  if (columns.length > 1) {
    partitions.push(partitionBy(columns.map((c) => c.name).join(" & "), parts, (p) => p));
  }
  return {
    partitions,
    intersections: k,
    counts,
    scoreSums,
    hasScores: {
      challenger: scored.challengerScores !== void 0,
      champion: scored.championScores !== void 0
    }
  };
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
        const why = insufficient.length > 0 ? `${insufficient.length} group(s) below min_group_size ${options.minGroupSize}: ${insufficient.map((g) => `${g.name} (n=${g.count})`).join(", ")}` : disparityUndefined(d, p, sums, estimateCounts.overall);
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
        (members) => track((c) => {
          if (blocked.length > 0) return null;
          let out = null;
          for (const id of members) {
            const v = tracked[id](c);
            if (v === null) return null;
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
  const estimates = tracked.map((s) => s(estimateCounts));
  const compare = (ids, why, blocked = false) => compared(ids, why, blocked, estimates, replicates, options);
  return {
    partitions: partitions.map((p, pi) => ({
      key: p.key,
      groups: p.groups.map((g, gi) => ({
        name: g.name,
        count: g.count,
        sufficient: g.sufficient,
        rates: Object.fromEntries(
          RATE_NAMES.map((r) => [r, compare(g.rates[r].ids, g.rates[r].why)])
        ),
        meanScore: meanScores(grouped, grouped.partitions[pi], gi, g.count)
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
    for (let s = 0; s < tracked.length; s++) out[s][r] = tracked[s](into) ?? Number.NaN;
  }
  return out;
}
function compared(ids, why, blocked, estimates, replicates, options) {
  const one = (id) => {
    const value = estimates[id];
    if (blocked || value === null) return { value: null, unavailable: why };
    return { value, ...interval(replicates[id], options) };
  };
  const [challenger, champion] = ids;
  if (champion === void 0) return { challenger: one(challenger) };
  const a = one(challenger);
  const b = one(champion);
  if (a.value === null || b.value === null) return { challenger: a, champion: b };
  const diff = replicates[challenger].map((x, r) => x - replicates[champion][r]);
  return { challenger: a, champion: b, delta: { value: a.value - b.value, ...interval(diff, options) } };
}
function interval(replicates, options) {
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
      lower: quantileSorted(sorted, (1 - options.level) / 2),
      upper: quantileSorted(sorted, (1 + options.level) / 2)
    }
  };
}
function meanScores(grouped, p, g, count) {
  let challenger = 0;
  let champion = 0;
  for (let k = 0; k < p.groupOfCell.length; k++) {
    if (p.groupOfCell[k] !== g) continue;
    challenger += grouped.scoreSums[2 * k];
    champion += grouped.scoreSums[2 * k + 1];
  }
  return {
    challenger: grouped.hasScores.challenger ? challenger / count : null,
    champion: grouped.hasScores.champion ? champion / count : null
  };
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

// packages/fairness/src/group-score-metrics.ts
function groupScoreMetrics(columns, labels, scores) {
  const partitions = columns.map((c) => ({ key: c.name, nameOf: (i) => `${c.name}=${c.values[i]}` }));
  if (columns.length > 1) {
    partitions.push({
      key: columns.map((c) => c.name).join(" & "),
      nameOf: (i) => columns.map((c) => `${c.name}=${c.values[i]}`).join(" & ")
    });
  }
  const out = /* @__PURE__ */ new Map();
  for (const p of partitions) {
    const rows = /* @__PURE__ */ new Map();
    for (let i = 0; i < labels.length; i++) {
      const name = p.nameOf(i);
      const list = rows.get(name);
      if (list) list.push(i);
      else rows.set(name, [i]);
    }
    const byGroup = /* @__PURE__ */ new Map();
    for (const [name, list] of rows) {
      const y = Float64Array.from(list, (i) => labels[i]);
      const s = Float64Array.from(list, (i) => scores[i]);
      byGroup.set(name, { rocAuc: rocAuc(y, s), ece: expectedCalibrationError(y, s) });
    }
    out.set(p.key, byGroup);
  }
  return out;
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
function isDisparity(name) {
  return DISPARITY_NAMES.includes(name);
}
function biasMetrics(result, options) {
  const out = {};
  for (const d of DISPARITY_NAMES) {
    const worst = result.worst[d];
    out[d] = metricOf(d, worst, options, worst.partition);
    for (const p of result.partitions) out[`${d}[${p.key}]`] = metricOf(d, p.disparities[d], options);
  }
  for (const p of result.privileged) {
    for (const name of PRIVILEGED_METRIC_NAMES) {
      out[`${name}[${p.column}]`] = metricOf(name, p.metrics[name], options);
    }
  }
  return out;
}
function metricOf(d, c, options, at) {
  const method = `stratified bootstrap, percentile, ${options.resamples} resamples${at ? `; worst partition: ${at}` : ""}`;
  const ci = (e) => e?.ci ? { ci: { ...e.ci, level: options.level, method } } : {};
  const metric = {
    value: c.challenger.value,
    ...c.challenger.value === null ? { unavailable: c.challenger.unavailable } : ci(c.challenger),
    // AIF360's metrics are best at parity (1 or 0), not at either end.
    ...isDisparity(d) ? { greaterIsBetter: isRatio(d) } : {}
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
  if (e.value === null) return "n/a";
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
  const orNa = (x) => x === null || x === void 0 ? "n/a" : fmt(x);
  for (const p of result.partitions) {
    const worst = lowestSelection(p);
    const scored = scoreMetrics?.get(p.key);
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
      rows: p.groups.map((g) => [
        g.name,
        g.count,
        shown(g.rates.selection_rate.challenger),
        shown(g.rates.base_rate.challenger),
        shown(g.rates.tpr.challenger),
        shown(g.rates.fpr.challenger),
        shown(g.rates.fnr.challenger),
        shown(g.rates.precision.challenger),
        shown(g.rates.accuracy.challenger),
        orNa(g.meanScore.challenger),
        orNa(scored?.get(g.name)?.rocAuc),
        orNa(scored?.get(g.name)?.ece),
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
  details.push({
    type: "table",
    title: "Disparities",
    columns: ["partition", "disparity", "challenger", "champion", "change", "note"],
    rows: result.partitions.flatMap(
      (p) => DISPARITY_NAMES.map((d) => {
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
  });
  return details;
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
        known: [...DISPARITY_NAMES],
        produces: (m) => DISPARITY_NAMES.some((d) => m === d || m.startsWith(`${d}[`)) || PRIVILEGED_METRIC_NAMES.some((d) => m.startsWith(`${d}[`)) || m === "counterfactual_flip_rate" || m.startsWith("counterfactual_flip_rate[")
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
  const labels = readBinaryLabels(dataset, config.data.label);
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
  const scorerOn = (data) => modelScorer({ task: "classification", model: config.model }, data, features, run);
  const scoreModel = scorerOn(dataset);
  const ch = decisionsOf(
    await scoreModel("challenger", challengerScorer, challenger.modelPath, challenger.modelDigest),
    config.threshold,
    "challenger"
  );
  const cp = champion ? decisionsOf(
    await scoreModel("champion", champion.scorer, champion.file, champion.version.digest),
    config.threshold,
    "champion"
  ) : void 0;
  const grouped = groupRows(sensitive, {
    labels,
    challenger: ch.decisions,
    ...cp ? { champion: cp.decisions } : {},
    ...ch.scores ? { challengerScores: ch.scores } : {},
    ...cp?.scores ? { championScores: cp.scores } : {}
  });
  const result = await logger.group(
    "Group metrics and disparities",
    async () => evaluateFairness(grouped, {
      method: config.method,
      agg: config.agg,
      minGroupSize: config.min_group_size,
      ...config.bootstrap,
      champion: cp !== void 0,
      privileged
    })
  );
  const resultOptions = {
    ...config.bootstrap,
    minGroupSize: config.min_group_size,
    ...champion ? { championLabel: `${champion.version.model}@${champion.version.version}` } : {}
  };
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
  const found = [...findings(result), ...vsRest.finding ? [vsRest.finding] : []];
  envelope.details = [
    ...found.length > 0 ? [{ type: "text", title: "Findings", text: found.map((f) => `- ${f}`).join("\n") }] : [],
    ...groupDetails(result, ch.scores ? groupScoreMetrics(sensitive, labels, ch.scores) : void 0),
    vsRest.detail,
    ...counterfactualDetails,
    ...config.threshold_sweep && ch.scores ? [thresholdSweep(sensitive, labels, ch.scores, config.threshold_sweep)] : []
  ];
  envelope.checks = [
    groupSizeCheck(result, config.min_group_size),
    ...evaluateGates(policyGates(config), envelope.metrics, { firstVersion: champion === void 0 })
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
