/**
 * Text lives in the catalogues (issue #12, house style rule 16): no English sentence and no
 * label of the interface is written in the code outside `src/text/`. The test reads every
 * source file with the TypeScript parser and flags
 *  - a string or template that reads as English prose (two plain words or more, one of them a
 *    function word: "the", "of", "to", …), and
 *  - any wording given to a reader directly: a `textContent`, `title`, `placeholder`, `alt` or
 *    `aria-label` set to a literal with letters,
 * except in calls that speak to developers (console.*, errors of the code's own invariants on
 * the list below, with their reason).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.ts$/.test(f) && !/\.d\.ts$/.test(f) ? [p] : [];
  });

const FUNCTION_WORDS = new Set('the a an of to in on is are was were be and or not no with for from by this that it its as at into than then there which who what when where how your you can could would will has have had one each every any all'.split(' '));
const PLAIN = /^[A-Za-z][a-z]*[,.;:!?)]?$|^\(?[a-z]+[,.;:!?)]?$/;
/** Reads as English prose: two plain words or more, one of them a function word. */
export function isProse(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => PLAIN.test(w));
  return words.length >= 2 && words.some((w) => FUNCTION_WORDS.has(w.toLowerCase().replace(/[^a-z]/g, '')));
}

/** Properties and attributes that a reader sees or hears. */
const READER_PROPS = new Set(['textContent', 'innerText', 'title', 'placeholder', 'alt', 'ariaLabel', 'label']);
const READER_ATTRS = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description']);

/** Developers' messages: calls whose strings no reader sees. */
const DEVELOPER_CALLS = /^console\.|^assert|^performance\./;

/** Strings found, with file and line. */
function findings(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const where = (n: ts.Node) => `${relative(SRC, file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  const literalText = (n: ts.Node): string | null => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return n.text;
    if (ts.isTemplateExpression(n)) return [n.head.text, ...n.templateSpans.map((s) => s.literal.text)].join(' … ');
    return null;
  };
  const inDeveloperCall = (n: ts.Node): boolean => {
    for (let p: ts.Node | undefined = n.parent; p; p = p.parent) {
      if (ts.isCallExpression(p) && DEVELOPER_CALLS.test(p.expression.getText(sf))) return true;
      if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isLiteralTypeNode(p)) return true;
    }
    return false;
  };
  const visit = (n: ts.Node) => {
    const s = literalText(n);
    if (s !== null && !inDeveloperCall(n)) {
      // Only the outermost template: its spans' literals are visited with it.
      if (!(ts.isTemplateExpression(n.parent) || ts.isTemplateSpan(n.parent))) {
        let reader = false;
        const p = n.parent;
        if (ts.isPropertyAssignment(p) && READER_PROPS.has(p.name.getText(sf)) && p.initializer === n) reader = true;
        if (ts.isBinaryExpression(p) && p.right === n && p.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(p.left) && READER_PROPS.has(p.left.name.text)) reader = true;
        if (ts.isCallExpression(p) && /\.setAttribute$/.test(p.expression.getText(sf)) && p.arguments[1] === n && READER_ATTRS.has(literalText(p.arguments[0]!) ?? '')) reader = true;
        if ((reader && /[A-Za-z]{2,}/.test(s)) || isProse(s)) out.push(`${where(n)}  ${JSON.stringify(s.length > 90 ? s.slice(0, 90) + '…' : s)}`);
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/**
 * Strings that stay in the code, each with its reason: developers' invariants (never shown to
 * a reader: the page says what failed in its own words), and data keys that look like words.
 */
const ALLOWED: { file: string; text: string; why: string }[] = [
  { file: 'ui/export_control.ts', text: '"GeoJSON"', why: 'the name of a format, the same in both languages' },
  { file: 'ui/export_control.ts', text: '"CSV"', why: 'the name of a format, the same in both languages' },
  { file: 'ui/export_control.ts', text: '"https://…/#about"', why: 'an address as the placeholder of the address field' },
  { file: 'ui/export_control.ts', text: '"no clipboard"', why: 'thrown and caught at once: the reader is told in the catalogue\'s words' },
  { file: 'style/build_style.ts', text: 'needs a constant opacity', why: "an invariant of the project's own style, for developers" },
  { file: 'worker/line_worker.ts', text: 'the worker was not given the oblasts', why: "an invariant of the worker protocol, for developers" },
];

describe('text lives in the catalogues', () => {
  test('the prose detector: sentences yes, class lists, CSS, ids and formats no', () => {
    expect(isProse('The map keeps its current line.')).toBe(true);
    expect(isProse('no line of 2025-08-15')).toBe(true);
    expect(isProse('maplibregl-ctrl maplibregl-ctrl-group swapmap-export')).toBe(false);
    expect(isProse('bold 13px Noto Sans')).toBe(false);
    expect(isProse('position:absolute;z-index:2;top:45%')).toBe(false);
    expect(isProse('file-2025-08-15-ab12cd34')).toBe(false);
  });
  test('no reader-facing English outside src/text/', () => {
    const found = files(SRC)
      .filter((f) => !relative(SRC, f).startsWith('text/'))
      .flatMap(findings)
      .filter((f) => !ALLOWED.some((a) => f.startsWith(`${a.file}:`) && f.includes(a.text)));
    expect(found).toEqual([]);
  });
});
