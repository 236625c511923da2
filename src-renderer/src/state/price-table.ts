import priceText from '../../../data/prices/default-prices-2022.json?raw';
import { PriceTable } from '../../../src-shared/tables-schema';

// The default price table the main process prices with, bundled so the care screen can show each
// service's default allowed amount next to the counselor's override. Public reference figures, no client
// data. Imported as text (?raw), as the usage table is (usage-table.ts), and checked by the same schema.
export const priceTable: PriceTable = PriceTable.parse(JSON.parse(priceText));
