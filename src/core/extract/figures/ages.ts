import { MONTHS, WEEKDAYS } from './lexicon';
import type { Scan } from './scan';

/**
 * A person's age in apposition, the news convention for ages: "Kim Soo-min, 57, said…",
 * "Maria Lopez (34) was…". The number follows a capitalised name and a comma or a bracket, and
 * closes with a comma, a bracket or the end of the sentence.
 */
const APPOSITION = /\b([A-Z][\p{L}'’.-]*)(?:,\s+|\s+\()(\d{1,3})(?=\)|,(?!\d)|\s*$)/gu;

/** Words that are capitalised without naming a person: "On Tuesday, 57 …", "In March, 12 …". */
const NOT_A_NAME = /^(?:I|A|An|The|In|On|At|By|Of|And|But|Or|So|Then|Now|Also|Yes|No|Mr|Mrs|Ms|Dr)$/;

/** Ages written after a name: duration figures in years about the person before them. */
export function matchAppositionAges(scan: Scan): void {
  scan.each(APPOSITION, (m) => {
    const name = m[1];
    const age = Number(m[2]);
    if (age < 1 || age > 120 || NOT_A_NAME.test(name)) return;
    const lower = name.toLowerCase();
    if (lower in MONTHS || WEEKDAYS.includes(lower)) return;
    const start = m.index + m[0].length - m[2].length;
    scan.add({
      start,
      end: start + m[2].length,
      kind: 'duration',
      value: age,
      unit: 'years',
      age: true,
      holder: 'before',
    });
  });
}
