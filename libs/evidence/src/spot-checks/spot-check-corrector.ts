import { Viewer } from '@app/access';

/**
 * The assigned spot checker, acting on exactly one sampled site: allowed to write its records
 * (spot checkers otherwise only read), and seeing nothing else. Passed to the registry's own
 * update, so corrections are validated, conflict-checked, run the write hooks and are recorded
 * in history under the checker's name, like any other edit.
 */
export class SpotCheckCorrector extends Viewer {
  constructor(checker: Viewer, siteId: string) {
    super(checker.userId, checker.username, checker.role, siteId);
  }

  override get writesRecords(): boolean {
    return true;
  }
}
