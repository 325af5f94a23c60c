import { saveFile } from '../ui/save-file.ts';

/** Builds the briefing's PDF handout and downloads it; resolves to the file's name. pdf-lib loads here. */
export async function downloadHandout(): Promise<string> {
  const { handout } = await import('./handout.ts');
  const { fileName, pdf } = await handout(location.href);
  saveFile(fileName, pdf, 'application/pdf');
  return fileName;
}
