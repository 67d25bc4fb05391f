/** `npm run bench`: every benchmark, printed as Markdown tables (the figures in the README come from here). */
import { fairnessBench } from "../packages/fairness/bench/fairness.bench.ts";
import { coldStart } from "./cold-start.ts";
import { evaluateLlmBench } from "./evaluate-llm.ts";
import { attackBench } from "./evaluate-robustness-attack.ts";
import { llmFloorBench } from "./llm-floor.ts";
import { llmJudgeBench } from "./llm-judge.ts";
import { redteamBench } from "./redteam.ts";
import { redteamEvalBench } from "./redteam-eval.ts";
import { trainValidateBench } from "./train-validate.ts";
import { validateDataBenchmark } from "./validate-data.ts";

console.log(`## Action cold start (node ${process.version}, ${process.platform}/${process.arch})\n`);
console.log(await coldStart());
console.log(`\n## train-validate\n\n${await trainValidateBench()}`);
console.log(`\n## validate-data\n\n${await validateDataBenchmark()}`);
console.log(`\n## evaluate-robustness attack\n\n${await attackBench()}`);
console.log(`\n## evaluate-bias, after scoring\n\n${await fairnessBench()}`);
console.log(`\n## evaluate-llm vs promptfoo\n\n${await evaluateLlmBench()}`);
console.log(`\n## evaluate-llm against the latency floor\n\n${await llmFloorBench()}`);
console.log(`\n## red-team probe library and detectors\n\n${await redteamBench()}`);
console.log(`\n## evaluate-llm red-team run, with and without detectors\n\n${await redteamEvalBench()}`);
console.log(
  `\n## evaluate-llm with an LLM judge against two rounds of the latency floor\n\n${await llmJudgeBench()}`,
);
