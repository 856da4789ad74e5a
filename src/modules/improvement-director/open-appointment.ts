// When a director's appointment is open (docs/domain.md#entities-and-rules): said once, here, as conditions on
// DirectorAppointment rows.

/** Not ended by `date`: no end date, or one after it. */
export const notEndedBy = (date: string) => ({ $or: [{ endsOn: null }, { endsOn: { $gt: date } }] });

/** In post on `date`: started on or before it and not ended by it. */
export const openOn = (date: string) => ({ startsOn: { $lte: date }, ...notEndedBy(date) });
