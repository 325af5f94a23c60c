import type { ArticleStageResult } from './article-stage.ts';
import type { SourceMeta } from '../contract/article.ts';

const sourceKey = (source: SourceMeta) =>
  JSON.stringify([source.outlet, source.title, source.author, source.date]);

/**
 * One article's stage result as the reduce keeps it: equal values shared rather than repeated. A
 * result that crossed a thread or came from the cache file holds each paragraph's selector text,
 * each paragraph's and figure's source, and each figure's sentence as copies of their own; pointing
 * them at one string and one object (per article) keeps the same data in less memory. Returns the
 * same result, changed.
 */
export function compactResult(result: ArticleStageResult): ArticleStageResult {
  const sources = new Map<string, SourceMeta>();
  const shared = (source: SourceMeta): SourceMeta => {
    const key = sourceKey(source);
    const known = sources.get(key);
    if (known) return known;
    sources.set(key, source);
    return source;
  };
  const paragraphs = new Map<number, string>();
  for (const paragraph of result.article?.paragraphs ?? []) {
    paragraph.source = shared(paragraph.source);
    if (paragraph.selector?.exact === paragraph.text) paragraph.selector.exact = paragraph.text;
    paragraphs.set(paragraph.index, paragraph.text);
  }
  for (const figure of result.figures) {
    figure.source = shared(figure.source);
    // The sentence, taken again from its paragraph's text rather than kept as a copy of its own.
    const sentence = paragraphs.get(figure.paragraph)?.slice(figure.start, figure.end);
    if (sentence === figure.quote) figure.quote = sentence;
  }
  return result;
}
