import { saveFile } from '../ui/save-file.ts';

/**
 * Builds the briefing's PDF handout, its title page linking to `viewLink` (the view as it is now), and
 * downloads it; resolves to the file's name. pdf-lib loads here.
 */
export async function downloadHandout(viewLink: string): Promise<string> {
  const { handout } = await import('./handout.ts');
  const { fileName, pdf } = await handout(viewLink);
  saveFile(fileName, pdf, 'application/pdf');
  return fileName;
}
