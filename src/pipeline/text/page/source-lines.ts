/**
 * Finds where a block of decoded text begins in the page's source, so that a report can name the
 * line of an HTML file. The first words of the block are looked for with any markup, entity or
 * punctuation between them, from where the previous block was found.
 */
export function sourceLineFinder(source: string, startAt = 0): (text: string) => number {
  const lineStarts = [0];
  for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1))
    lineStarts.push(index + 1);
  const lineAt = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  let cursor = startAt;
  let lastLine = lineAt(startAt);
  return (text: string) => {
    const words = (text.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 6);
    if (words.length === 0) return lastLine;
    const between = String.raw`(?:\s|<[^>]*>|&#?\w+;|[^\p{L}\p{N}<&])*`;
    const pattern = new RegExp(words.map(escape).join(between), 'gu');
    pattern.lastIndex = cursor;
    let match = pattern.exec(source);
    if (!match) {
      pattern.lastIndex = startAt;
      match = pattern.exec(source);
    }
    if (!match) return lastLine;
    cursor = Math.max(cursor, match.index + match[0].length);
    lastLine = lineAt(match.index);
    return lastLine;
  };
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
