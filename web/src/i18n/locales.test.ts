import { describe, expect, it } from '@jest/globals';
import { browserLocale, formattingTag, isLocale, textDirection } from './locales';

describe('the language a browser asks for', () => {
  it('takes the first of the browser’s languages Beacon speaks, by its base language', () => {
    expect(browserLocale(['pt-BR', 'en-US'])).toBe('pt');
    expect(browserLocale(['de-DE', 'fr-CA', 'en'])).toBe('fr');
    expect(browserLocale(['AR-eg'])).toBe('ar');
  });

  it('falls back to English when the browser names none Beacon speaks, or none at all', () => {
    expect(browserLocale(['de-DE', 'zh-Hans-CN'])).toBe('en');
    expect(browserLocale([])).toBe('en');
  });

  it('does not take a language whose tag merely starts like one Beacon speaks ("esu", "ptx")', () => {
    expect(browserLocale(['esu', 'ptx-XX', 'es-419'])).toBe('es');
  });
});

describe('the tag dates and numbers are written with', () => {
  it('is the browser’s own variant of the display language when it has one', () => {
    expect(formattingTag('pt', ['pt-BR', 'en'])).toBe('pt-BR');
    expect(formattingTag('en', ['fr-FR', 'en-GB', 'en-US'])).toBe('en-GB');
    expect(formattingTag('es', ['ES-mx'])).toBe('ES-mx');
  });

  it('is the language itself when the browser has no variant of it', () => {
    expect(formattingTag('fr', ['en-US', 'de'])).toBe('fr');
    expect(formattingTag('ar', [])).toBe('ar');
  });
});

describe('locales', () => {
  it('knows its five languages, and mirrors only Arabic', () => {
    expect(['en', 'fr', 'es', 'pt', 'ar'].every(isLocale)).toBe(true);
    expect(isLocale('pt-BR')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('fr')).toBe('ltr');
  });
});
