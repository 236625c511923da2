import { describe, expect, it } from 'vitest';
import { SBC_EVENT_GROUPS, SBC_ROWS, sbcRow } from '../../../src-shared/sbc-layout';
import { PRESCRIPTION_SERVICES, SERVICE_CODES, STAY_SERVICES } from '../../../src-shared/services';

describe('the SBC layout of the editor', () => {
  it('places every service code the engine needs exactly once, under an SBC event', () => {
    expect([...SBC_ROWS.map((r) => r.service)].sort()).toEqual([...SERVICE_CODES].sort());
    expect(SBC_EVENT_GROUPS.map((g) => g.event)).not.toContain('Other covered services');
  });

  it("follows the SBC order: office visits first, children's dental care last", () => {
    expect(SBC_EVENT_GROUPS[0]?.event).toBe("If you visit a health care provider's office or clinic");
    expect(SBC_ROWS[0]?.service).toBe('pcp_visit');
    expect(SBC_EVENT_GROUPS.at(-1)?.event).toBe('If your child needs dental or eye care');
  });

  it('counts a bare amount per stay in stay rows, per trip for the ambulance, per prescription for drugs', () => {
    for (const code of STAY_SERVICES) expect(sbcRow(code).unitHint).toBe('admission');
    for (const code of PRESCRIPTION_SERVICES) expect(sbcRow(code).unitHint).toBe('prescription');
    expect(sbcRow('ambulance_trip').unitHint).toBe('trip');
    // No row multiplies a bare amount by the days of a stay: "per day" must be typed.
    expect(SBC_ROWS.filter((r) => r.unitHint === 'day')).toEqual([]);
  });
});
