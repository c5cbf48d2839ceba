// A wire story's dateline: "WELLINGTON, Oct 13 (Reuters) -", "SAN JOSE, California, Oct. 24
// (AP) —". It says where and when the story was filed, not what happened then: its date is no
// claim.

// The place in capitals, its region or country, the day, the agency, and the dash.
const DATELINE =
  /^\s*[A-Z][A-Z.'’ -]*[A-Z.](?:,\s+[A-Z][A-Za-z.'’ -]*?)?,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.?\s+\d{1,2}(?:,\s+\d{4})?(?:\s+\([A-Za-z][\w .&'’-]{0,40}\))?\s*[-–—]+\s/;

/** Where the dateline that opens `text` ends, or 0 when `text` opens with none. */
export function datelineEnd(text: string): number {
  const m = DATELINE.exec(text.slice(0, 120));
  return m ? m[0].length : 0;
}
