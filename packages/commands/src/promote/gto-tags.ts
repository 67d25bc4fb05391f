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
 * Each message carries the promotion id: a rerun of a promotion whose commit landed but whose tags
 * may not have (a run killed in between) pushes only the tags that are missing. The version tag is
 * its own key: an existing one is left as it is.
 */
export async function pushGtoTags(
  target: RegistryTarget,
  promotion: {
    config: PromoteConfig;
    stage: Stage;
    version: string;
    registered: boolean;
    id: string;
    /** An earlier run of this promotion committed it: its tags may already be there. */
    rerun: boolean;
  },
  logger: Logger,
): Promise<void> {
  const { config, stage, version } = promotion;
  const github = target.github;
  const sha = target.context.sha;
  if (!github || !sha) {
    logger.warn("gto_tags: no GitHub token or commit; tags not pushed");
    return;
  }
  const { createAnnotatedTag, listTags, tagsWithMessage } = await import("@mlops/github");
  const repo = { owner: github.owner, repo: github.repo };
  const trailer = `\n\nPromotion-Id: ${promotion.id}`;
  if (promotion.registered) {
    await createAnnotatedTag(github.octokit, {
      ...repo,
      tag: `${config.model}@v${version}`,
      sha,
      message: `Register ${config.model} v${version}${trailer}`,
    });
  }
  const prefix = `${config.model}#${stage.name}#`;
  if (promotion.rerun) {
    const pushed = await tagsWithMessage(github.octokit, { ...repo, prefix, text: trailer.trim() });
    if (pushed.length > 0) {
      logger.info(`gto_tags: ${pushed.join(", ")} already pushed by an earlier run`);
      return;
    }
  }
  for (let attempt = 0; attempt < 5; attempt++) {
    const tags = await listTags(github.octokit, { ...repo, prefix: `${config.model}#` });
    const { created } = await createAnnotatedTag(github.octokit, {
      ...repo,
      tag: nextStageTag(tags, config.model, stage.name),
      sha,
      message: `Assign ${stage.name} to ${config.model} v${version}${trailer}`,
    });
    if (created) return;
  }
  logger.warn(`gto_tags: could not create a ${prefix}N tag after 5 attempts`);
}
