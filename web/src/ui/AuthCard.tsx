import type { ReactNode } from 'react';
import { LanguageMenu } from '../i18n/LanguageMenu';
import { BEACON, BeaconMark } from './BeaconMark';

/** The frame of the pages seen before logging in (or from an email's link): the language menu, then a card under Beacon's name. */
export function AuthCard({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <div className="auth-page">
      {/* before login the language is this device's choice; the account's takes over after */}
      <LanguageMenu className="page-language" />
      <main className={className ? `auth-card ${className}` : 'auth-card'} id="main">
        <div className="auth-brand">
          <BeaconMark size={40} />
          <span>{BEACON}</span>
        </div>
        {children}
      </main>
    </div>
  );
}
