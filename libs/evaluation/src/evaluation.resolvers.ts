import { CertificationResolver, DivisionCertificationResolver } from './certification/certification.resolver';
import { ReportCertificationResolver } from './certification/report-certification.resolver';
import { NationalEvaluationResolver } from './national-evaluation.resolver';

/** The lib's GraphQL surface: provided by its module, and listed for generating schema.gql. */
export const EVALUATION_RESOLVERS = [NationalEvaluationResolver, CertificationResolver, DivisionCertificationResolver, ReportCertificationResolver];
