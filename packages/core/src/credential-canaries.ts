/**
 * Credentials of every shape `redact` must hide without having seen them, each in the context it leaks in,
 * and text that must survive it untouched. Token literals are assembled at run time so that the
 * repository itself holds nothing a secret scanner would flag.
 */

const repeat = (unit: string, length: number) =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

export interface Canary {
  kind: string;
  /** How the credential reaches a message. */
  text: string;
  /** What must not appear after redaction. */
  secret: string;
}

function canary(kind: string, secret: string, context: (secret: string) => string): Canary {
  return { kind, secret, text: context(secret) };
}

export const CANARIES: readonly Canary[] = [
  canary("URL credentials", "alice:Tr0ub4dor", (s) => `cannot reach https://${s}@mlflow.example.com/api/2.0`),
  canary("URL credentials in JSON", "bob:pa55", (s) => `{"tracking_uri": "http://${s}@10.0.0.7:5000"}`),
  canary(
    "Authorization: Bearer",
    "abcDEF0123456789.xyz",
    (s) => `request headers: Authorization: Bearer ${s}`,
  ),
  canary("Authorization: Basic", "dXNlcjpwYXNzd29yZA==", (s) => `{"authorization": "Basic ${s}"}`),
  canary("Authorization: token", "Zq0123456789abcdef", (s) => `authorization: token ${s}`),
  canary("bare Bearer", "kF9xQ2mZ7pL0", (s) => `server said: invalid Bearer ${s}`),
  canary("x-api-key header", "key-0123-abcd", (s) => `x-api-key: ${s}`),
  canary("api_key=value", "q1w2e3r4", (s) => `GET /v1/score?api_key=${s}&model=churn`),
  canary("password in JSON", 'hunter2\\"x', (s) => `{"password": "${s}", "user": "ci"}`),
  canary("*-token in JSON", "t0k3n-v4lue", (s) => `{"mlflow-token": "${s}"}`),
  canary("secret in YAML", "correct-horse", (s) => `client_secret: ${s}`),
  canary("GitHub classic", `gh${"p"}_${repeat("A1b2C3", 36)}`, (s) => `token ${s} rejected`),
  canary("GitHub OAuth", `gh${"o"}_${repeat("Zy9X", 36)}`, (s) => `(${s})`),
  canary("GitHub app", `gh${"s"}_${repeat("mN4o", 36)}`, (s) => `"${s}"`),
  canary("GitHub user-to-server", `gh${"u"}_${repeat("Qr5s", 36)}`, (s) => `echo ${s}`),
  canary(
    "GitHub fine-grained",
    `github${"_pat"}_11${repeat("ABCD0123", 20)}_${repeat("wxYZ789", 59)}`,
    (s) => s,
  ),
  canary("OpenAI", `s${"k"}-${repeat("T3BlbkFJ", 48)}`, (s) => `Incorrect API key provided: ${s}.`),
  canary(
    "OpenAI project",
    `s${"k"}-proj-${repeat("Xy7_Zq-W", 64)}`,
    (s) => `{"model": "gpt-4o", "key": "${s}"}`,
  ),
  canary("AWS access key id", `AK${"IA"}IOSFODNN7EXAMPLE`, (s) => `credentials ${s} expired`),
  canary("Slack", `xox${"b"}-1234567890-${repeat("abcDEF123", 24)}`, (s) => `webhook token=${s}`),
];

/** Text the envelopes and logs are full of, which redaction must leave alone. */
export const ORDINARY_TEXT: readonly string[] = [
  `sha256:${repeat("0123456789abcdef", 64)}`,
  `commit ${repeat("9f8e7d6c5b4a", 40)}`,
  `{"tokens": 1234, "max_tokens": 256, "promptTokens": 12, "token": null}`,
  `{"primaryKey": "id", "key": "churn", "comment-key": "main"}`,
  "risk-adjusted-return-model-v2 and sk-learn-compatible-estimator",
  "Basic statistics; the bearer of bad news; primary key (id) unique",
  "see https://example.com/runs/42/a@b and mail ops@example.com",
  "::error file=x.yml::token bucket",
];
