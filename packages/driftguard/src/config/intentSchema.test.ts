import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/index.js';
import { DEFAULT_INTENT_CONFIG } from './intentSchema.js';
import { validateConfig } from './loadConfig.js';

const risks = { payments: { paths: ['src/payments/**'] } };

function problem(raw: unknown): string {
  try {
    validateConfig(raw, 'driftguard.config.json');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).message;
  }
  throw new Error('expected the config to be rejected');
}

describe('the intent config section', () => {
  it('fills every default when the section is absent', () => {
    const config = validateConfig({ risks }, 'driftguard.config.json');
    expect(config.intent).toEqual(DEFAULT_INTENT_CONFIG);
    expect(config.intent).toEqual({
      required: { always: ['intent'], whenRisky: ['non-goals', 'semantic-impact'] },
      budget: { behaviorLines: 40, behaviorChanges: 10, criticalSymbols: 5 },
      severity: {},
      riskSeverity: {},
      aiAssisted: {
        required: ['non-goals'],
        budget: { behaviorLines: 20, behaviorChanges: 5, criticalSymbols: 3 },
        severity: { 'intent/out-of-scope': 'error' },
        labels: ['ai-assisted', 'ai-generated', 'ai-generated-code', 'ai'],
        assistants: [],
      },
    });
  });

  it('keeps the defaults of fields a partial section leaves out', () => {
    const config = validateConfig(
      { risks, intent: { budget: { behaviorLines: 80 }, riskSeverity: { payments: { 'intent/too-large': 'error' } } } },
      'driftguard.config.json',
    );
    expect(config.intent.budget).toEqual({ behaviorLines: 80, behaviorChanges: 10, criticalSymbols: 5 });
    expect(config.intent.riskSeverity).toEqual({ payments: { 'intent/too-large': 'error' } });
    expect(config.intent.aiAssisted.budget.behaviorLines).toBe(20);
  });

  it('names an unknown code, a bad severity, an unknown section and a bad budget', () => {
    const message = problem({
      risks,
      intent: {
        severity: { 'intent/too-big': 'error', 'intent/too-large': 'fatal' },
        required: { always: ['intentions'] },
        budget: { behaviorLines: 0 },
      },
    });
    expect(message).toContain('intent.severity["intent/too-big"]: unknown field');
    expect(message).toContain('intent.required.always[0]: expected one of intent, change-type, non-goals');
    expect(message).toContain('intent.budget.behaviorLines: expected a positive whole number');
  });

  it('rejects a severity for a risk category the config does not define', () => {
    expect(problem({ risks, intent: { riskSeverity: { billing: { 'intent/out-of-scope': 'error' } } } })).toMatch(
      /intent\.riskSeverity\.billing: unknown risk "billing"; define it under risks\.billing or remove it$/,
    );
  });
});
