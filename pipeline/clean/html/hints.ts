// The article body as the page declares it in JSON-LD, split into paragraphs: a last resort when
// the DOM yields almost nothing (pages that render their text with scripts). An article states it
// as `articleBody`; a how-to guide or a recipe as its description and its steps (HowTo `step`,
// Recipe `recipeInstructions`: HowToStep, HowToSection and HowToDirection nodes, or plain strings),
// which is all the text some guide pages hold. Markup and entities in it are read as a browser shows them.
import { nodeTypes, type JsonLdNode } from '../../ingest/jsonld.ts';
import { unmarkup } from '../markup.ts';

/** How deep step lists nest (a section of steps whose step holds directions). */
const MAX_STEP_DEPTH = 4;

function paragraphsOf(text: string): string[] {
  // Templates often write the text as HTML (<p>, <br>, &eacute;): read it as the page would show it.
  return unmarkup(text)
    .split(/\n\s*\n|\r?\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** The text of a list of steps, in order: each step's name (when it is not the text again) and its text. */
function stepTexts(steps: unknown, depth = 0): string[] {
  if (depth > MAX_STEP_DEPTH || steps === undefined || steps === null) return [];
  if (typeof steps === 'string') return paragraphsOf(steps);
  if (Array.isArray(steps)) return steps.flatMap((step) => stepTexts(step, depth + 1));
  if (typeof steps !== 'object') return [];
  const step = steps as JsonLdNode;
  const out: string[] = [];
  const text = typeof step.text === 'string' ? paragraphsOf(step.text) : [];
  if (typeof step.name === 'string') {
    const name = step.name.replace(/\s+/g, ' ').trim();
    // Generators often repeat the step's text as its name, or start the text with it.
    if (name && !text.some((line) => line.startsWith(name.replace(/[.…]+$/, '')))) out.push(...paragraphsOf(name));
  }
  out.push(...text);
  out.push(...stepTexts(step.itemListElement, depth + 1));
  return out;
}

/** The body's paragraphs and where the page states them ("articleBody", "HowTo steps", "Recipe steps"). */
export interface DeclaredBody {
  field: string;
  paragraphs: string[];
}

export function articleBodyHint(jsonLd: readonly JsonLdNode[]): DeclaredBody | null {
  for (const node of jsonLd) {
    const body = node.articleBody;
    if (typeof body !== 'string' || body.trim().length === 0) continue;
    const paragraphs = paragraphsOf(body);
    if (paragraphs.length) return { field: 'articleBody', paragraphs };
  }
  for (const node of jsonLd) {
    const types = nodeTypes(node);
    const type = types.includes('HowTo') ? 'HowTo' : types.includes('Recipe') ? 'Recipe' : null;
    const steps = type === 'HowTo' ? node.step : type === 'Recipe' ? node.recipeInstructions : undefined;
    const stepped = stepTexts(steps);
    if (stepped.length === 0) continue;
    const description = typeof node.description === 'string' ? paragraphsOf(node.description) : [];
    return { field: `${type} steps`, paragraphs: [...description, ...stepped] };
  }
  return null;
}
