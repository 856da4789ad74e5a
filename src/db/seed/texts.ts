// Free text for the demo rows: outcome narratives, plan update summaries and leaders' names.

export const OUTCOME_NARRATIVES = [
  'Partner clinicians ran weekly huddles with the ward teams.',
  null,
  'Improvement slowed in a month of high demand; partner support continued.',
  'Partner trust seconded a senior nurse for the month.',
  null,
];

export const UPDATE_SUMMARIES = [
  'Recruitment ahead of plan; two actions moved from at risk to on track.',
  'Board reviewed progress in public; one action slipped and has a recovery date.',
  'Buddy trust support focused on governance; incident backlog reduced again.',
  'High demand slowed responsive actions; safe staffing held.',
  'Staff survey results shared with every team; listening events under way.',
  'Improvement director attended the quality committee; evidence for two actions accepted.',
];

/** Names for leaders: i -> (first, surname) is one-to-one for i < 24 * 25. */
export const FIRST_NAMES = ['Alison', 'Bernard', 'Catherine', 'Daniel', 'Eleanor', 'Francis', 'Gillian', 'Hamid', 'Imogen', 'Jonathan', 'Kavita', 'Laurence', 'Miriam', 'Nigel', 'Olusola', 'Patrick', 'Rachel', 'Simon', 'Tamsin', 'Umar', 'Valerie', 'William', 'Yvonne', 'Zachary'];
export const SURNAMES = ['Abernethy', 'Blackwood', 'Carrow', 'Dunmore', 'Ellery', 'Fairbairn', 'Goodhew', 'Halloran', 'Inglewood', 'Jessop', 'Kettering', 'Lowther', 'Mallinson', 'Northcott', 'Okonkwo', 'Pemberton', 'Quarrie', 'Rathbone', 'Sandhu', 'Thistlewood', 'Upton', 'Varley', 'Whitlock', 'Yardley', 'Zeller'];
