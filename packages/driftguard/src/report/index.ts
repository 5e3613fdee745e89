/**
 * The report room: one Report model, assembled by `buildReport`, and renderers that turn it into
 * text, json, markdown, GitHub workflow commands, SARIF and GitLab Code Quality. Import from here.
 */
export type { ReportInput } from './buildReport.js';
export { buildReport } from './buildReport.js';
export { describeCode, FINDING_CODES } from './findingCodes.js';
export { countFindings, describeCounts, type FindingCounts } from './findingCounts.js';
export { findingFingerprints } from './fingerprints.js';
export type {
  ChangeSummary,
  Finding,
  IntentSummary,
  Report,
  Severity,
  StageStatus,
  SuiteResult,
} from './model.js';
export { classificationOutputs, describeRiskReason, renderClassificationText } from './renderers/classification.js';
export { type GithubOptions, type GithubOutput, renderGithub } from './renderers/github.js';
export {
  type CodeQualityIssue,
  type CodeQualitySeverity,
  codeQualityIssues,
  type GitlabOptions,
  renderGitlab,
} from './renderers/gitlab.js';
export { renderJson } from './renderers/json.js';
export { GITHUB_COMMENT_LIMIT, MARKDOWN_MARKER, type MarkdownOptions, renderMarkdown } from './renderers/markdown.js';
export { renderSarif, type SarifLevel, type SarifLog, type SarifOptions, sarifLog } from './renderers/sarif.js';
export { renderText, type TextOptions } from './renderers/text.js';
export {
  FORMATS,
  type Format,
  isFormat,
  type Rendered,
  type Renderer,
  type RenderOptions,
  renderers,
  renderReport,
} from './renderReport.js';
export { riskFindings } from './riskFindings.js';
export { SEVERITIES, severityRank } from './severityOrder.js';
export { compareFindings, sortFindings } from './sortFindings.js';
export { verdictOf } from './verdict.js';
