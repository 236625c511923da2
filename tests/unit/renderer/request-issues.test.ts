import { describe, expect, it } from 'vitest';
import { CompareRequest } from '../../../src-shared/household-schema';
import { describeIssues } from '../../../src-renderer/src/state/request-issues';

// What the household screen says when the inputs cannot be priced yet: the person and the field in
// plain words, not a schema path.

function issuesFor(members: unknown[]): string[] {
  const parsed = CompareRequest.safeParse({ household: { members }, priority: 'lowest_expected' });
  if (parsed.success) return [];
  return describeIssues(parsed.error, ['Employee', 'Ana (Spouse)', 'Child']);
}

describe('household problems in plain words', () => {
  it('an empty age names the person and asks for an age', () => {
    expect(issuesFor([{ id: 'a', relationship: 'employee', age: Number.NaN }])).toEqual(['Employee — age: enter a whole number from 0 to 120']);
  });

  it('a half-typed due date names the event', () => {
    const issues = issuesFor([
      { id: 'a', relationship: 'employee', age: 40 },
      { id: 'b', relationship: 'spouse', age: 35, events: [{ type: 'baby', delivery: 'vaginal', dueDate: '' }] },
    ]);
    expect(issues).toEqual(['Ana (Spouse) — life event 1, due date: enter the full date (month, day and year)']);
  });

  it('a household without its employee says so', () => {
    expect(issuesFor([{ id: 'a', relationship: 'spouse', age: 40 }])).toEqual(['Household: expected exactly one employee, found 0']);
  });
});
