import type { Logger } from "@mlops/core";
import type { PromoteConfig, RegistryTarget, Stage } from "@mlops/registry";

/** GTO's counter: one more than the highest over all of the artifact's stage tags (`model#stage#N`). */
export function nextStageTag(tags: readonly string[], model: string, stage: string): string {
  const n = 1 + Math.max(0, ...tags.map((t) => Number(/#(\d+)$/.exec(t)?.[1] ?? 0)));
  return `${model}#${stage}#${n}`;
}

/**
 * Tags the commit the way GTO does: `model@vX.Y.Z` when a version is registered, and a stage tag for
 * the assignment. A concurrent promotion may take the same number, so the tag is retried a few times.
 */
export async function pushGtoTags(
  target: RegistryTarget,
  promotion: { config: PromoteConfig; stage: Stage; version: string; registered: boolean },
  logger: Logger,
): Promise<void> {
  const { config, stage, version } = promotion;
  const github = target.github;
  const sha = target.context.sha;
  if (!github || !sha) {
    logger.warn("gto_tags: no GitHub token or commit; tags not pushed");
    return;
  }
  const { createAnnotatedTag, listTags } = await import("@mlops/github");
  const repo = { owner: github.owner, repo: github.repo };
  if (promotion.registered) {
    await createAnnotatedTag(github.octokit, {
      ...repo,
      tag: `${config.model}@v${version}`,
      sha,
      message: `Register ${config.model} v${version}`,
    });
  }
  for (let attempt = 0; attempt < 5; attempt++) {
    const tags = await listTags(github.octokit, { ...repo, prefix: `${config.model}#` });
    const { created } = await createAnnotatedTag(github.octokit, {
      ...repo,
      tag: nextStageTag(tags, config.model, stage.name),
      sha,
      message: `Assign ${stage.name} to ${config.model} v${version}`,
    });
    if (created) return;
  }
  logger.warn(`gto_tags: could not create a ${config.model}#${stage.name}#N tag after 5 attempts`);
}
