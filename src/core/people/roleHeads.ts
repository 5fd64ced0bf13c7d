/**
 * The role heads a language writes out in full, for the person registry's matching of roles (personRegistry.ts).
 */

/** The role words of a language's name lexicon (quoteData.ts) that fullRoleHeadsOf reads. */
interface RoleHeads {
  readonly roleHeadsLower: ReadonlySet<string>;
  readonly roleAbbreviations: ReadonlyMap<string, unknown>;
}

const fullRoleHeadSets = new WeakMap<RoleHeads, ReadonlySet<string>>();

/**
 * A role's head written out in full: a head that is itself a short form ("Kapolres", "Kadis") stands for other words.
 * Worked out once per lexicon, that is per language (built per article, it was 1.6% of the engine's profile).
 */
export function fullRoleHeadsOf(lexicon: RoleHeads): ReadonlySet<string> {
  let heads = fullRoleHeadSets.get(lexicon);
  if (heads === undefined) fullRoleHeadSets.set(lexicon, (heads = new Set([...lexicon.roleHeadsLower].filter((head) => !lexicon.roleAbbreviations.has(head)))));
  return heads;
}
