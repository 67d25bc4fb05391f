/**
 * Credentials with a recognisable shape, in the style of gitleaks' rules: a fixed prefix and a body of a
 * known alphabet and length, so that ordinary words never match.
 */
export const API_KEY_PATTERNS: { id: string; pattern: RegExp }[] = [
  { id: "github-token", pattern: /\bgh[pousr]_[A-Za-z0-9]{36}\b/g },
  { id: "github-fine-grained-token", pattern: /\bgithub_pat_[A-Za-z0-9_]{82}\b/g },
  { id: "aws-access-key-id", pattern: /\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b/g },
  {
    id: "openai-api-key",
    pattern: /\bsk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}/g,
  },
  { id: "anthropic-api-key", pattern: /\bsk-ant-api03-[A-Za-z0-9_-]{93}AA\b/g },
  { id: "slack-token", pattern: /\bxox[bpae]-[0-9]{10,13}-[0-9]{10,13}[A-Za-z0-9-]*/g },
  { id: "stripe-secret-key", pattern: /\b[sr]k_live_[A-Za-z0-9]{20,99}\b/g },
  { id: "google-api-key", pattern: /\bAIza[A-Za-z0-9_-]{35}\b/g },
  { id: "npm-token", pattern: /\bnpm_[A-Za-z0-9]{36}\b/g },
  { id: "huggingface-token", pattern: /\bhf_[A-Za-z]{34}\b/g },
  { id: "gitlab-token", pattern: /\bglpat-[A-Za-z0-9_-]{20}\b/g },
  { id: "jwt", pattern: /\bey[A-Za-z0-9_-]{15,}\.ey[A-Za-z0-9_-]{15,}\.[A-Za-z0-9_-]{10,}/g },
  { id: "private-key", pattern: /-----BEGIN[A-Z ]{0,30} PRIVATE KEY-----/g },
];
