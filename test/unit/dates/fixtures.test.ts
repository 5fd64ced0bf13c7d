import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../../../src/core/analyze';

/** test/unit/dates in the source tree (the fixtures are not compiled): beside this file, above out/, or under the working directory. */
const here = [__dirname, join(__dirname, '..', '..', '..', '..', 'test', 'unit', 'dates'), join(process.cwd(), 'test', 'unit', 'dates')].find((d) => existsSync(join(d, 'fixtures.json')));
if (!here) throw new Error('test/unit/dates/fixtures.json not found: run the tests from the repository root');

interface Expected {
  readonly language: string;
  readonly date: string | null;
  readonly time?: string;
  readonly zone?: string;
  readonly role?: string;
  readonly yearInferred?: boolean;
  readonly relativeStamps?: number;
}

const expected = JSON.parse(readFileSync(join(here, 'fixtures.json'), 'utf8')) as Record<string, Expected | string>;

suite('dates: fixture articles through the whole engine', () => {
  for (const [file, want] of Object.entries(expected)) {
    if (typeof want === 'string') continue;
    test(`${file}: ${want.date ?? 'no date'}`, () => {
      const { analysis } = analyzeText(readFileSync(join(here, 'fixtures', file), 'utf8'), { language: want.language });
      assert.equal(analysis.date?.iso ?? null, want.date);
      if (want.time) assert.equal(analysis.date?.time, want.time);
      if (want.zone) assert.equal(analysis.date?.zone, want.zone);
      if (want.role) assert.equal(analysis.date?.role, want.role);
      if (want.yearInferred) assert.equal(analysis.date?.yearInferred, true);
      if (want.relativeStamps !== undefined) assert.equal(analysis.relativeStamps.length, want.relativeStamps);
    });
  }
});
