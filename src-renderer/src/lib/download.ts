/** Saves text as a file through the browser's own download (in Electron: the save dialog). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some engines read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
