import { call } from './api';

// The one place that turns the recommendation into paper or a PDF. In Electron the main process prints
// the window to PDF (printToPDF) and asks where to save it; in the web host the browser's print dialog
// does both (its "Save as PDF" destination). The print stylesheet shows only the report either way.

/** What the save dialog did (Electron), or null when the browser's own print dialog took over. */
export async function printRecommendation(fileName: string): Promise<{ saved: boolean; fileName: string | null } | null> {
  if (window.api) {
    const result = await call('export:pdf', { fileName });
    return { saved: result.saved, fileName: result.fileName ?? null };
  }
  window.print();
  return null;
}
