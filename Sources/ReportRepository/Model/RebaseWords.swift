import ReportModel

/// The English of the warnings of a file merged with what the draft changed since it was downloaded
/// (``ReportRepository`` `rebased`), beside their Chinese there: the versions named `version 3`, the places and
/// people as written.
struct RebaseWords {
    /// The version the file was edited from, the draft's version now, and the versions of others since.
    let number: String
    let now: String
    let changed: String
    /// What the file is, for a person's own copy (not downloaded from Nianbao, or from another report); `nil` for a
    /// file downloaded from this draft.
    let own: String?

    /// A file committed with `force` where both it and the draft changed a place.
    var forced: String {
        (own.map { "\($0); checked against \(number), which you committed" } ?? "This file was edited from \(number)")
            + ", and the draft has had \(now) since: committed regardless, the file's text taken where both changed a "
            + "place; the other changes of \(changed) are kept (and still in the history)"
    }

    /// A file downloaded from an earlier version, merged with the draft's later changes (`retaken`: the places the
    /// sender changed since, where the file's text was taken).
    func merged(by author: String, retaken: String) -> String {
        "This file was edited from \(number), and the draft has had \(now) (\(author)) since: the file's changes and "
            + "those of \(now) were committed together"
            + (retaken.isEmpty ? "" : "; where you changed \(retaken) yourself since, this file's text was taken")
    }

    /// A person's own file that brings nothing the draft lacks.
    func nothingNew(isTheSame: Bool, authors: [String]) -> String {
        (isTheSame
            ? "This file is \(number) as you committed it, with no new changes"
            : "The draft already has every change this file made to \(number), which you committed")
            + "; the draft is now \(now) (with the changes of \(authors.joined(separator: ", "))) and was not changed."
    }

    /// A file downloaded from an earlier version that brings nothing the draft lacks.
    func nothingNewDownloaded(isTheSame: Bool, authors: [String]) -> String {
        (isTheSame
            ? "This file was downloaded from \(number) and not changed"
            : "The draft already has every change this file made to \(number)")
            + "; the draft is now \(now) (with the changes of \(authors.joined(separator: ", "))) and was not changed."
    }

    /// Whose the later changes a person's own file was merged with are.
    enum Whose {
        /// Other people's.
        case others
        /// The person's own, made on another node (their change on the county's pages, pulled here).
        case yours
        /// Some of each.
        case both

        /// As the sentence names them: `others'`.
        var words: String {
            switch self {
            case .others: "others'"
            case .yours: "your own (made on another node)"
            case .both: "others' and your own (made on another node)"
            }
        }
    }

    /// A person's own file merged with later changes: others', or their own made on another node (`whose`); `since`
    /// names each with whose it is (`version 3 by 王审核`), beside the person's own `your version 3` (rv118 M4).
    /// `replaced`: where the file's text was taken over someone else's change (`at 五、paragraph 1 this file's text was
    /// taken, not the change of version 3 by 王审核`).
    func ownCopyMerged(since: String, whose: Whose, keptLater: Bool, retaken: String, replaced: String = "") -> String {
        "\(own ?? ""); checked against your \(number), the draft has \(whose.words) changes since "
            + "(\(since)): the file's changes and theirs were committed together"
            + (keptLater ? "; \(whose.words) later changes that the file lacks were all kept" : "")
            + (retaken.isEmpty ? "" : "; where you changed \(retaken) yourself since, this file's text was taken")
            + (replaced.isEmpty ? "" : "; " + replaced)
            + (keptLater
                ? " (to put them back after all, download the current draft's Word file, change it and upload it again)"
                : "")
    }
}
