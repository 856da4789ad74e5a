/** The fixed "today" of the test suite: the demo data and every rule read the clock set to it. */
export const TEST_TODAY = '2026-03-18';
