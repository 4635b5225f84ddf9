import { defineMessages } from 'react-intl';

/**
 * Words many pages share. Use them as `intl.formatMessage(common.cancel)` or
 * `<FormattedMessage {...common.cancel} />`; a page-specific wording gets its own id instead.
 */
export const common = defineMessages({
  cancel: { id: 'common.cancel', defaultMessage: 'Cancel' },
  save: { id: 'common.save', defaultMessage: 'Save' },
  saveChanges: { id: 'common.saveChanges', defaultMessage: 'Save changes' },
  saving: { id: 'common.saving', defaultMessage: 'Saving…' },
  close: { id: 'common.close', defaultMessage: 'Close' },
  edit: { id: 'common.edit', defaultMessage: 'Edit' },
  remove: { id: 'common.remove', defaultMessage: 'Remove' },
  back: { id: 'common.back', defaultMessage: 'Back' },
  retry: { id: 'common.retry', defaultMessage: 'Try again' },
  loading: { id: 'common.loading', defaultMessage: 'Loading…' },
  yes: { id: 'common.yes', defaultMessage: 'Yes' },
  no: { id: 'common.no', defaultMessage: 'No' },
  none: { id: 'common.none', defaultMessage: 'None' },
  optional: { id: 'common.optional', defaultMessage: 'optional' },
  week: { id: 'common.week', defaultMessage: 'Week {week, number}' },
});
