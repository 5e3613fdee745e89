import type { ContractSectionName } from '../../config/index.js';
import { declares } from '../contractFields.js';
import { listSome, riskField } from '../findingPlace.js';
import type { IntentFacts } from '../intentFacts.js';
import type { DraftFinding } from '../intentInput.js';
import { SECTION_TITLES } from '../sectionNames.js';

/** What each section asks for, in the words of the PR template. */
const WHAT: Readonly<Record<ContractSectionName, string>> = {
  intent: 'one or two sentences on the behavior that should change',
  'change-type': 'one of fix, feature, refactor, style, deps, test, docs, migration, config',
  'non-goals': 'what this change must not alter, one item per line, names and paths in backticks',
  'semantic-impact': 'what behaves differently after this change, and for whom, written by a person',
  'ai-assistance': 'none, partial or substantial, and the tool as agent:model',
  scope: 'globs of the files this change is meant to touch',
  'out-of-scope-files': 'a `path: reason` line for each file changed outside Scope',
};

const TRAILERS: Readonly<Record<ContractSectionName, string>> = {
  intent: 'Intent',
  'change-type': 'Change-type',
  'non-goals': 'Non-goals',
  'semantic-impact': 'Semantic-impact',
  'ai-assistance': 'AI-assistance',
  scope: 'Scope',
  'out-of-scope-files': 'Out-of-scope',
};

interface Requirement {
  readonly why: string;
  readonly risks: readonly string[];
}

/**
 * `intent/missing-section`: one finding per required section the contract does not declare, saying
 * why it is required; one finding in all when there is no contract. Semantic impact on an
 * AI-assisted risky change is left to `intent/ai-unreviewed`, which says more.
 */
export function missingSection(facts: IntentFacts): DraftFinding[] {
  const contract = facts.contract;
  if (contract === undefined) return [absentContract()];
  const findings: DraftFinding[] = [];
  for (const [section, requirement] of requirements(facts)) {
    if (declares(contract, section)) continue;
    if (section === 'semantic-impact' && facts.aiAssisted && facts.riskyFiles.length > 0) continue;
    const title = SECTION_TITLES[section];
    const trailer = contract.source === 'trailers' ? `, or a \`${TRAILERS[section]}:\` commit trailer` : '';
    const problem = contract.problems.find((p) => p.section === section);
    const found = problem ? `; the section is there, but ${problem.message}` : '';
    findings.push({
      code: 'intent/missing-section',
      message: `${title} is missing or empty (required: ${requirement.why})${found}: write ${WHAT[section]} under "## ${title}" in the PR description${trailer}`,
      ...riskField(requirement.risks),
    });
  }
  return findings;
}

function requirements(facts: IntentFacts): Map<ContractSectionName, Requirement> {
  const required = new Map<ContractSectionName, Requirement>();
  const add = (sections: readonly ContractSectionName[], requirement: Requirement): void => {
    for (const section of sections) if (!required.has(section)) required.set(section, requirement);
  };
  add(facts.config.required.always, { why: 'every change declares it', risks: [] });
  if (facts.riskyFiles.length > 0) {
    const risks = [...new Set(facts.riskyFiles.flatMap((path) => facts.risksOf(path)))].sort();
    const why = `${listSome(facts.riskyFiles, 2)} ${facts.riskyFiles.length === 1 ? 'carries' : 'carry'} ${risks.join(', ')} risk`;
    add(facts.config.required.whenRisky, { why, risks });
  }
  if (facts.aiAssisted) {
    const signal = facts.aiSignals[0];
    const why = `the change is AI-assisted${signal ? ` (${signal.kind} ${signal.text})` : ''}`;
    add(facts.config.aiAssisted.required, { why, risks: [] });
  }
  return required;
}

function absentContract(): DraftFinding {
  return {
    code: 'intent/missing-section',
    message:
      'no PR contract: no PR description was given and no commit has an `Intent:` trailer; write the description from .github/pull_request_template.md (`driftguard init` writes it), at least "## Intent" with the behavior that should change',
  };
}
