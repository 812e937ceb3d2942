import { graphql } from '../../gql';

/** The imports page's operations (docs/IMPORT.md); typed by `npm run web:codegen`. */

export const IMPORT_RUN = graphql(`
  query ImportRun($id: ID!) {
    importRun(id: $id) {
      id
      status
      fileName
      importedBy
      createdAt
      rowsTotal
      rowsDone
      rowsValid
      preview {
        householdsCreated
        householdsUpdated
        personsCreated
        personsUpdated
      }
      problems {
        sheet
        row
        column
        value
        reason
      }
    }
  }
`);

export const RECENT_IMPORTS = graphql(`
  query RecentImports($divisionCode: ID!) {
    imports(divisionCode: $divisionCode) {
      id
      status
      fileName
      importedBy
      createdAt
      rowsTotal
    }
  }
`);

export const COMMIT_IMPORT = graphql(`
  mutation CommitImport($id: ID!) {
    commitImport(id: $id) {
      id
      status
      preview {
        householdsCreated
        householdsUpdated
        personsCreated
        personsUpdated
      }
    }
  }
`);
