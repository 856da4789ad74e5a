// The improvement directors and their appointments to trusts in special measures (build-directors.ts).
import { OversightBody } from '../../common/enums';
import type { AppointmentSpec } from './specs';

export const DIRECTORS = [
  { code: 'ID-001', name: 'Dr Helena Marsh', accountableTo: OversightBody.MONITOR },
  { code: 'ID-002', name: 'Graham Oyelaran', accountableTo: OversightBody.TDA },
  { code: 'ID-003', name: 'Priya Castellan', accountableTo: OversightBody.MONITOR },
  { code: 'ID-004', name: 'Martin Feltham', accountableTo: OversightBody.TDA },
  { code: 'ID-005', name: 'Dr Siobhan Turville', accountableTo: OversightBody.MONITOR },
  { code: 'ID-006', name: 'Rosalind Achebe', accountableTo: OversightBody.MONITOR },
  { code: 'ID-007', name: 'Keith Ambrose-Lyle', accountableTo: OversightBody.TDA },
  { code: 'ID-008', name: 'Dr Farah Quennell', accountableTo: OversightBody.MONITOR },
  { code: 'ID-009', name: 'Tobias Wrenfield', accountableTo: OversightBody.TDA }, // recruited, not yet appointed
  { code: 'ID-010', name: 'Margaret Ilesworth', accountableTo: OversightBody.TDA },
];

/**
 * Appointments within an episode. By default one starts two weeks after placement and ends on the exit
 * date (open while the trust is in special measures); `startsMonthsAgo` / `endsMonthsAgo` describe a
 * hand-over between directors.
 */
export const APPOINTMENTS: AppointmentSpec[] = [ // each director's appointments in date order
  // The cohort of thirteen years ago, and the episodes that followed it; the cohort's RW5 had no director.
  { director: 'ID-001', trust: 'RN1', episode: 0, past: true },
  { director: 'ID-003', trust: 'RS2', episode: 0, past: true, afterDays: 7 },
  { director: 'ID-005', trust: 'RB1', episode: 0, past: true, afterDays: 45 },
  { director: 'ID-006', trust: 'RH5', episode: 0, past: true, afterDays: 28 },
  { director: 'ID-010', trust: 'RH2', episode: 0, past: true, afterDays: 90 },
  { director: 'ID-010', trust: 'RS4', episode: 0, past: true, afterDays: 21 },
  { director: 'ID-002', trust: 'RH6', episode: 0, past: true },
  { director: 'ID-002', trust: 'RW6', episode: 0, past: true, startsMonthsAgo: 144 }, // free once RH6 left
  { director: 'ID-002', trust: 'RB5', episode: 1, past: true, afterDays: 60 },
  { director: 'ID-004', trust: 'RB5', episode: 0, past: true },
  { director: 'ID-004', trust: 'RN4', episode: 0, past: true },
  { director: 'ID-007', trust: 'RS5', episode: 0, past: true, afterDays: 21 },
  { director: 'ID-007', trust: 'RW1', episode: 0, past: true, startsMonthsAgo: 143 }, // free once RS5 left
  { director: 'ID-007', trust: 'RB2', episode: 0, past: true, afterDays: 30 },
  // The present.
  { director: 'ID-001', trust: 'RN1', episode: 0 },
  { director: 'ID-010', trust: 'RW2', episode: 0 },
  { director: 'ID-010', trust: 'RH2', episode: 0, endsMonthsAgo: 9 },
  { director: 'ID-002', trust: 'RH2', episode: 0, startsMonthsAgo: 9 },
  { director: 'ID-006', trust: 'RN3', episode: 0 },
  { director: 'ID-003', trust: 'RN3', episode: 1 },
  { director: 'ID-004', trust: 'RS4', episode: 0 },
  { director: 'ID-005', trust: 'RB1', episode: 0 },
  { director: 'ID-006', trust: 'RS3', episode: 0 },
  { director: 'ID-007', trust: 'RW1', episode: 0 },
  { director: 'ID-007', trust: 'RB2', episode: 0 },
  { director: 'ID-008', trust: 'RH4', episode: 0 },
];
