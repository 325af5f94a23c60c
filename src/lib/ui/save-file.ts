/**
 * Saves a text or bytes as a file through the browser's own download (a blob link; no request leaves
 * the page): the panel's CSL-JSON, the exported picture, the handout.
 */
export function saveFile(
  fileName: string,
  content: string | Uint8Array<ArrayBuffer> | Blob,
  type: string,
): void {
  const blob = content instanceof Blob ? content : new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has started the download: revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
