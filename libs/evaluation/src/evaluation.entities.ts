import { CertificationCorrection } from './certification/certification-correction.entity';
import { MonthCertification, MonthCertificationStep } from './certification/month-certification.entity';

export const EVALUATION_ENTITIES = [MonthCertification, MonthCertificationStep, CertificationCorrection];
