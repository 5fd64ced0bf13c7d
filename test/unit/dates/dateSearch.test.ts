/**
 * The date reader's shortcuts must never change what it reads: a form skipped by its window
 * facts could not have matched, the weekday forms tried only at weekday names find what a scan of
 * the whole window finds, and the relative-stamp pre-test never skips a text with a stamp.
 * Random texts are built from the words and characters dates are made of.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { compileDateData } from '../../../src/core/dates/dateData';
import { dateForms, readDatesOnLine } from '../../../src/core/dates/dateForms';
import { dateWindows } from '../../../src/core/dates/dateWindows';
import { futureInLastWords, futureMarkerIn } from '../../../src/core/dates/dateRoles';
import { dayOffsets, matchesAt, matchOffsets, windowFacts } from '../../../src/core/dates/dateStarts';
import { readRelativeStamps, stampRegexes } from '../../../src/core/dates/relativeStamps';
import { parseArticle } from '../../../src/core/article/article';
import { getLanguage } from '../../../src/core/lang/language';

const capitalised = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** Texts of date pieces: names in three cases, numbers, separators, and characters that fold case oddly. */
function pieces(language: string): fc.Arbitrary<string> {
  const d = getLanguage(language).dates;
  const dayPrefixes = (d as typeof d & { dayPrefixes?: readonly string[] }).dayPrefixes ?? [];
  const words = [...Object.keys(d.months), ...Object.keys(d.weekdays), ...Object.keys(d.zones), ...Object.keys(d.relativeUnits), ...dayPrefixes, d.relativeSuffix, 'dini hari', 'tanggal', 'tgl.', 'pukul', 'lalu', 'yang', 'dua', 'the', 'am', 'th'];
  const word = fc.constantFrom(...words).chain((w) => fc.constantFrom(w, w.toUpperCase(), capitalised(w)));
  const other = fc.constantFrom('1', '9', '12', '06', '25', '2025', '20251', '10.30', '/', '-', '.', '–', ':', ' ', '  ', '\t', ',', '(', ')', 'a', 'x', 'ſ', '\u212A', 'é', "'", '\u2019', '\u{1F600}', '7-8', '9/6/2025', '2025-06-09');
  // Date-shaped runs ("Senin, tanggal 5 Juni 2025", "Juni 5, 2025") so that every form matches often.
  const month = fc.constantFrom(...Object.keys(d.months)).chain((w) => fc.constantFrom(w, capitalised(w)));
  const weekday = fc.constantFrom(...Object.keys(d.weekdays)).chain((w) => fc.constantFrom(w, capitalised(w)));
  const sep = fc.constantFrom(' ', ', ', ' (', '.', '', '\t', '  ');
  const day = fc.constantFrom('5', '12', '31', '1', '123');
  const year = fc.constantFrom(' 2025', ', 2025', '2025', ' 25', '');
  const prefix = fc.constantFrom('', '', ...dayPrefixes.map((w) => `${w} `), ...dayPrefixes.map((w) => `${w}. `));
  const dayFirst = fc.tuple(fc.option(weekday), sep, prefix, day, sep, month, year).map(([w, s1, pf, dd, s2, m, y]) => `${w ?? ''}${w ? s1 : ''}${pf}${dd}${s2 || ' '}${m}${y}`);
  const monthFirst = fc.tuple(fc.option(weekday), sep, month, sep, day, year).map(([w, s1, m, s2, dd, y]) => `${w ?? ''}${w ? s1 : ''}${m}${s2 || ' '}${dd}${y}`);
  return fc.array(fc.oneof({ weight: 4, arbitrary: fc.oneof(word, other) }, { weight: 1, arbitrary: fc.oneof(dayFirst, monthFirst) }), { maxLength: 24 }).map((xs) => xs.join(''));
}

function allMatches(re: RegExp, text: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(`${m.index}:${m[0]}`);
  return out;
}

for (const language of ['id', 'en']) {
  suite(`dates (${language}): the reader's shortcuts read what the full search reads`, () => {
    const c = compileDateData(getLanguage(language));
    const f = dateForms(c);

    test('a form whose window facts say no has no match in the window', () => {
      fc.assert(
        fc.property(pieces(language), (text) => {
          const facts = windowFacts(text);
          for (const form of f.list) if (allMatches(form.re, text).length > 0) assert.ok(form.needs(facts), `${form.rule} matched ${JSON.stringify(text)} but its needs refused it`);
        }),
        { numRuns: 3000 },
      );
    });

    test('a form tried where its match can start (weekday, month, day prefix or digit) finds every match of the scan over the window', () => {
      assert.ok(f.list.filter((x) => x.startsAt !== null).length >= 6, 'the weekday, month and day-first forms are tried at their starts');
      fc.assert(
        fc.property(pieces(language), (text) => {
          const starts = { weekday: matchOffsets(f.weekdayProbe, text), month: matchOffsets(f.monthProbe, text), day: dayOffsets(f.dayPrefixProbe, text) };
          for (const form of f.list) {
            if (!form.startsAt) continue;
            const sticky = matchesAt(form.sticky, text, starts[form.startsAt]).map((m) => `${m.index}:${m[0]}`);
            assert.deepEqual(sticky, allMatches(form.re, text), `${form.rule} on ${JSON.stringify(text)}`);
          }
        }),
        { numRuns: 4000 },
      );
    });

    test('the relative-stamp pre-test finds the last word wherever the suffix stands', () => {
      const res = stampRegexes(c);
      if (!res) return;
      fc.assert(
        fc.property(pieces(language), (text) => {
          res.lastWord.lastIndex = 0;
          if (res.suffix.test(text)) assert.ok(res.lastWord.test(text), JSON.stringify(text));
        }),
        { numRuns: 3000 },
      );
    });
  });
}

for (const language of ['id', 'en']) {
  suite(`dates (${language}): the future-marker shortcut`, () => {
    const lang = getLanguage(language);
    const c = compileDateData(lang);
    const d = lang.dates as typeof lang.dates & { futureMarkers?: readonly string[] };
    const words = [...(d.futureMarkers ?? []), ...lang.attribution.verbs.slice(0, 30), ...lang.attribution.prefixedVerbs.slice(0, 10), 'akan', 'will', 'kata dia'];
    const word = fc.constantFrom(...words).chain((w) => fc.constantFrom(w, w.toUpperCase(), capitalised(w), `${w}nya`));
    const other = fc.constantFrom(' ', '  ', '\n', '\t', '\u00A0', ',', '.', '(', ')', '"', 'warga', 'x', '7', '\u0345', '\u212A', '-', "'");
    test('skipping the verb search where no marker stands gives the same answer', () => {
      fc.assert(
        fc.property(fc.array(fc.oneof(word, other), { maxLength: 30 }), (xs) => {
          const clause = xs.join('');
          assert.equal(futureMarkerIn(c, clause), futureInLastWords(c, clause), JSON.stringify(clause));
        }),
        { numRuns: 3000 },
      );
    });
  });
}

suite('dates: relative stamps found by one search of the text', () => {
  const c = compileDateData(getLanguage('id'));
  const stampPieces = fc.constantFrom('2 hari yang lalu', 'tiga jam yang  lalu', 'Yang Lalu', 'lalu', 'yang', ' ', '\n', '\r\n', '\n\n', 'Senin lalu', '5 menit yang lalu.', 'dua belas bulan yang lalu', 'x');
  test('the stamps are those of each line read alone', () => {
    fc.assert(
      fc.property(fc.array(stampPieces, { maxLength: 30 }), (xs) => {
        const article = parseArticle(xs.join(''));
        const perLine = article.lines.flatMap((l) =>
          readRelativeStamps(c, { text: l.text, lines: [{ index: 0, start: 0, end: l.text.length, text: l.text }] }).map((s) => ({ ...s, span: { start: s.span.start + l.start, end: s.span.end + l.start } })),
        );
        assert.deepEqual(readRelativeStamps(c, article), perLine);
      }),
      { numRuns: 1000 },
    );
  });
  test('a stamp on the last line and two on one line are read', () => {
    const stamps = readRelativeStamps(c, parseArticle('Judul\nlalu\n2 hari yang lalu dan 3 jam yang lalu'));
    assert.deepEqual(stamps.map((s) => [s.amount, s.unit]), [[2, 'day'], [3, 'hour']]);
  });
});

suite('dates: window facts', () => {
  test('a four-digit year is a run of exactly four digits', () => {
    assert.equal(windowFacts('Senin (9/6/2025)').year4, true);
    assert.equal(windowFacts('Rp 20.000 dan 12345').year4, false);
    assert.equal(windowFacts('2025').year4, true);
  });
  test('slash, hyphen and en dash are seen', () => {
    assert.deepEqual(windowFacts('7–8/6'), { year4: false, slash: true, hyphen: false, enDash: true });
    assert.deepEqual(windowFacts('2025-06-09'), { year4: true, slash: false, hyphen: true, enDash: false });
  });
  test('matchOffsets finds overlapping matches', () => {
    assert.deepEqual(matchOffsets(/aa/gu, 'aaaa'), [0, 1, 2]);
  });
});

suite('dates: the first digit handed over', () => {
  for (const language of ['id', 'en']) {
    test(`${language}: windows from a known first digit are the windows found from the start`, () => {
      const c = compileDateData(getLanguage(language));
      fc.assert(
        fc.property(pieces(language), (text) => {
          const first = text.search(/\d/);
          assert.deepEqual(dateWindows(c, text, first), dateWindows(c, text), JSON.stringify(text));
        }),
        { numRuns: 3000 },
      );
    });
  }

  test('dates read line by line from the whole-text digit search are those read from each line alone', () => {
    const c = compileDateData(getLanguage('id'));
    fc.assert(
      fc.property(fc.array(pieces('id'), { maxLength: 5 }), (lines) => {
        const article = parseArticle(lines.join('\n'));
        const alone = article.lines.flatMap((l) => readDatesOnLine(c, article, l.index));
        const handed = article.lines.flatMap((l) => (/\d/.test(l.text) ? readDatesOnLine(c, article, l.index, l.text.search(/\d/)) : []));
        assert.deepEqual(handed, alone);
      }),
      { numRuns: 1000 },
    );
  });
});
