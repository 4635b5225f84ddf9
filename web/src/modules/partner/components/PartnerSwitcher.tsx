import { useIntl } from 'react-intl';
import { SelectField } from '../../../ui/Field';
import { usePartnerChoice } from '../hooks/usePartnerChoice';

/** A picker for partner admins who run several partners; nothing for those who run one. */
export function PartnerSwitcher() {
  const intl = useIntl();
  const { partners, chosen, choose } = usePartnerChoice();
  if (partners.length < 2 || !chosen) return null;
  return (
    <SelectField
      label={intl.formatMessage({ id: 'partner.switcher.label', defaultMessage: 'Partner' })}
      className="field-inline"
      value={chosen.id}
      onChange={(e) => choose(e.target.value)}
    >
      {partners.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </SelectField>
  );
}
