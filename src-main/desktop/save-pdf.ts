import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { SavedPdf } from '../../src-shared/ipc-contract';
import { kioskSaveDialogOptions } from '../kiosk/kiosk-window-policy';

/**
 * The Electron half of "Print or save as PDF": printToPDF of the window that asked, then a save dialog.
 * On a kiosk the dialog starts with a bare file name (no remembered folder) and the file never enters the
 * recent-documents list; the employee chooses where it goes, every time.
 */
export function createPdfSaver(kiosk: boolean): (fileName: string) => Promise<SavedPdf> {
  return async (fileName) => {
    const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    if (!win) return { saved: false, fileName: null };
    const pdf = await win.webContents.printToPDF({ printBackground: true, pageSize: 'Letter', preferCSSPageSize: true });
    const { canceled, filePath } = await dialog.showSaveDialog(
      win,
      kiosk
        ? kioskSaveDialogOptions(fileName, app.getPath('documents'))
        : {
            title: 'Save the recommendation as a PDF',
            defaultPath: join(app.getPath('documents'), fileName),
            filters: [{ name: 'PDF', extensions: ['pdf'] }],
            properties: ['createDirectory', 'showOverwriteConfirmation'],
          },
    );
    if (canceled || !filePath) return { saved: false, fileName: null };
    await writeFile(filePath, pdf);
    if (kiosk) app.clearRecentDocuments();
    return { saved: true, fileName: basename(filePath) };
  };
}
