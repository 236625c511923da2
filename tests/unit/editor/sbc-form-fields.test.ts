import { describe, expect, it } from 'vitest';
import { fieldForPath, fieldLabel } from '../../../src-shared/sbc-form-fields';

// A problem the schema finds in the plan is shown beside the field the person typed it in.

describe('from a place in the plan to the field in the editor', () => {
  it.each([
    [['benefits', 'pcp_visit', 'costShare', 'amountCents'], 'cell.pcp_visit.in'],
    [['benefits', 'pcp_visit', 'outOfNetworkYouPay'], 'cell.pcp_visit.out'],
    [['benefits', 'pcp_visit', 'note'], 'cell.pcp_visit.limits'],
    [['deductible', 'familyCents'], 'deductible.family'],
    [['oopMax', 'personCents'], 'oopMax.person'],
    [['enrollment', 1, 'monthly', 'employerCents'], 'premium.self_and_family.monthlyEmployer'],
    [['enrollment', 0, 'code'], 'premium.self_only.code'],
    [['pharmacy', 'mail', 'tiers', 0, 'upToDays'], 'pharmacy.mail.0.days'],
    [['network', 'notes', 3], 'networkNotes'],
    [['planYear', 'end'], 'planYear.end'],
    [['sources', 1, 'title'], 'source.title'],
    [['status'], 'general'],
  ] as const)('%j → %s', (path, field) => {
    expect(fieldForPath(path, ['self_only', 'self_and_family'])).toBe(field);
  });

  it('names each field the way the SBC and the editor do', () => {
    expect(fieldLabel('cell.pcp_visit.in')).toBe('Primary care visit to treat an injury or illness, in network');
    expect(fieldLabel('cell.er_visit.limits')).toBe('Emergency room care, limitations');
    expect(fieldLabel('premium.self_plus_one.biweeklyEmployee')).toBe('Self Plus One, every two weeks, employee share');
    expect(fieldLabel('pharmacy.mail.1.copays')).toBe('Mail order, supply 2, copays');
    expect(fieldLabel('oopMax.family')).toBe('Out-of-pocket limit per family');
  });
});
