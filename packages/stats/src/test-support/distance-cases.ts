import { loadFixture } from "./fixtures.ts";

export interface NumericalDistanceCase {
  name: string;
  reference: (number | null)[];
  current: (number | null)[];
  wasserstein: number;
  normedWasserstein: number;
  histogram: boolean;
  edges: number[] | null;
  referenceShares: number[];
  currentShares: number[];
  referenceSharesFilled: number[];
  currentSharesFilled: number[];
  jensenShannon: number;
  psi: number;
}

export interface CategoricalDistanceCase {
  name: string;
  reference: (string | null)[];
  current: (string | null)[];
  categories: string[];
  referenceShares: number[];
  currentShares: number[];
  referenceSharesFilled: number[];
  currentSharesFilled: number[];
  jensenShannon: number;
  psi: number;
}

/** Reference values for Wasserstein, binning, Jensen–Shannon and PSI (fixtures/distances.json). */
export const distanceCases = loadFixture<{
  numerical: NumericalDistanceCase[];
  categorical: CategoricalDistanceCase[];
}>("distances.json");
