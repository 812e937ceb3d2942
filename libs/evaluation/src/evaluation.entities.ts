import { CertificationCorrection } from './certification/certification-correction.entity';
import { ReportCertification } from './certification/report-certification.entity';
import { MonthCertification, MonthCertificationStep } from './certification/month-certification.entity';

export const EVALUATION_ENTITIES = [MonthCertification, MonthCertificationStep, CertificationCorrection, ReportCertification];
