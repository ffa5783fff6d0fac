// What kind of failure each repository error is: the one classification the server (HTTP status and error code) and
// the web pages start from. Every case is listed, so a new error cannot slip into a catch-all.

import RevisionStore

extension RepositoryError {
    /// What kind of failure an error is, for whoever answers a request with it.
    public enum Kind: Sendable, Hashable {
        /// The request or its input is wrong (a malformed REF, a file that is not a report, a bad object): 400.
        case badInput
        /// What was asked for is not there: 404.
        case notFound
        /// The token or person may not do it: 403.
        case forbidden
        /// The report's state stands in the way (an open conflict, a ref that moved meanwhile, a publish the rules
        /// stop): 409.
        case conflict
        /// Another writer holds the repository; trying again may work: 503.
        case busy
        /// The repository cannot take writes now (a read-only file, its shared-memory file lost); reads go on: 503.
        case unavailable
        /// What was sent passes a limit (a token's quota of uploads no ref reaches): 413.
        case tooLarge
        /// The node's own repository failed (damaged, full, unreadable): 500.
        case failure
    }

    /// What kind of failure this is.
    public var kind: Kind {
        switch self {
        case .store(let error): Self.kind(of: error)
        case .people(let error): error.kind
        case .agency(let error): error.kind
        case .workflow(let error): error.kind
        case .history, .parse, .unreadableFile, .malformedRef, .unknownRevision, .ambiguousRevision, .ambiguousNumber,
            .historyTooShort,
            .invalidAgencyID, .invalidYear, .folderNotFound, .notAFolder, .reportWithoutYear, .reportWithoutAgency,
            .nearAgencyName,
            .agencyIDClash, .badMapping, .badAgencyList, .tokenWithoutScope, .tokenBeyondOwner, .tableNotTemplateShaped,
            .invalidRemoteName, .invalidRemoteURL,
            .unknownUnit,
            .mergeChoiceRefused,
            .authorMissing, .administratorBlank, .invalidAuthor, .invalidTokenLabel, .wrongReport, .commentRequired,
            .reasonRequired,
            .invalidNodeName, .noteTimeAhead, .answeredCommentNotFound:
            .badInput
        case .refNotSet, .unknownNumber, .tokenNotFound, .remoteNotFound, .noOriginal:
            .notFound
        case .outOfScope, .countyOnly, .countyOnlyHere:
            .forbidden
        case .uploadQuotaExceeded, .reportTooLarge, .tooManyRevisions:
            .tooLarge
        case .backupDamaged:
            .failure
        case .conflictOpen, .noConflict, .publishRefused, .mergedTextOutdated, .mergedTextOfSeveralLines,
            .mergedTextUnedited, .resolutionUndoesOthersChanges, .editedOlderVersion, .changedSincePageShown,
            .undoesOthersChanges,
            .publishedUnconfirmed, .restoreUndoesOthers:
            .conflict
        }
    }

    /// What kind of failure a store error is.
    static func kind(of error: StoreError) -> Kind {
        switch error {
        case .busy:
            .busy
        case .invalidObject, .missingReference, .wrongReferenceKind, .objectNotFound, .revisionNotFound,
            .revisionOfAnotherReport, .foreignParent:
            .badInput
        case .readOnly, .sharedMemoryLost:
            .unavailable
        case .refMoved:
            .conflict
        case .repositoryNotFound, .repositoryExists, .notARepository, .newerSchema, .cannotOpen, .diskFull,
            .corruptFile, .strayLog, .damagedObject, .unreadableContent, .damagedIndex, .collectionRefused,
            .schemaNotBuiltIn, .database, .unexpected:
            .failure
        }
    }
}
