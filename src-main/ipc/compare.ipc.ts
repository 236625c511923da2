import { join } from 'node:path';
import { AppError } from '../../src-shared/result';
import type { CompareTables } from '../../src-shared/tables-schema';
import type { AppContext } from '../app-context';
import { compareHousehold } from '../compare/compare-household';
import { loadCompareTables } from '../compare/load-tables';
import { listPlans } from '../store/plans.repo';
import { asAppError } from './engine.ipc';
import type { Handlers } from './handle';

// The default price and usage tables are read once per opened app, not on every re-price.
const tablesByContext = new WeakMap<AppContext, CompareTables>();

function tablesFor(ctx: AppContext): CompareTables {
  let tables = tablesByContext.get(ctx);
  if (!tables) {
    tables = loadCompareTables(join(ctx.appRoot, 'data'));
    tablesByContext.set(ctx, tables);
  }
  return tables;
}

export const compareHandlers: Pick<Handlers, 'engine:compare'> = {
  'engine:compare': (request, ctx) => {
    const stored = listPlans(ctx.db).map((s) => s.plan);
    const plans = request.planIds
      ? request.planIds.map((id) => stored.find((p) => p.id === id) ?? notFound(id))
      : stored;
    try {
      return compareHousehold(plans, request, tablesFor(ctx));
    } catch (error) {
      throw asAppError(error);
    }
  },
};

function notFound(id: string): never {
  throw new AppError('NOT_FOUND', `There is no plan with id "${id}".`);
}
