/**
 * The small manifest on the critical path: where each piece of evidence is. Every URL names a
 * content-hashed static file (built by src/vite/evidence-files.ts, served by the dev server too).
 */
export interface EvidenceManifest {
  /** Feature id → its evidence file (a FeatureHead: the first window; it names its later pages). */
  features: Record<string, string>;
  /** Feature id → the gzip size of that file in bytes (what an idle prefetch of it would cost). */
  sizes: Record<string, number>;
  /** A file mapping article id → that article's file (an ArticleEvidence), fetched on the first read. */
  articles: string;
  /** The search manifest (a SearchManifest), fetched when the search box is first used. */
  search: string;
}

/** What the idle prefetch may spend in all (gzip bytes): features' first files, best-known first. */
export const IDLE_PREFETCH_BYTES = 256 * 1024;
