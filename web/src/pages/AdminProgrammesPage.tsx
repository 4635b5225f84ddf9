import { ProgrammeList } from '../modules/programme/components/ProgrammeList';
import { Breadcrumb } from '../ui/Breadcrumb';
import { PageHeader } from '../ui/PageHeader';

export function AdminProgrammesPage() {
  return (
    <>
      <Breadcrumb trail={[{ to: '/admin', label: 'Partners' }]} current="Programmes" />
      <PageHeader title="Programmes" eyebrow="Admin · certifying body">
        <p>The certification programmes partners run as cohorts. Edit a draft freely; cohorts follow the version that was published when they were created.</p>
      </PageHeader>
      <ProgrammeList />
    </>
  );
}
