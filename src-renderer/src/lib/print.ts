import { call } from './api';

// The one place that turns the recommendation into paper or a PDF. In Electron the main process prints
// the window to PDF (printToPDF) and asks where to save it; in the web host the browser's print dialog
// does both (its "Save as PDF" destination). The print stylesheet shows only the report either way.

/** Returns what to tell the person ("Saved …") or null when the browser's own dialog took over. */
export async function printRecommendation(fileName: string): Promise<string | null> {
  if (window.api) {
    const result = await call('export:pdf', { fileName });
    return result.saved ? `Saved ${result.fileName ?? fileName}.` : 'The PDF was not saved.';
  }
  window.print();
  return null;
}
