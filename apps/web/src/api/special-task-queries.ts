import { graphql } from '../gql';

/** 专项任务平台: every task of a division, live, with each site's own record. */
export const SPECIAL_TASK_PLATFORM = graphql(`
  query SpecialTaskPlatform($code: ID!) {
    division(code: $code) {
      code
      name
      level
      parent {
        code
        name
        parent {
          code
          name
        }
      }
    }
    indicatorDefinitions {
      key
      nameZh
      unit
    }
    specialTasks(divisionCode: $code) {
      task
      name
      siteCount
      sitesCompleted
      sitesInProgress
      completionRate
      indicators {
        key
        numerator
        denominator
        value
      }
      records {
        siteId
        site {
          id
          name
        }
        status
        recordedOn
        responsiblePerson
        progressNote
        updatedBy
      }
    }
  }
`);
