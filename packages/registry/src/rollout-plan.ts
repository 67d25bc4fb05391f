import type { DeployConfig } from "./deploy-config.ts";

export interface Backend {
  track: string;
  version: string;
  /** Share of requests served, in percent; a mirror backend serves none and receives a copy. */
  weight: number;
  mirror?: boolean;
}

export interface RolloutStep {
  label: string;
  backends: Backend[];
  /** The backend the health check probes after this step is applied. */
  probe: Backend;
}

export interface RolloutPlan {
  steps: RolloutStep[];
  /** Why the plan is not the strategy's usual one, for the log and the report. */
  note?: string;
}

export const FIRST_DEPLOYMENT = "first deployment: nothing to compare with or roll back to";

/**
 * The rollout of `version` over `previous` (what serves now, if anything). Without a previous version
 * every strategy is a single rolling step, and the plan says so: there is nothing to shift traffic from.
 */
export function planRollout(
  strategy: DeployConfig["strategy"],
  version: string,
  previous: { version: string; track: string } | undefined,
): RolloutPlan {
  const steps = rolloutSteps(strategy, version, previous);
  return !previous && strategy.type !== "rolling" ? { steps, note: FIRST_DEPLOYMENT } : { steps };
}

function rolloutSteps(
  strategy: DeployConfig["strategy"],
  version: string,
  previous: { version: string; track: string } | undefined,
): RolloutStep[] {
  const only = (track: string): RolloutStep => {
    const b = { track, version, weight: 100 };
    return { label: `${track} ${version} 100%`, backends: [b], probe: b };
  };
  if (!previous || previous.version === version || strategy.type === "rolling") return [only("stable")];
  const old = { track: previous.track, version: previous.version };
  switch (strategy.type) {
    case "canary": {
      const steps = [...new Set([...strategy.steps, 100])].sort((a, b) => a - b);
      return steps.map((w) => {
        if (w === 100) return only("stable");
        const canary = { track: "canary", version, weight: w };
        return { label: `canary ${w}%`, backends: [{ ...old, weight: 100 - w }, canary], probe: canary };
      });
    }
    case "blue-green": {
      const idle = previous.track === "blue" ? "green" : "blue";
      const next = { track: idle, version };
      return [
        {
          label: `${idle} up, idle`,
          backends: [
            { ...old, weight: 100 },
            { ...next, weight: 0 },
          ],
          probe: { ...next, weight: 0 },
        },
        {
          label: `switch to ${idle}`,
          backends: [
            { ...old, weight: 0 },
            { ...next, weight: 100 },
          ],
          probe: { ...next, weight: 100 },
        },
      ];
    }
    case "shadow": {
      const shadow = { track: "shadow", version, weight: 0, mirror: true };
      return [
        { label: "shadow (mirrored traffic)", backends: [{ ...old, weight: 100 }, shadow], probe: shadow },
      ];
    }
  }
}
