/**
 * How many of a reference's paragraphs a stored story keeps, in order: the longest run of reference
 * paragraphs found, each inside one stored text node, in the same order (a longest common subsequence).
 * One stored node may hold several reference paragraphs (a quote of three paragraphs is one quote node),
 * and a reference paragraph that a picture splits in two counts when the two stored nodes side by side
 * hold it. Text is compared with its whitespace collapsed.
 */
export const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

export interface Kept {
  kept: number;
  missing: string[];
}

export function paragraphsInOrder(reference: string[], stored: string[]): Kept {
  const ref = reference.map(collapse).filter(Boolean);
  const ours = stored.map(collapse).filter(Boolean);
  // In one node, or begun in one node and ended in the next (never wholly in the next: that is the next's).
  const holds = (i: number, j: number) => {
    if (ours[j].includes(ref[i])) return true;
    if (j + 1 >= ours.length) return false;
    const at = `${ours[j]} ${ours[j + 1]}`.indexOf(ref[i]);
    return at >= 0 && at < ours[j].length && at + ref[i].length > ours[j].length + 1;
  };
  // best[i][j]: reference paragraphs from i on kept by stored nodes from j on
  const best = Array.from({ length: ref.length + 1 }, () => new Array<number>(ours.length + 1).fill(0));
  for (let i = ref.length - 1; i >= 0; i--)
    for (let j = ours.length - 1; j >= 0; j--)
      best[i][j] = holds(i, j)
        ? 1 + Math.max(best[i + 1][j], best[i + 1][j + 1])
        : Math.max(best[i + 1][j], best[i][j + 1]);
  const missing: string[] = [];
  for (let i = 0, j = 0; i < ref.length;) {
    if (j < ours.length && holds(i, j) && best[i][j] === 1 + Math.max(best[i + 1][j], best[i + 1][j + 1])) i++;
    else if (j < ours.length && best[i][j + 1] >= best[i + 1][j]) j++;
    else missing.push(ref[i++]);
  }
  return { kept: best[0]?.[0] ?? 0, missing };
}
