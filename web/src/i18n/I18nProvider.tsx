import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { setDisplayLocale } from '../lib/time';
import { cachedMessages, loadMessages, type Messages } from './catalogue';
import {
  browserLocale,
  DEFAULT_LOCALE,
  formattingTag,
  isLocale,
  rememberedLocale,
  rememberLocale,
  textDirection,
  type Locale,
} from './locales';

interface LocaleState {
  locale: Locale;
  /** Show Beacon in this language now (and remember it on this device). */
  setLocale: (locale: Locale) => void;
}

const LocaleContext = createContext<LocaleState>({ locale: DEFAULT_LOCALE, setLocale: () => undefined });

/** The language the page is in, and the way to change it. */
export function useLocale(): LocaleState {
  return useContext(LocaleContext);
}

/**
 * Follows the logged-in person's `locale` (from `me`): a language changed through the API applies
 * on the next page load, without logging in again.
 */
export function useAccountLocale(accountLocale: string | null | undefined): void {
  const { locale, setLocale } = useLocale();
  // only when the account's language itself changes (not when the page's is changed from the menu)
  const followed = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (followed.current === accountLocale) return;
    followed.current = accountLocale;
    if (isLocale(accountLocale) && accountLocale !== locale) setLocale(accountLocale);
  }, [accountLocale, locale, setLocale]);
}

function applyToDocument(locale: Locale) {
  const html = document.documentElement;
  html.lang = locale;
  html.dir = textDirection(locale);
}

/**
 * Starts in the language last used on this device, else the browser's; the account's language
 * takes over once the person is known (useAccountLocale). Pages render once the catalogue of
 * their language is loaded.
 */
export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => initial ?? rememberedLocale() ?? browserLocale());
  const [messages, setMessages] = useState<{ locale: Locale; messages: Messages } | null>(() => {
    const cached = cachedMessages(locale);
    return cached ? { locale, messages: cached } : null;
  });

  useEffect(() => {
    let live = true;
    void loadMessages(locale)
      .then((m) => live && setMessages({ locale, messages: m }))
      // a catalogue that does not load (offline): English rather than nothing
      .catch(() => live && setMessages({ locale: DEFAULT_LOCALE, messages: {} }));
    return () => {
      live = false;
    };
  }, [locale]);

  const shown = messages?.locale ?? locale;
  const tag = formattingTag(shown);
  // set while rendering (idempotent), so the pages rendered below format in this language at once
  setDisplayLocale(tag);
  useLayoutEffect(() => applyToDocument(shown), [shown]);

  const setLocale = useCallback((next: Locale) => {
    rememberLocale(next);
    setLocaleState(next);
  }, []);
  const state = useMemo(() => ({ locale: shown, setLocale }), [shown, setLocale]);

  if (!messages) return null;
  return (
    <LocaleContext.Provider value={state}>
      {/* English is the code's own language: for an English page the default locale is the page's, so no message counts as missing */}
      <IntlProvider
        key={tag}
        locale={tag}
        defaultLocale={shown === DEFAULT_LOCALE ? tag : DEFAULT_LOCALE}
        messages={messages.messages}
        onError={reportIntlError}
      >
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

function reportIntlError(error: { code?: string; message: string }) {
  // a message missing from a catalogue falls back to English; the catalogue check in `npm test` catches it
  if (error.code === 'MISSING_TRANSLATION') return;
  console.error(error.message);
}
