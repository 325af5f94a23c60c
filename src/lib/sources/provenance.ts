import type { Section, SourceMeta } from '../../contract/article.ts';
import type { ArticleSummary } from '../../contract/dataset.ts';
import type { Citation } from '../../contract/story.ts';

/** The fields of any quoted text the app shows (an excerpt, a fact's claim, a briefing citation). */
export interface QuotedText {
  /** The page (seed article) the text was found on. */
  article: string;
  paragraph: number;
  section: Section;
  text: string;
  /** Who wrote the text, as the page states it (for a related story: that story, never the host). */
  source: SourceMeta;
}

export type ProvenanceKind = 'own' | 'caption' | 'related';

/** Who wrote a text and where it was found: the one record behind badges, citations and exports. */
export interface Provenance {
  kind: ProvenanceKind;
  /** Who wrote the text. */
  writer: SourceMeta;
  /** The page it was found on (its metadata), or null when the page is not among the cited articles. */
  host: SourceMeta | null;
  /** The host page's name for display: its outlet, else its title, else its id. */
  hostName: string;
  /** Where it was found, as a phrase: "on the Axios page", "on the page “Title”", "on page <id>". */
  onHost: string;
  /**
   * One line a reader can trust: "Reuters, in a related story on the Axios page",
   * "Photo caption on the RFE/RL page", or the outlet for the article's own text.
   */
  label: string;
}

export function sectionKind(section: Section): ProvenanceKind {
  // A standfirst is the outlet's own words (its summary under the headline), so it is credited as own text.
  return section === 'body' || section === 'standfirst' ? 'own' : section;
}

/**
 * "on the Axios page", "on The Daily Beast page" (no doubled article), "on the page “Title”" when the
 * page names no outlet, "on page <id>" when nothing is known of it.
 */
export function onPage(host: SourceMeta | null, articleId: string): string {
  if (host?.outlet)
    return /^the\s/i.test(host.outlet) ? `on ${host.outlet} page` : `on the ${host.outlet} page`;
  if (host?.title) return `on the page “${host.title}”`;
  return `on page ${articleId}`;
}

/** "on John Herbst’s page" when the page names its author, else as onPage: whose page a caption stands on. */
export function onWhosePage(host: SourceMeta | null, articleId: string): string {
  return host?.author ? `on ${host.author}’s page` : onPage(host, articleId);
}

/** The outlet that wrote a text, and the site it was read on for a wire story: "AP, via prairie-sentinel.example". */
export function outletVia(writer: SourceMeta): string {
  const outlet = writer.outlet ?? 'Outlet not stated';
  return writer.via ? `${outlet}, via ${writer.via}` : outlet;
}

export function provenanceOf(
  quoted: Pick<QuotedText, 'article' | 'section' | 'source'>,
  articles: Readonly<Record<string, ArticleSummary>>,
): Provenance {
  const host = articles[quoted.article]?.meta ?? null;
  const hostName = host?.outlet ?? host?.title ?? quoted.article;
  const onHost = onPage(host, quoted.article);
  const kind = sectionKind(quoted.section);
  const writer = quoted.source;
  const label =
    kind === 'related'
      ? writer.outlet
        ? `${writer.outlet}, in a related story ${onHost}`
        : `A related story ${onHost} (outlet not stated)`
      : kind === 'caption'
        ? writer.credit
          ? `Photo: ${writer.credit}, ${onWhosePage(host, quoted.article)}`
          : `Photo caption ${onHost}`
        : outletVia(writer);
  return { kind, writer, host, hostName, onHost, label };
}

/**
 * The provenance of a briefing citation: its host page's metadata (`meta`) and the writer of the cited
 * text (`source`, from the pipeline), so a related story is credited to its own outlet, never the host's author.
 */
export function citedProvenance(
  cited: Pick<Citation, 'article' | 'section' | 'meta' | 'source'>,
): Provenance {
  return provenanceOf(cited, { [cited.article]: { id: cited.article, meta: cited.meta } });
}

/** A page's name for a link or a list: its outlet, else its title, else its id. */
export function pageName(articleId: string, articles: Readonly<Record<string, ArticleSummary>>): string {
  const meta = articles[articleId]?.meta;
  return meta?.outlet ?? meta?.title ?? articleId;
}
