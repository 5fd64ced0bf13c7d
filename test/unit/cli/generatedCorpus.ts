/**
 * Generated articles in the style of Indonesian regional news (our own sentences, recombined by a
 * seeded generator), for CLI tests that need a corpus of hundreds of files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PLACES = ['BANJARMASIN', 'PALU', 'KENDARI', 'TERNATE', 'SAMPIT', 'BIMA', 'SORONG', 'JEMBER'];
const PEOPLE = [
  ['Rahmat Hidayat', 'Rahmat', 'Kepala Dinas Pendidikan'],
  ['Dewi Lestari', 'Dewi', 'Camat Sungai Tabuk'],
  ['Agus Salim', 'Agus', 'Ketua RT 04'],
  ['Yohana Mambrasar', 'Yohana', 'Kepala Puskesmas'],
  ['Imam Syafii', 'Imam', 'Kapolsek Kota'],
] as const;
const TOPICS = [
  ['Jembatan Gantung Desa', 'jembatan gantung yang menghubungkan dua desa itu rusak diterjang arus sungai'],
  ['Vaksinasi Anak Sekolah', 'vaksinasi untuk anak sekolah dasar dilanjutkan pekan ini di seluruh kecamatan'],
  ['Harga Beras Naik', 'harga beras di pasar tradisional naik dua ribu rupiah per kilogram'],
  ['Lomba Perahu Naga', 'lomba perahu naga kembali digelar setelah tiga tahun absen'],
  ['Jalan Provinsi Berlubang', 'warga mengeluhkan jalan provinsi yang berlubang sepanjang tiga kilometer'],
] as const;
const VERBS = ['ujar', 'kata', 'tegas', 'jelas'];
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const WEEKDAYS = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'];

/** A small deterministic generator (mulberry32), so a failing corpus can be regenerated. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateArticle(n: number): string {
  const r = random(n + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const [topic, lead] = pick(TOPICS);
  const [name, short, role] = pick(PEOPLE);
  const place = pick(PLACES);
  const day = 1 + Math.floor(r() * 28);
  const lines = [
    `${topic} di ${place[0]}${place.slice(1).toLowerCase()} Jadi Sorotan Warga (${n})`,
    `${pick(WEEKDAYS)}, ${day} ${pick(MONTHS)} 2025 ${String(7 + Math.floor(r() * 12)).padStart(2, '0')}:${String(Math.floor(r() * 60)).padStart(2, '0')} WIB`,
    '',
    `${place} - Menurut keterangan warga, ${lead}.`,
    '',
    `"Kami sudah melaporkan masalah ini sejak bulan lalu dan berharap segera ada tindak lanjut," ${pick(VERBS)} ${name}, ${role}, kepada wartawan.`,
    '',
    `${short} menambahkan, pemerintah daerah sudah menyiapkan anggaran untuk penanganan tahun ini.`,
    '',
    `"Mudah-mudahan bulan depan sudah bisa dikerjakan," ${pick(VERBS)}nya.`,
    '',
    'Baca Juga: Warga Gotong Royong Bersihkan Saluran Air',
    '',
    `(${pick(['red', 'adv', 'tim'])})`,
  ];
  return lines.join('\n') + '\n';
}

/** Writes `count` generated articles into `dir` as 0001-berita.txt …; returns their paths in order. */
export function writeGeneratedCorpus(dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const p = join(dir, `${String(i + 1).padStart(4, '0')}-berita.txt`);
    writeFileSync(p, generateArticle(i));
    paths.push(p);
  }
  return paths;
}
