import { useState, type FormEvent } from 'react';
import type { InvitationFieldsFragment, Role } from '../../../gql/graphql';
import { ROLE_LABEL, withArticle } from '../../../lib/roles';
import { ErrorNotice } from '../../../ui/Feedback';
import { SelectField, TextField } from '../../../ui/Field';
import { useInvite } from '../hooks/usePeople';

/** Invites a person into a partner; the accept link is shown at once for sharing by hand. */
export function InviteForm({ partnerId, partnerName, roles }: { partnerId: string; partnerName: string; roles: Role[] }) {
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
        {error != null && <ErrorNotice error={error} title="The invitation was not sent" />}
        <TextField label="Full name" name="name" required maxLength={120} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
        <TextField label="Email" name="email" type="email" required autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />
        <SelectField label="Role" name="role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABEL[r]}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? 'Sending…' : 'Send invitation'}
        </button>
      </form>
      {sent && (
        <div className="notice notice-success" role="status">
          <p className="notice-title">Invitation sent</p>
          <p>
            {sent.name} ({sent.email}) is invited to {partnerName} as {withArticle(sent.role)}. An email with the link is on its way to that address; only the person who reads it can accept.
          </p>
        </div>
      )}
    </div>
  );
}
