import { describe, expect, it } from 'vitest';
import { compareHousehold } from '../../../src-main/compare';
import { monthsLabel, segmentText, arrangementLabel, arrangementNoteText } from '../../../src-shared/i18n/arrangement-text';
import { arrangementCsvRows } from '../../../src-renderer/src/lib/arrangement-csv';
import { arrangementsRanked } from '../../../src-renderer/src/lib/arrangement-view';
import { fromMember, newMember, toMemberInput } from '../../../src-renderer/src/state/member-draft';
import { HouseholdMember } from '../../../src-shared/household-schema';
import { tables } from '../compare/fixtures';
import { fehb, fixtureDistrict, twoEmployerFamily } from '../compare/arrangements/support';

// Who enrolls where on the screens, the report and the CSV (issue 14): words from the structured result in
// either language, rows in the ranking's order, and the Household form's answer as the schema takes it.

const result = compareHousehold([...fehb, ...fixtureDistrict], twoEmployerFamily(2, { simulations: 200 }), tables);
const section = result.arrangements!;

describe('arrangement words', () => {
  it('says which months a plan year covers, in English and in Spanish', () => {
    expect(monthsLabel('2022-01-01', '2022-06-30', 'en')).toBe('January–June 2022');
    expect(monthsLabel('2022-07-01', '2022-12-31', 'es')).toBe('julio–diciembre de 2022');
    expect(monthsLabel('2022-07-01', '2023-06-30', 'es')).toBe('julio de 2022–junio de 2023');
  });

  it('names who is on each enrollment and its type, the brochure names kept in English', () => {
    const split = section.arrangements.find((a) => a.enrollments.length === 2 && a.enrollments[0]?.members.length === 1)!;
    expect(arrangementLabel(result, split, 'en')).toMatch(
      /^Employee: FEHB .+ — Self Only · Spouse \+ Child 1 \+ Child 2: District Fixture .+ — Self and Family$/,
    );
    expect(arrangementLabel(result, split, 'es')).toMatch(
      /^Empleado\(a\): FEHB .+ — Self Only \(solo el empleado\) · Cónyuge \+ Hijo\(a\) 1 \+ Hijo\(a\) 2: District Fixture .+ — Self and Family/,
    );
    const district = split.enrollments[1]!;
    expect(segmentText(district, district.segments[1]!, 'es')).toMatch(/el año del plan 2022–23 cubre julio–diciembre de 2022$/);
  });

  it("says the engine's two notes in Spanish and marks any other as English", () => {
    expect(arrangementNoteText(section.notes[0]!, 'es')).toEqual({ text: expect.stringMatching(/^El deducible y el desembolso máximo/), english: false });
    expect(arrangementNoteText('Something new.', 'es')).toEqual({ text: 'Something new.', english: true });
  });
});

describe('arrangement rows', () => {
  it('lists the arrangements in the order of the chosen priority', () => {
    const worst = arrangementsRanked(section, 'lowest_worst_case').map((v) => v.arrangement.worstCase?.totalCents ?? Infinity);
    expect(worst).toEqual([...worst].sort((a, b) => a - b));
  });

  it('writes one CSV row per enrollment, the enrollments adding up to the arrangement', () => {
    const rows = arrangementCsvRows(result, 'lowest_expected', 'en');
    expect(rows[1]?.[0]).toBe('Who enrolls where');
    const body = rows.slice(3);
    expect(body).toHaveLength(section.arrangements.reduce((n, a) => n + a.enrollments.length, 0));
    const first = section.arrangements.find((a) => a.id === section.order[0])!;
    const firstRows = body.slice(0, first.enrollments.length);
    const sum = firstRows.reduce((n, r) => n + Number(r[4]) + Number(r[5]), 0);
    expect(sum.toFixed(2)).toBe(String(firstRows[0]?.[6]));
  });
});

describe('the Household form', () => {
  it("sends an adult's employers and never a child's; a member saved before opens without them", () => {
    const adult = { ...newMember('employee', 'employee', 40), eligibleFor: ['fehb' as const, 'district' as const] };
    expect(toMemberInput(adult).eligibleFor).toEqual(['fehb', 'district']);
    expect(toMemberInput({ ...adult, relationship: 'child' }).eligibleFor).toBeUndefined();
    const before = HouseholdMember.parse({ id: 'employee', relationship: 'employee', age: 40 });
    expect(fromMember(before).eligibleFor).toBeUndefined();
    expect(toMemberInput(fromMember(before)).eligibleFor).toBeUndefined();
  });
});
