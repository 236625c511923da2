import { refusal } from '../../src-shared/refusal';
import type { Handlers } from './handle';

export const exportHandlers: Pick<Handlers, 'export:pdf'> = {
  'export:pdf': async ({ fileName }, ctx) => {
    if (!ctx.savePdfHook) {
      throw refusal('UNAVAILABLE', 'err_pdf_unavailable', {});
    }
    return ctx.savePdfHook(fileName);
  },
};
