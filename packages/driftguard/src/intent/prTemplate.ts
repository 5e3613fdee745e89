/**
 * The PR template `driftguard init` writes to `.github/pull_request_template.md`. Its guidance sits
 * in HTML comments and its checkboxes are unticked, so an unfilled template declares nothing: every
 * section reads as missing, and `driftguard check` asks for what was left out.
 */
export const PR_TEMPLATE = `## Intent

<!-- One or two sentences: the behavior that should change, and why.
     A pure refactor says so: "No behavior change: split orderKeys.ts into orderId.ts and captureKey.ts". -->

## Change type

<!-- Tick one (several only if you must; a PR that mixes them is harder to review). -->

- [ ] fix
- [ ] feature
- [ ] refactor
- [ ] style
- [ ] deps
- [ ] test
- [ ] docs
- [ ] migration
- [ ] config

## Non-goals

<!-- What this change must NOT alter, one item per line. Name symbols and paths in backticks so
     driftguard can hold the change to them exactly, e.g.
     - No change to how idempotency keys are derived (\`deriveOrderId\`)
     - Nothing under \`src/payments/**\`
     Add "(keywords: refunds, ledger)" to match on words of your own choosing. -->

## Semantic impact

<!-- Written by a person who read the diff: what behaves differently after this change, and for whom.
     Required when a file in a risk category (payments, billing, idempotency, webhooks, migrations)
     changes, and for AI-assisted changes. "None" is not an answer; "no behavior change: semdiff
     reports refactor-only" is. -->

## AI assistance

<!-- Tick one, and name the tool as agent:model (e.g. claude-code:claude-sonnet-4, copilot:gpt-4.1). -->

- [ ] none
- [ ] partial
- [ ] substantial

Tool: <!-- agent:model -->

## Scope

<!-- Optional: globs of the files this change is meant to touch, one per line, in backticks,
     e.g. \`src/orders/**\`. Files changed outside it need a line under Out-of-scope files. -->

## Out-of-scope files

<!-- Optional: each changed file outside Scope, as \`path: why it had to change\`. -->
`;
