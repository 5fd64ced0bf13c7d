/** Shared by the hardening tests: the built CLI, temp folders, and an article we wrote (with a quote). */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export function cliPath(): string {
  const candidates = [process.env['CORPUS_REVIEW_CLI'], resolve(__dirname, '../../../../dist/cli.js'), resolve(process.cwd(), 'dist/cli.js')];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('dist/cli.js not found: run `npm run build` first (npm test does)');
  return found;
}

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], nodeArgs: readonly string[] = []): CliRun {
  const r = spawnSync(process.execPath, [...nodeArgs, cliPath(), ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'corpus-review-hardening-'));

/** An article in the corpus's style, written for these tests; lines joined by `eol`. */
export function article(eol = '\n', seed = 0): string {
  return [
    `Warga Desa Sukamaju Gotong Royong Bersihkan Saluran Air ${seed}`,
    '',
    `SUKAMAJU, KabarLembah.id - Ratusan warga Desa Sukamaju bergotong royong membersihkan saluran air pada Minggu (12/10/2025) pagi, ${seed} hari sebelum musim hujan.`,
    '',
    '“Kami tidak mau banjir lagi seperti tahun lalu, jadi semua warga turun tangan,” kata Kepala Desa Sukamaju, Budi Santoso.',
    '',
    'Kegiatan dimulai sejak pukul 07.00 WIB dan berakhir menjelang siang. Lumpur yang diangkat dikumpulkan di tepi jalan desa.',
    '',
    '“Besok truk dari kecamatan datang mengangkut lumpurnya,” ujar Siti Aminah, warga RT 03.',
    '',
  ].join(eol);
}
