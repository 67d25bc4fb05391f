// ml-cart and ml-logistic-regression ship no types; these are the parts the example uses.
declare module "ml-cart" {
  import type { Matrix } from "ml-matrix";
  export class DecisionTreeClassifier {
    constructor(options: { maxDepth?: number; minNumSamples?: number; gainThreshold?: number });
    root: { classify(row: number[]): Matrix };
    train(x: number[][], y: number[]): void;
    toJSON(): object;
    static load(model: object): DecisionTreeClassifier;
  }
}

declare module "ml-logistic-regression" {
  import type { Matrix } from "ml-matrix";
  export default class LogisticRegression {
    constructor(options: { numSteps?: number; learningRate?: number });
    classifiers: Array<{ testScores(x: Matrix): number[] }>;
    train(x: Matrix, y: Matrix): void;
    toJSON(): object;
    static load(model: object): LogisticRegression;
  }
}
