import { AppError } from '../../src-shared/result';
import type { Handlers } from './handle';

export const exportHandlers: Pick<Handlers, 'export:pdf'> = {
  'export:pdf': async ({ fileName }, ctx) => {
    if (!ctx.savePdfHook) {
      throw new AppError('UNAVAILABLE', 'Saving a PDF directly needs the desktop window. Use the print dialog and choose “Save as PDF”.');
    }
    return ctx.savePdfHook(fileName);
  },
};
