import { useQuery } from '@apollo/client/react';
import { Navigate } from 'react-router';
import { ME } from '../api/queries';
import { PageError, PageLoading } from '../components/PageState';

const DIVISION_CODE = /^\d{6}$/;

/** Everyone lands on their own platform: their division's, or their site's for site staff. */
export function HomeRedirect() {
  const { data, error } = useQuery(ME);
  if (error) return <PageError error={error} />;
  if (!data) return <PageLoading />;
  const { jurisdiction } = data.me;
  return <Navigate to={DIVISION_CODE.test(jurisdiction) ? `/division/${jurisdiction}` : `/site/${jurisdiction}`} replace />;
}
