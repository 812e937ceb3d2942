import { graphql } from '../gql';

/** Every operation the console sends; `npm run web:codegen` types them from schema.gql. */

export const ME = graphql(`
  query Me {
    me {
      username
      role
      jurisdiction
    }
  }
`);

export const DIVISION_PLATFORM = graphql(`
  query DivisionPlatform($code: ID!) {
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
      children {
        code
        name
        hasRelocationTask
      }
    }
    indicatorDefinitions {
      key
      nameZh
      unit
      direction
      weight
      numeratorZh
      denominatorZh
    }
  }
`);

/** Which of the last twelve months are published for a division (null: not yet). */
export const PUBLISHED_MONTHS = graphql(`
  query PublishedMonths(
    $code: ID!
    $p0: String!
    $p1: String!
    $p2: String!
    $p3: String!
    $p4: String!
    $p5: String!
    $p6: String!
    $p7: String!
    $p8: String!
    $p9: String!
    $p10: String!
    $p11: String!
  ) {
    m0: monthlyReport(divisionCode: $code, period: $p0) { ...PublishedMonth }
    m1: monthlyReport(divisionCode: $code, period: $p1) { ...PublishedMonth }
    m2: monthlyReport(divisionCode: $code, period: $p2) { ...PublishedMonth }
    m3: monthlyReport(divisionCode: $code, period: $p3) { ...PublishedMonth }
    m4: monthlyReport(divisionCode: $code, period: $p4) { ...PublishedMonth }
    m5: monthlyReport(divisionCode: $code, period: $p5) { ...PublishedMonth }
    m6: monthlyReport(divisionCode: $code, period: $p6) { ...PublishedMonth }
    m7: monthlyReport(divisionCode: $code, period: $p7) { ...PublishedMonth }
    m8: monthlyReport(divisionCode: $code, period: $p8) { ...PublishedMonth }
    m9: monthlyReport(divisionCode: $code, period: $p9) { ...PublishedMonth }
    m10: monthlyReport(divisionCode: $code, period: $p10) { ...PublishedMonth }
    m11: monthlyReport(divisionCode: $code, period: $p11) { ...PublishedMonth }
  }
  fragment PublishedMonth on MonthlyReport {
    period
    excelUrl
    pdfUrl
  }
`);

/** Live figures of a division and of the units below it (sites for a county). */
export const LIVE_FIGURES = graphql(`
  query LiveFigures($code: ID!, $withSites: Boolean!) {
    division(code: $code) {
      code
      indicatorsAsOf
      indicators {
        ...Figure
      }
      children {
        code
        name
        hasRelocationTask
        indicators {
          ...Figure
        }
      }
      sites(first: 100) @include(if: $withSites) {
        totalCount
        nodes {
          id
          name
          indicators {
            ...Figure
          }
        }
      }
    }
  }
  fragment Figure on IndicatorValue {
    key
    numerator
    denominator
    value
  }
`);

/** Who had confirmed a published month's data when it was published (the division and the units below). */
export const REPORT_CERTIFICATIONS = graphql(`
  query ReportCertifications($code: ID!, $period: String!) {
    monthlyReport(divisionCode: $code, period: $period) {
      period
      certifications {
        divisionCode
        unitName
        status
      }
    }
  }
`);

/** A published month of a division: its own row and its units' rows, every indicator. */
export const REPORT_FIGURES = graphql(`
  query ReportFigures($code: ID!, $period: String!, $ownLevel: UnitLevel!, $unitLevel: UnitLevel!) {
    monthlyReport(divisionCode: $code, period: $period) {
      period
      asOf
      own: rows(level: $ownLevel) {
        ...ReportFigure
      }
      units: rows(level: $unitLevel) {
        ...ReportFigure
      }
      problems: units(level: $unitLevel) {
        unitCode
        parentCode
        openViolations
        unrecognizedClaims
      }
    }
  }
  fragment ReportFigure on ReportRow {
    unitCode
    unitName
    parentCode
    indicator
    numerator
    denominator
    value
    changeFromPreviousMonth
    rankInParent
  }
`);

export const DIVISION_PROBLEMS = graphql(`
  query DivisionProblems($code: ID!) {
    redlineViolations(divisionCode: $code, status: OPEN, first: 8) {
      totalCount
      nodes {
        id
        rule
        value
        threshold
        household {
          id
          code
          headName
          site {
            name
          }
        }
      }
    }
    unrecognizedClaims(divisionCode: $code, first: 8) {
      totalCount
      nodes {
        claim
        subjectType
        subjectId
        subjectCode
        site {
          id
          name
        }
      }
    }
    workNews(divisionCode: $code, first: 6) {
      totalCount
      nodes {
        id
        title
        publishedAt
      }
    }
  }
`);

export const SITE_PLATFORM = graphql(`
  query SitePlatform($id: ID!) {
    site(id: $id) {
      id
      code
      name
      address
      placementType
      constructionStatus
      constructionCompletedOn
      acceptedOn
      geohazardAssessed
      plannedHouseholds
      plannedPersons
      housingUnits
      leaderName
      leaderPost
      leaderPhone
      county {
        code
        name
        parent {
          code
          name
          parent {
            code
            name
          }
        }
      }
      facilities {
        kindCode
        kindName
        status
      }
      evidence {
        id
        kind
        mimeType
        fileUrl
        originalName
        uploadedAt
        rejectedAt
      }
      indicators {
        ...Figure
      }
    }
    indicatorDefinitions {
      key
      nameZh
      unit
      direction
      weight
      numeratorZh
      denominatorZh
    }
  }
`);

export const HOUSEHOLDS = graphql(`
  query Households($filter: HouseholdFilter!, $first: Int!, $after: String) {
    households(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        code
        headName
        householdType
        beneficiaryCount
        laborCount
        movedIn
        actuallyResident
        povertyStatus
        oldHouseDemolished
        roomNumber
      }
    }
  }
`);

export const HOUSEHOLD_PAGE = graphql(`
  query HouseholdPage($id: ID!) {
    household(id: $id) {
      id
      version
      code
      headName
      headIdNumber
      householdType
      beneficiaryCount
      laborCount
      relocationYear
      roomNumber
      housingArea
      selfFunding
      movedIn
      movedInOn
      actuallyResident
      povertyStatus
      povertyExitYear
      oldHouseDemolished
      originVillage
      site {
        id
        name
        county {
          code
          name
          parent {
            code
            name
            parent {
              code
              name
            }
          }
        }
      }
      persons {
        id
        name
        idNumber
        relation
        gender
        birthDate
        employment
        employer
        active
        leftOn
        leaveReason
      }
      redlineViolations {
        id
        rule
        status
        value
        threshold
        detectedAt
      }
      unrecognizedClaims
      evidence {
        id
        kind
        originalName
        uploadedAt
        uploadedBy
        rejectedAt
        rejectionReason
      }
      history {
        at
        actor
        operation
        changes
      }
    }
  }
`);

/** The household's own facts, as the edit form changes them; `version` guards against lost updates. */
export const UPDATE_HOUSEHOLD = graphql(`
  mutation UpdateHousehold($id: ID!, $version: Int!, $input: UpdateHouseholdInput!) {
    updateHousehold(id: $id, version: $version, input: $input) {
      id
      version
      headName
      beneficiaryCount
      laborCount
      housingArea
      selfFunding
      roomNumber
    }
  }
`);

export const SPECIAL_TASKS = graphql(`
  query SpecialTasks($code: ID!) {
    specialTasks(divisionCode: $code) {
      task
      name
      siteCount
      sitesCompleted
      sitesInProgress
      completionRate
    }
  }
`);
