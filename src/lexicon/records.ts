// Summary records: the lines that open, suspend, resume and close a meeting. The first of
// them ends the header: the record's body starts where the meeting does.

export const SITTING_OPENED = /^(?:افتتحت|استؤنفت|افتتح|استؤنف)\s+الجلسة/;

/** The contents caption of a record or report; the lines after it, up to the body, are its entries. */
export const CONTENTS_CAPTION = /^المحتويات$/;
