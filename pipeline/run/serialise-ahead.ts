// Serialising in the workers: a capture's document is serialised by the worker thread that made it,
// for the placement it gets when nothing else in the corpus touches it (what the corpus steps make
// of it alone: not a duplicate, no near-duplicate), and stored as a fragment. Publishing, on the
// main thread, then only copies bytes for nearly every document, so the second core is not left
// idle while one thread serialises the whole version. A document the corpus does place otherwise
// has a different key and is serialised when published, so the bytes never depend on the guess.
import { join } from 'node:path';
import { FragmentStore, fragmentKey, serialise } from '../publish/fragments.ts';
import { amendParts, assembleWith, stepsOf, type CaptureSummary, type Made, type Placement, type Plan } from './steps.ts';

/** Where a build keeps serialised fragments; `used` collects the files it reads or writes (FragmentStore). */
export const fragmentStore = (cacheDir: string, used: Set<string> | null = null) => new FragmentStore(join(cacheDir, 'fragments'), used);

/** The key of a placed document's fragment: its steps' keys and what the corpus steps marked on it. */
export const placedFragmentKey = (plan: Plan, placement: Placement) => fragmentKey({ plan, placement });

/**
 * Stores the fragment of a capture as published alone, unless the store has it already. `made` is
 * what the steps made of it (its parts are amended in place, so the caller must be done with them).
 */
export async function serialiseAhead(cacheDir: string, plan: Plan, summary: CaptureSummary, made: Made): Promise<void> {
  if (summary.problem || summary.drop || !made.parts.document) return;
  const steps = stepsOf(plan);
  // The corpus steps over a corpus of this one capture: the same code that places it in the build.
  const [placement] = assembleWith(steps, [summary], []).placements;
  if (!placement) return;
  const store = fragmentStore(cacheDir);
  const key = placedFragmentKey(plan, placement);
  if (await store.has(key)) return;
  try {
    const { document, claims, blocks } = amendParts(steps, made.parts, placement);
    await store.put(key, serialise(document!, claims ?? [], blocks ?? []));
  } catch {
    // Not this capture's failure: publishing serialises the document again, and reports what goes wrong then.
  }
}
