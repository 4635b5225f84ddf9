/**
 * A space between two JSX elements on separate lines. Prettier writes it as `{' '}`, which the
 * catalogue lint rule (formatjs/no-literal-string-in-jsx) would read as untranslated text.
 */
export const SPACE = ' ';
