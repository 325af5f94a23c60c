import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readTagMeta } from '../../src/pipeline/text/meta/html-meta.ts';
import { furnitureOf, removeFurniture } from '../../src/pipeline/text/page/html-furniture.ts';
import { htmlBlocks } from '../../src/pipeline/text/page/html-blocks.ts';
import { sourceLineFinder } from '../../src/pipeline/text/page/source-lines.ts';
import { languageNotes } from '../../src/pipeline/text/page/language.ts';
import { isOrganisationName } from '../../src/pipeline/text/meta/organisation.ts';
import { readHtmlPage } from '../../src/pipeline/text/page/html-page.ts';
import { emptyPageMeta, mergePageMeta } from '../../src/pipeline/text/meta/stated-meta.ts';

const doc = (html: string) => parseHTML(html).document;
const ld = (json: unknown) => `<script type="application/ld+json">${JSON.stringify(json)}</script>`;

describe('metadata in tags', () => {
  it('JSON-LD NewsArticle comes first: headline, publisher, people as authors, datePublished', () => {
    const meta = readTagMeta(
      doc(
        `<html><head><meta property="og:title" content="Other title">${ld({
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'WebPage', name: 'Page' },
            {
              '@type': 'NewsArticle',
              headline: 'Envoys meet in Geneva',
              author: [
                { '@type': 'Person', name: 'Ana Voss' },
                { '@type': 'Person', name: 'Li Wei' },
              ],
              publisher: { '@type': 'Organization', name: 'The Alpine Ledger' },
              datePublished: '2022-01-10T09:00:00+01:00',
            },
          ],
        })}</head><body></body></html>`,
      ),
    );
    expect(meta.title).toEqual({ value: 'Envoys meet in Geneva', from: 'JSON-LD headline' });
    expect(meta.outlet?.value).toBe('The Alpine Ledger');
    expect(meta.author?.value).toBe('Ana Voss and Li Wei');
    expect(meta.date).toMatchObject({ iso: '2022-01-10', from: 'JSON-LD datePublished' });
  });

  it('an organisation named as author is not an author', () => {
    const meta = readTagMeta(
      doc(
        `<html><head>${ld({ '@type': 'NewsArticle', headline: 'H', author: { '@type': 'Organization', name: 'Coast TV' } })}</head></html>`,
      ),
    );
    expect(meta.author).toBeNull();
  });

  it('broken JSON-LD is named, and the tags are used instead', () => {
    const meta = readTagMeta(
      doc(
        `<html><head><script type="application/ld+json">{"headline": </script><meta property="og:site_name" content="Vistula Weekly"><meta name="author" content="https://example.org/staff/1"></head></html>`,
      ),
    );
    expect(meta.notes[0]).toMatch(/JSON-LD block is not valid JSON/);
    expect(meta.outlet).toEqual({ value: 'Vistula Weekly', from: 'og:site_name' });
    expect(meta.author, 'a URL is not a name').toBeNull();
  });

  it('a <time datetime> in a caption or a related list is not the publication date', () => {
    const meta = readTagMeta(
      doc(`<html><body><figure><figcaption><time datetime="2022-01-05">Jan 5</time></figcaption></figure>
      <aside><time datetime="2022-01-04">Jan 4</time></aside><p><time datetime="2022-01-07T10:00">7 January</time></p></body></html>`),
    );
    expect(meta.date).toEqual({ value: '2022-01-07T10:00', iso: '2022-01-07', from: '<time datetime>' });
  });
});

describe('furniture in markup', () => {
  it('cookie banners, newsletter boxes, share bars and related lists are furniture; the article is not', () => {
    const document =
      doc(`<html><body class="has-share-bar"><div class="cookie-notice"><p>We use cookies.</p></div>
      <div class="page has-share-tools"><article><h1>Title</h1><p>Text of the story.</p>
      <div class="newsletter"><p>Sign up.</p></div><ul class="related-links"><li>Other story</li></ul></article></div></body></html>`);
    const byText = (text: string) =>
      [...document.querySelectorAll('p, li')].find((element) => element.textContent === text)!;
    const length = document.body.textContent?.length ?? 0;
    expect(furnitureOf(byText('We use cookies.'), length)?.reason).toBe('cookie banner');
    expect(furnitureOf(byText('Sign up.'), length)?.reason).toBe('newsletter box');
    expect(furnitureOf(byText('Other story'), length)?.reason).toBe('related-link list');
    expect(furnitureOf(byText('Text of the story.'), length)).toBeNull();
    removeFurniture(document);
    expect(document.body.textContent).toMatch(/Text of the story\./);
    expect(document.body.textContent).not.toMatch(/We use cookies|Sign up|Other story/);
  });

  it('text is read block by block, entities decoded, captions marked', () => {
    const blocks = htmlBlocks(
      doc(
        `<html><body><p>Tom &amp; Jerry&#8217;s <b>bold</b> move</p><figure><figcaption>A caption</figcaption></figure></body></html>`,
      ).body,
    );
    expect(blocks.map(({ text, caption }) => [text, caption])).toEqual([
      ['Tom & Jerry’s bold move', false],
      ['A caption', true],
    ]);
  });

  it('a block of decoded text is found at its line in the HTML file', () => {
    const html =
      '<html>\n<body>\n<p>First para&shy;graph here</p>\n<p>Second: Jerry&#8217;s\nturn</p>\n</body></html>';
    const lineOf = sourceLineFinder(html, html.indexOf('<body'));
    expect(lineOf('First para\u00adgraph here')).toBe(3);
    expect(lineOf('Second: Jerry’s turn')).toBe(4);
  });
});

describe('language, organisations, whole pages', () => {
  it('another declared language and another script are named; English is not', () => {
    expect(languageNotes('en-GB', 'Officials said on Friday that the curfew would stay.')).toEqual([]);
    expect(languageNotes('kk', 'Text.')[0]).toMatch(/another language \(lang="kk"\)/);
    expect(
      languageNotes(
        null,
        'Власти заявили в пятницу, что комендантский час сохранится ещё на несколько дней.',
      )[0],
    ).toMatch(/another script \(\d+% of letters Cyrillic\)/);
  });

  it('an organisation name is told from a headline', () => {
    expect(isOrganisationName('Ministry of Foreign Affairs of the Republic of Veldoria')).toBe(true);
    expect(isOrganisationName('THE MERIDIAN REVIEW')).toBe(true);
    expect(isOrganisationName('Kremlin says troops will leave Kazakhstan')).toBe(false);
  });

  it('an HTML page comes out with its lines numbered as in the file', () => {
    const html = [
      '<!DOCTYPE html><html lang="en"><head><title>Curfew extended in Almaty | Alpine Ledger</title></head>',
      '<body><article>',
      '<h1>Curfew extended in Almaty</h1>',
      '<p>Officials in Almaty said on Friday that the curfew would stay in place for several more days.</p>',
      '<p>The city airport remained closed to passenger flights, the operator said in a statement on its website.</p>',
      '<p>Shops reopened in the centre for the first time since the unrest began, residents told reporters.</p>',
      '</article></body></html>',
    ].join('\n');
    const page = readHtmlPage(html);
    expect(page.ok).toBe(true);
    if (!page.ok) return;
    expect(page.lineOf(1)).toBe(4);
    expect(page.lineOf(3)).toBe(6);
    expect(page.meta.title?.value).toBe('Curfew extended in Almaty');
    expect(page.meta.outlet).toEqual({
      value: 'Alpine Ledger',
      from: '<title> (site name after the headline)',
    });
  });
});

describe('tag values that need a second look', () => {
  const page = (head: string, h1: string) =>
    `<!DOCTYPE html><html lang="en"><head>${head}</head><body><article><h1>${h1}</h1>${Array.from(
      { length: 3 },
      () =>
        '<p>Officials in Geneva said on Monday that the talks would continue for several more days at least.</p>',
    ).join('')}</article></body></html>`;

  it('a site name after the headline in og:title is not part of the title', () => {
    const result = readHtmlPage(
      page(
        '<meta property="og:title" content="Envoys meet in Geneva | The Alpine Ledger"><meta property="og:site_name" content="Alpine Ledger">',
        'Envoys meet in Geneva',
      ),
    );
    expect(result.ok && result.meta.title?.value).toBe('Envoys meet in Geneva');
  });

  it('a JSON-LD headline cut short gives way to the <h1>', () => {
    const result = readHtmlPage(
      page(
        ld({ '@type': 'NewsArticle', headline: 'Envoys meet in Geneva as Russia masses troops near…' }),
        'Envoys meet in Geneva as Russia masses troops near Ukraine’s border',
      ),
    );
    expect(result.ok && result.meta.title).toEqual({
      value: 'Envoys meet in Geneva as Russia masses troops near Ukraine’s border',
      from: '<h1>',
    });
  });

  it('the outlet named as author is no author', () => {
    const result = readHtmlPage(
      page(
        '<meta property="og:site_name" content="Alpine Ledger"><meta name="author" content="Alpine Ledger">',
        'Envoys meet in Geneva',
      ),
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(mergePageMeta(result.meta, emptyPageMeta()).author).toBeNull();
  });
});
