import type { Report } from './model.js';
import { renderGithub } from './renderers/github.js';
import { renderGitlab } from './renderers/gitlab.js';
import { renderJson } from './renderers/json.js';
import { renderMarkdown } from './renderers/markdown.js';
import { renderSarif } from './renderers/sarif.js';
import { renderText } from './renderers/text.js';

/** Every report format, in the order `--help` lists them; `--format` accepts exactly these. */
export const FORMATS = ['text', 'json', 'markdown', 'github', 'sarif', 'gitlab'] as const;

/** A report format name. */
export type Format = (typeof FORMATS)[number];

/** What the caller decides for every format (only `text` uses it today). */
export interface RenderOptions {
  /** ANSI colors, decided by the caller (TTY, `NO_COLOR`); renderers never look themselves. */
  readonly color: boolean;
}

/** A rendered report: `text` for stdout or `--output`, and for `github` the `$GITHUB_STEP_SUMMARY` markdown. */
export interface Rendered {
  readonly text: string;
  readonly summary?: string;
}

/** A report format's renderer: a pure function of the report. */
export type Renderer = (report: Report, options: RenderOptions) => Rendered;

/** Format name → renderer, each with its defaults (comment size limit, annotation caps). */
export const renderers: Readonly<Record<Format, Renderer>> = {
  text: (report, options) => ({ text: renderText(report, { color: options.color }) }),
  json: (report) => ({ text: renderJson(report) }),
  markdown: (report) => ({ text: renderMarkdown(report) }),
  github: (report) => {
    const { commands, summary } = renderGithub(report);
    return { text: commands, summary };
  },
  sarif: (report) => ({ text: renderSarif(report) }),
  gitlab: (report) => ({ text: renderGitlab(report) }),
};

/** Whether `name` is a report format (for validating `--format`). */
export function isFormat(name: string): name is Format {
  return (FORMATS as readonly string[]).includes(name);
}

/** Renders `report` in `format` with that format's defaults. */
export function renderReport(report: Report, format: Format, options: RenderOptions): Rendered {
  return renderers[format](report, options);
}
