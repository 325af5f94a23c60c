/** Why a file named .html cannot be read as a news page, in words that name the trouble. */
export interface HtmlProblem {
  message: string;
  /** Fatal: nothing can be read. Otherwise the page is read as far as it goes. */
  fatal: boolean;
}

/** Control characters that no text page holds (tab, line feed and carriage return excepted). */
function countControls(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127) count += 1;
  }
  return count;
}

export function htmlProblem(html: string): HtmlProblem | null {
  const controls = countControls(html);
  if (controls > Math.max(8, html.length / 200))
    return { fatal: true, message: `binary data, not an HTML page: ${controls} control characters` };
  if (!/<\s*(!doctype|html|head|body|p|div|article|main|h1|title)\b/i.test(html))
    return { fatal: true, message: 'not an HTML page: no HTML markup (a text or other file named .html?)' };
  const lastOpen = html.lastIndexOf('<');
  if (lastOpen > html.lastIndexOf('>'))
    return {
      fatal: false,
      message: 'malformed HTML: the file ends inside a tag (cut short?); read as far as it goes',
    };
  if (/<html[\s>]/i.test(html) && !/<\/html\s*>/i.test(html))
    return {
      fatal: false,
      message: 'malformed HTML: no closing </html> (cut short?); read as far as it goes',
    };
  return null;
}

/** Why a page holds no article: a cookie wall, an error page, a paywall, or no text at all. */
export function noArticleReason(document: Document, articleText: string): string {
  const body = (document.body?.textContent ?? '').replace(/\s+/g, ' ');
  const heading = [document.title, document.querySelector('h1')?.textContent ?? ''].join(' ').trim();
  if (
    /\b(404|403|410|500|502|503|not found|page not found|error|access denied|forbidden|unavailable)\b/i.test(
      heading,
    )
  )
    return `no article: an error page ("${heading.replace(/\s+/g, ' ').slice(0, 80)}")`;
  if (/\b(cookies?|consent|privacy (settings|choices)|accept all)\b/i.test(body))
    return 'no article: the page is a cookie or consent wall';
  if (/\b(subscribe to (continue|read)|subscribers only|sign in to (continue|read))\b/i.test(body))
    return 'no article: the page is a paywall or login wall';
  return `no article: ${articleText.length} characters of text outside page furniture, too little for an article`;
}
