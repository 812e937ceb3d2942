import { graphql } from '../gql';

/** The operations of region administration (系统管理); `npm run web:codegen` types them. */

export const USERS = graphql(`
  query Users {
    users {
      id
      username
      role
      jurisdiction
      email
      active
    }
  }
`);

export const CREATE_USER = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      username
      role
      jurisdiction
      email
      active
    }
  }
`);

export const UPDATE_USER = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
      role
      jurisdiction
      email
      active
    }
  }
`);

export const DEACTIVATE_USER = graphql(`
  mutation DeactivateUser($id: ID!) {
    deactivateUser(id: $id) {
      id
      active
    }
  }
`);

export const REDLINE_RULES = graphql(`
  query RedlineRules {
    redlineRules {
      rule
      label
      formula
      threshold
      unit
      householdTypes
      enabled
      updatedAt
      updatedBy
      version
    }
  }
`);

export const UPDATE_REDLINE_RULE = graphql(`
  mutation UpdateRedlineRule($rule: RedlineRule!, $version: Int!, $threshold: Float, $householdTypes: [HouseholdType!], $enabled: Boolean) {
    updateRedlineRule(rule: $rule, version: $version, threshold: $threshold, householdTypes: $householdTypes, enabled: $enabled) {
      rule
      threshold
      householdTypes
      enabled
      updatedAt
      updatedBy
      version
    }
  }
`);

export const INDICATOR_WEIGHTS = graphql(`
  query IndicatorWeights {
    indicatorDefinitions {
      key
      nameZh
      unit
      direction
      weight
    }
  }
`);

export const SET_INDICATOR_WEIGHT = graphql(`
  mutation SetIndicatorWeight($key: IndicatorKey!, $weight: Float!) {
    setIndicatorWeight(key: $key, weight: $weight) {
      key
      weight
    }
  }
`);
