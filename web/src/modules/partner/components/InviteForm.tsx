import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { InvitationFieldsFragment, Role } from '../../../gql/graphql';
import { ErrorNotice } from '../../../ui/Feedback';
import { SelectField, TextField } from '../../../ui/Field';
import { useInvite } from '../hooks/usePeople';
import { ROLE_NAME } from '../hooks/roleMessages';

/** Invites a person into a partner; the accept link is shown at once for sharing by hand. */
export function InviteForm({ partnerId, partnerName, roles }: { partnerId: string; partnerName: string; roles: Role[] }) {
  const intl = useIntl();
  const [invite, { loading }] = useInvite();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>(roles.includes('LEARNER') ? 'LEARNER' : roles[0]);
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState<InvitationFieldsFragment | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSent(null);
    try {
      const { data } = await invite({ variables: { input: { partnerId, name: name.trim(), email: email.trim(), role } } });
      setSent(data?.invite ?? null);
      setName('');
      setEmail('');
    } catch (err) {
      setError(err);
    }
  };

  return (
    <div className="stack">
      <form className="stack" onSubmit={submit}>
        {error != null && (
          <ErrorNotice
            error={error}
            title={intl.formatMessage({ id: 'partner.inviteForm.failed', defaultMessage: 'The invitation was not sent' })}
          />
        )}
        <TextField
          label={intl.formatMessage({ id: 'partner.inviteForm.fullName', defaultMessage: 'Full name' })}
          name="name"
          required
          maxLength={120}
          autoComplete="off"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <TextField
          label={intl.formatMessage({ id: 'partner.inviteForm.email', defaultMessage: 'Email' })}
          name="email"
          type="email"
          required
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <SelectField
          label={intl.formatMessage({ id: 'partner.inviteForm.role', defaultMessage: 'Role' })}
          name="role"
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
        >
          {roles.map((r) => (
            <option key={r} value={r}>
              {intl.formatMessage(ROLE_NAME[r])}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading
            ? intl.formatMessage({ id: 'partner.inviteForm.sending', defaultMessage: 'Sending…' })
            : intl.formatMessage({ id: 'partner.inviteForm.send', defaultMessage: 'Send invitation' })}
        </button>
      </form>
      {sent && (
        <div className="notice notice-success" role="status">
          <p className="notice-title">
            <FormattedMessage id="partner.inviteForm.sent" defaultMessage="Invitation sent" />
          </p>
          <p>
            <FormattedMessage
              id="partner.inviteForm.sentText"
              defaultMessage="{name} ({email}) is invited to {partner} as {role, select, PARTNER_ADMIN {a partner admin} COACH {a coach} LEARNER {a learner} other {an admin}}. An email with the link is on its way to that address; only the person who reads it can accept."
              values={{ name: sent.name, email: sent.email, partner: partnerName, role: sent.role }}
            />
          </p>
        </div>
      )}
    </div>
  );
}
