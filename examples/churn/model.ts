/**
 * The two model families of the example, behind one shape: fit on encoded rows, then give the
 * probability of churn. Both come from maintained libraries (ml-logistic-regression, ml-cart); the
 * model file holds their own JSON form.
 */
import { DecisionTreeClassifier } from "ml-cart";
import LogisticRegression from "ml-logistic-regression";
import { Matrix } from "ml-matrix";

export interface TrainConfig {
  algorithm: "logistic" | "tree";
  /** Logistic regression: full-batch gradient steps and step size. */
  steps?: number;
  learning_rate?: number;
  /** Tree: depth limit, smallest leaf, and how many rows to grow it on (CART here is quadratic in rows). */
  max_depth?: number;
  min_samples?: number;
  sample_rows?: number;
  /** Probability at or above which a customer is predicted to churn. */
  threshold?: number;
}

export type FittedModel = { algorithm: "logistic"; model: object } | { algorithm: "tree"; model: object };

/** mulberry32, seeded from MLOPS_SEED, for the tree's row sample. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const withIntercept = (x: number[][]) => new Matrix(x.map((r) => [1, ...r]));

export function fitModel(config: TrainConfig, x: number[][], y: number[], seed: number): FittedModel {
  if (config.algorithm === "logistic") {
    const model = new LogisticRegression({
      numSteps: config.steps ?? 100,
      learningRate: config.learning_rate ?? 8e-5,
    });
    model.train(withIntercept(x), Matrix.columnVector(y));
    return { algorithm: "logistic", model: JSON.parse(JSON.stringify(model)) };
  }
  const random = rng(seed);
  const sampleRows = Math.min(x.length, config.sample_rows ?? 2000);
  const order = x.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const sample = order.slice(0, sampleRows);
  const tree = new DecisionTreeClassifier({
    maxDepth: config.max_depth ?? 4,
    minNumSamples: config.min_samples ?? 40,
    gainThreshold: 0.001,
  });
  tree.train(
    sample.map((i) => x[i]!),
    sample.map((i) => y[i]!),
  );
  return { algorithm: "tree", model: JSON.parse(JSON.stringify(tree)) };
}

export function predictProbability(fitted: FittedModel, x: number[][]): number[] {
  if (fitted.algorithm === "logistic") {
    // One-vs-all: the first classifier separates class 0 from the rest, so its score is P(churn).
    const model = LogisticRegression.load(fitted.model);
    return model.classifiers[0]!.testScores(withIntercept(x));
  }
  const tree = DecisionTreeClassifier.load(fitted.model);
  return x.map((row) => {
    const distribution = tree.root.classify(row);
    return distribution.columns > 1 ? distribution.get(0, 1) : 0;
  });
}
