/**
 * "Handout (PDF)": the briefing as a PDF, one page per step (title, the step's map, narration, every cited
 * excerpt with its full citation), after a title page with the date and the deep link. pdf-lib writes it;
 * the text is set in DejaVu Sans (from the dejavu-fonts-ttf package, subset into the file), so curly quotes,
 * dashes and Cyrillic names are real, selectable text. Loaded on demand.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import mapData from 'virtual:two-fronts/map-data';
import story from 'virtual:two-fronts/story';
import { bordersCredit } from '../sources/credits.ts';
import { longDate } from './draw-export.ts';
import { footnotes, noteNumbers, stepQuotes } from './footnotes.ts';
import { stepMaps } from './step-map.ts';
import { fullAppUrl } from './view-link.ts';
import { wrapText } from './wrap-text.ts';

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 48;
const INK = rgb(0.12, 0.14, 0.16);
const MUTED = rgb(0.33, 0.36, 0.39);

async function bytesOf(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return response.arrayBuffer();
}

/** Writes lines top-down on a page; `y` is the baseline of the next line. */
class Writer {
  y: number;
  constructor(
    readonly page: PDFPage,
    top = PAGE.height - MARGIN,
  ) {
    this.y = top;
  }
  lines(text: string, font: PDFFont, size: number, color = INK, indent = 0, leading = 1.35): void {
    const width = PAGE.width - 2 * MARGIN - indent;
    for (const line of wrapText(text, width, (part) => font.widthOfTextAtSize(part, size))) {
      this.y -= size * leading;
      this.page.drawText(line, { x: MARGIN + indent, y: this.y, size, font, color });
    }
  }
  /** The height `lines` would take. */
  static height(text: string, font: PDFFont, size: number, indent = 0, leading = 1.35): number {
    const width = PAGE.width - 2 * MARGIN - indent;
    return wrapText(text, width, (part) => font.widthOfTextAtSize(part, size)).length * size * leading;
  }
}

/** The handout as PDF bytes and its file name. */
export async function handout(
  href: string,
  now = new Date(),
): Promise<{ fileName: string; pdf: Uint8Array<ArrayBuffer> }> {
  if (!story) throw new Error('this build has no briefing');
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const [regular, bold] = await Promise.all([
    bytesOf(regularUrl).then((bytes) => pdf.embedFont(bytes, { subset: true })),
    bytesOf(boldUrl).then((bytes) => pdf.embedFont(bytes, { subset: true })),
  ]);
  const day = now.toISOString().slice(0, 10);
  const link = fullAppUrl(href).replace(/#.*$/, '#step=1');
  pdf.setTitle(`${story.title}: handout`);
  pdf.setAuthor('Two Fronts');
  pdf.setSubject(link);
  pdf.setCreationDate(now);

  const cover = new Writer(pdf.addPage([PAGE.width, PAGE.height]), PAGE.height - 160);
  cover.lines(story.title, bold, 26, INK, 0, 1.25);
  cover.y -= 12;
  cover.lines(`A briefing in ${story.steps.length} steps · handout of ${longDate(day)}`, regular, 12, MUTED);
  cover.y -= 24;
  cover.lines('The live map, step by step:', regular, 11);
  cover.lines(link, regular, 10, rgb(0.04, 0.36, 0.68));
  cover.y -= 24;
  cover.lines(
    'Each page gives one step: its title, the map as the briefing shows it, the narration, and every excerpt ' +
      'it cites, quoted verbatim with its source in Chicago author-date form (n.d. where the page states no date). ' +
      `${bordersCredit(mapData.borders)}. Text set in DejaVu Sans.`,
    regular,
    10,
    MUTED,
  );

  const mapWidth = PAGE.width - 2 * MARGIN;
  const maps = await stepMaps(mapData, { width: 720, height: 440 }, 1.5);
  try {
    for (const [index, step] of story.steps.entries()) {
      const page = pdf.addPage([PAGE.width, PAGE.height]);
      const writer = new Writer(page);
      writer.lines(`Step ${index + 1} of ${story.steps.length}`, regular, 9, MUTED);
      writer.lines(step.title, bold, 18, INK, 0, 1.3);
      const shown = stepQuotes(step.cite);
      const notes = footnotes(shown);
      const quotes = shown.quotes;
      // The text after the map decides how tall the map may be: one page per step.
      const textHeight =
        Writer.height(step.narration, regular, 10.5) +
        quotes.reduce((sum, quoted) => sum + Writer.height(`“${quoted.text}”`, regular, 9.5, 12) + 10, 0) +
        notes.reduce(
          (sum, note) => sum + Writer.height(`${note.number}. ${note.text}`, regular, 8.5) + 2,
          0,
        ) +
        60;
      const room = writer.y - MARGIN - textHeight - 12;
      const mapHeight = Math.max(120, Math.min((mapWidth * 440) / 720, room));
      const image = await pdf.embedJpg(await maps.picture(step));
      const scaled = image.scaleToFit(mapWidth, mapHeight);
      writer.y -= 8 + scaled.height;
      page.drawImage(image, { x: MARGIN, y: writer.y, width: scaled.width, height: scaled.height });
      writer.y -= 4;
      writer.lines(step.narration, regular, 10.5);
      writer.y -= 6;
      const numbers = noteNumbers(quotes);
      quotes.forEach((quoted, at) => {
        writer.y -= 4;
        writer.lines(`“${quoted.text}” [${numbers[at]}]`, regular, 9.5, INK, 12);
      });
      writer.y -= 8;
      writer.lines('Sources', bold, 9.5);
      for (const note of notes) writer.lines(`${note.number}. ${note.text}`, regular, 8.5, MUTED);
    }
  } finally {
    maps.remove();
  }
  return { fileName: `two-fronts-briefing-handout-${day}.pdf`, pdf: new Uint8Array(await pdf.save()) };
}
