// The one place that turns the recommendation into paper or a PDF. In the web host this is the browser's
// print dialog (the print stylesheet shows only the report); in Electron the lead will replace the body
// with a call that asks the main process for printToPDF. Callers only ever call printRecommendation().

export async function printRecommendation(): Promise<void> {
  window.print();
}
