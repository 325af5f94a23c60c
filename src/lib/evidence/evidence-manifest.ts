/**
 * The small manifest on the critical path: where each piece of evidence is. Every URL names a
 * content-hashed static file (built by src/build/evidence-files.ts, served by the dev server too).
 */
export interface EvidenceManifest {
  /** Feature id → its evidence file (a FeatureEvidence). */
  features: Record<string, string>;
  /** A file mapping article id → that article's file (an ArticleEvidence), fetched on the first read. */
  articles: string;
  /** The search manifest (a SearchManifest), fetched when the search box is first used. */
  search: string;
}
