/** Why a changed file carries a risk: a path rule, an import chain, or a global trigger. */
export type RiskReason =
  | { readonly risk: string; readonly reason: 'path'; readonly pattern: string }
  | {
      readonly risk: string;
      readonly reason: 'import';
      /** Shortest chain from a category's entry point to the changed file, entry first, file last. */
      readonly chain: readonly string[];
    }
  | { readonly risk: string; readonly reason: 'global'; readonly trigger: string; readonly note: string };

/** One changed file and every risk it carries (empty when none). */
export interface FileClassification {
  readonly path: string;
  readonly status: string;
  readonly oldPath?: string;
  readonly risks: readonly RiskReason[];
}

/** The classification of a whole change: the stable `classify --json` shape (schemaVersion 1). */
export interface Classification {
  readonly schemaVersion: 1;
  readonly highRisk: boolean;
  /** Risk categories that any changed file carries, sorted. */
  readonly risks: readonly string[];
  readonly files: readonly FileClassification[];
}
