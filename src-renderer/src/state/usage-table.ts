import usageText from '../../../data/usage/usage-defaults.json?raw';
import { UsageTable } from '../../../src-shared/tables-schema';

// The usage table the main process prices with, bundled so the care screen can show each stepper's
// starting number (the preset's expected count). It holds public reference figures, no client data.
// Imported as text (?raw) so the web tsconfig project need not list a file outside src-renderer.
export const usageTable: UsageTable = UsageTable.parse(JSON.parse(usageText));
