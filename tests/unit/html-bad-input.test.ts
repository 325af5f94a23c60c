import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/pipeline/node/cli.ts';
import fc from 'fast-check';
import { readHtmlPage } from '../../src/pipeline/text/page/html-page.ts';
import { articleFromSeed } from '../../src/pipeline/text/page/seed-article.ts';
import { ROOT } from './fixtures.ts';

const story = (paragraphs: number) =>
  Array.from(
    { length: paragraphs },
    (_, index) =>
      `<p>Paragraph ${index + 1}: officials in Almaty said on Friday that the curfew would stay in place for several more days while the situation in the city remained tense.</p>`,
  ).join('\n');

const GOOD = `<!DOCTYPE html><html lang="en"><head><title>Curfew extended in Almaty</title>
<meta property="og:title" content="Curfew extended in Almaty"></head>
<body><article><h1>Curfew extended in Almaty</h1>${story(4)}</article></body></html>`;

const MALFORMED = `<html><head><title>Curfew extended in Almaty</title></head><body><div><article>
<h1>Curfew extended in Almaty<p>${story(4).replace(/<\/p>/g, '')}<div><span>unclosed`;

const COOKIE_WALL = `<!DOCTYPE html><html lang="en"><head><title>Tundra Times</title></head><body>
<div class="consent-wall"><h2>We value your privacy</h2><p>We and our 842 partners use cookies and similar technologies.</p>
<button>Accept all</button><button>Reject all</button></div></body></html>`;

const ERROR_PAGE = `<!DOCTYPE html><html lang="en"><head><title>404 Page not found | Tundra Times</title></head>
<body><nav><a href="/">Home</a></nav><h1>Sorry, we couldn't find that page</h1><p>Try the search box.</p></body></html>`;

const RUSSIAN = `<!DOCTYPE html><html lang="ru"><head><title>Комендантский час в Алматы продлён</title></head><body><article>
<h1>Комендантский час в Алматы продлён</h1>
${Array.from({ length: 4 }, () => '<p>Власти Алматы в пятницу заявили, что комендантский час сохранится ещё на несколько дней, пока обстановка в городе остаётся напряжённой.</p>').join('\n')}
</article></body></html>`;

describe('HTML pages that are not articles get a named reason', () => {
  it('a good page is read, with its title from og:title', () => {
    const page = readHtmlPage(GOOD);
    expect(page.ok).toBe(true);
    if (page.ok) {
      expect(page.meta.title).toEqual({ value: 'Curfew extended in Almaty', from: 'og:title' });
      expect(page.text.split('\n')).toHaveLength(4);
    }
  });

  it('malformed HTML is read as far as it goes, and the report says it is malformed', () => {
    const page = readHtmlPage(MALFORMED);
    expect(page.ok).toBe(true);
    if (page.ok) {
      expect(page.notes.join('\n')).toMatch(/malformed HTML/);
      expect(page.text).toMatch(/Paragraph 1: officials in Almaty/);
    }
  });

  it('a cookie wall is no article', () => {
    expect(readHtmlPage(COOKIE_WALL)).toEqual({
      ok: false,
      reason: 'no article: the page is a cookie or consent wall',
    });
  });

  it('an error page is no article, and its heading is quoted', () => {
    const page = readHtmlPage(ERROR_PAGE);
    expect(page.ok).toBe(false);
    if (!page.ok) expect(page.reason).toMatch(/^no article: an error page \("404 Page not found/);
  });

  it('a file of control characters or without markup is not an HTML page', () => {
    const controls = readHtmlPage('\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f'.repeat(20));
    expect(controls.ok || controls.reason).toMatch(/^binary data, not an HTML page/);
    const text = readHtmlPage('Just some words saved with the wrong name.\nNo markup at all.');
    expect(text.ok || text.reason).toMatch(/^not an HTML page: no HTML markup/);
  });

  it('a page in another language or script is named, and still read', () => {
    const page = readHtmlPage(RUSSIAN);
    expect(page.ok).toBe(true);
    if (page.ok) {
      expect(page.notes.join('\n')).toMatch(/another language \(lang="ru"\)/);
      expect(page.notes.join('\n')).toMatch(/another script \(\d+% of letters Cyrillic\)/);
    }
  });
});

describe('npm run data over a folder of good and bad HTML pages', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'two-fronts-html-'));
    mkdirSync(join(dir, 'seeds'));
    cpSync(join(ROOT, 'geo'), join(dir, 'geo'), { recursive: true });
    const write = (name: string, content: string | Buffer) =>
      writeFileSync(join(dir, 'seeds', name), content);
    write('good.html', GOOD);
    write('malformed.htm', MALFORMED);
    write('cookie.html', COOKIE_WALL);
    write('error.html', ERROR_PAGE);
    write('russian.html', RUSSIAN);
    write(
      'image.html',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names each bad file and its reason, and still reads the good ones', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(
      ['data', '--seeds', join(dir, 'seeds'), '--geo', join(dir, 'geo')],
      (text) => out.push(text),
      (text) => err.push(text),
      { env: {} },
    );
    const errors = err.join('\n');
    const summary = out.join('\n');
    expect(code).toBe(1);
    expect(errors).toMatch(/cookie\.html: no article: the page is a cookie or consent wall/);
    expect(errors).toMatch(/error\.html: no article: an error page/);
    expect(errors).toMatch(/image\.html: binary data: NUL byte at offset 8/);
    expect(summary).toMatch(/^Articles: 3 /);
    expect(summary).toMatch(/good {2}4 paragraphs/);
    expect(summary).toMatch(/warning: \S*malformed\.htm: malformed HTML/);
    expect(summary).toMatch(/warning: \S*russian\.html: page in another language/);
  });
});

describe('any bytes named .html or .txt', () => {
  it('never throw, and never give an empty article without a named reason (property test)', () => {
    const fragment = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.constantFrom(
        '<p>',
        '</p>',
        '<article>',
        '<h1>Headline of a story here</h1>',
        '<script>var x = 1;</script>',
        '<div class="cookie">Accept cookies</div>',
        '<figcaption>Troops patrol a square on January 6, 2022.</figcaption>',
        '<p>Officials in Almaty said on Friday that the curfew would stay in place for several more days.</p>',
        '&amp;',
        '<!--',
        '<',
      ),
    );
    fc.assert(
      fc.property(
        fc.array(fragment, { maxLength: 30 }),
        fc.constantFrom('seeds/page.html', 'seeds/page.txt'),
        (parts, file) => {
          const encoded = new TextEncoder().encode(parts.join('\n'));
          const result = articleFromSeed({ file, bytes: encoded }, undefined, () => false);
          if (result.article === null) expect(result.problems.length).toBeGreaterThan(0);
          else if (result.article.paragraphs.length === 0)
            expect(result.problems.map((problem) => problem.message)).toContain(
              'nothing of the article is left after cleaning',
            );
          for (const problem of result.problems) expect(problem.file).toBe(file);
        },
      ),
      { numRuns: 150 },
    );
  });
});
