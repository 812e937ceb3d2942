import type { FormInstance } from 'antd';
import { errorCode, errorMessage, fieldProblems } from '../api/errors';

/**
 * Puts the API's reasons under the form fields they name (BAD_USER_INPUT) and returns what is
 * left to say above the form: reasons for fields the form does not show, or the error's own
 * message. Undefined when every reason found its field.
 */
export function showApiErrors<T>(form: FormInstance<T>, error: unknown, formFields: readonly string[]): string | undefined {
  const problems = fieldProblems(error);
  const placed = problems.filter((p) => formFields.includes(p.field));
  if (errorCode(error) === 'BAD_USER_INPUT' && placed.length > 0) {
    form.setFields(placed.map((p) => ({ name: p.field as never, errors: [p.reason] })));
    const rest = problems.filter((p) => !formFields.includes(p.field));
    return rest.length > 0 ? rest.map((p) => `${p.field}：${p.reason}`).join('；') : undefined;
  }
  return problems.length > 0 ? problems.map((p) => `${p.field}：${p.reason}`).join('；') : errorMessage(error);
}
