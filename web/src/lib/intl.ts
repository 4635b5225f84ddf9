import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import { cachedMessages } from '../i18n/catalogue';
import { DEFAULT_LOCALE, isLocale } from '../i18n/locales';
import { getDisplayLocale } from './time';

const cache = createIntlCache();
let current: IntlShape | null = null;

/**
 * The display language's messages for code outside components (error sentences, plain helpers):
 * the same language and catalogue as the I18nProvider's, English until one is loaded. Inside a
 * component, `useIntl()` is the way.
 */
export function currentIntl(): IntlShape {
  const shown = getDisplayLocale();
  const locale = isLocale(shown) ? shown : DEFAULT_LOCALE;
  const messages = cachedMessages(locale) ?? {};
  if (!current || current.locale !== locale || current.messages !== messages) {
    current = createIntl({ locale, defaultLocale: DEFAULT_LOCALE, messages, onError: reportIntlError }, cache);
  }
  return current;
}

function reportIntlError(error: { code?: string; message: string }) {
  // a message missing from a catalogue falls back to English (the catalogue check catches it)
  if (error.code === 'MISSING_TRANSLATION') return;
  console.error(error.message);
}
