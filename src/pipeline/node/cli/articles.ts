import type { Command } from './command.ts';
import { finish, JSON_FLAG } from './shared.ts';

/** `npm run articles`: every article after cleaning, its metadata and paragraphs. */
export const articlesCommand: Command = {
  name: 'articles',
  summary: 'every article after cleaning: metadata and paragraphs',
  positional: 'none',
  options: { json: JSON_FLAG },
  run({ args, out, err, pipeline }) {
    const output = pipeline();
    const list = output.articles.map((article) => ({
      id: article.id,
      file: article.file,
      meta: article.meta,
      metaFrom: article.metaFrom,
      paragraphs: article.paragraphs.map(({ index, section, text }) => ({ index, section, text })),
    }));
    if (args.flag('json')) out(JSON.stringify(list, null, 2));
    else
      for (const article of list) {
        const { outlet, title, author, dateText } = article.meta;
        out(`${article.id}  ${title ?? '(no title)'}`);
        out(
          `    ${[outlet ?? 'outlet not stated', author ?? 'author not stated', dateText ?? 'date not stated'].join(' · ')}`,
        );
        for (const paragraph of article.paragraphs)
          out(`  ${String(paragraph.index).padStart(3)} ${paragraph.section.padEnd(7)} ${paragraph.text}`);
      }
    return finish(output, err);
  },
};
