/**
 * PLACEHOLDER (written by the sidecar/CLI work so main.ts compiles): the structure engineer owns
 * this file and replaces it with the real `corpus-review export`.
 */
export async function runExport(args: readonly string[]): Promise<number> {
  void args;
  process.stderr.write('corpus-review: export is not available in this build yet\n');
  return 2;
}
