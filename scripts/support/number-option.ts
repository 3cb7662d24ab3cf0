/** A benchmark's `--name N` option, or `fallback` when it is not given. */
export const numberOption = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
