// The catalog's keys are GraphQL enums wherever the lib is used.
import './catalog/evaluation-figures';
export * from './evaluation.module';
export * from './evaluation.resolvers';
export * from './evaluation.entities';
export { CertificationStatus } from './certification/certification.enums';
export { EvaluationCheck, EvaluationFigureKey, EvaluationFigureUnit } from './catalog/evaluation.enums';
export { EVALUATION_FIGURES, type EvaluationFigure } from './catalog/evaluation-figures';
export { CertificationRemindersModule } from './certification-reminders.module';
export { CertificationReminders, type ReminderTier } from './certification/certification-reminders';
export { unconfirmedUnits } from './certification/unconfirmed-units';
// Loading it records the sign-off with every published report; the documents read it back
export { publishedCorrectionsOfPreviousMonth, publishedUnconfirmedUnits } from './certification/report-certification';
