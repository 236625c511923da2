import usageJson from '../../../data/usage/usage-defaults.json';
import { UsageTable } from '../../../src-shared/tables-schema';

// The usage table the main process prices with, bundled so the care screen can show each stepper's
// starting number (the preset's expected count). It holds public reference figures, no client data.
export const usageTable: UsageTable = UsageTable.parse(usageJson);
