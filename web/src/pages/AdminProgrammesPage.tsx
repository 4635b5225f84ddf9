import { Link } from 'react-router';
import { ProgrammeList } from '../modules/programme/components/ProgrammeList';
import { PageHeader } from '../ui/PageHeader';

export function AdminProgrammesPage() {
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link to="/admin">Partners</Link>
          </li>
          <li aria-current="page">Programmes</li>
        </ol>
      </nav>
      <PageHeader title="Programmes" eyebrow="Admin · certifying body">
        <p>The certification programmes partners run as cohorts. Edit a draft freely; cohorts follow the version that was published when they were created.</p>
      </PageHeader>
      <ProgrammeList />
    </>
  );
}
