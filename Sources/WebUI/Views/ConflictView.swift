import Foundation
import ReportDiff
import ReportModel
import ReportRepository

/// What the conflict page shows: the two heads of a report and their common ancestor, each unit both changed with
/// its base, ours and theirs, and a choice per unit that commits the merge.
struct ConflictView {
    /// One conflicting unit and the choice of a side.
    struct Choice {
        let field: String
        /// Where the unit is, as the report names it (`三、表三 · 本年新收 · 自然人`).
        let label: String
        let kind: String
        /// The base, shown once.
        let base: String
        /// Each side's content with its change against the base highlighted (HTML, report text escaped).
        let ours: String
        let theirs: String
        /// Who typed each side's change there, when not the person the side is named after (a merge by the county
        /// of a change its clerk typed): `nil` otherwise.
        let oursBy: String?
        let theirsBy: String?
        /// Whether "两者都保留" is offered (a paragraph).
        let canKeepBoth: Bool
        /// Whether "编辑" is offered (a text), with the field of the edited text and the text it starts from.
        let canEdit: Bool
        let editField: String
        let editText: String
        /// How many lines the edit box shows (``ConflictView/editRows(for:)``).
        let editRows: Int
    }

    /// The lines of the edit box: enough for the longest of the texts it may be given (its own, either side's)
    /// across the page (about 45 characters a line at 1280 px), 3 at least, 16 at most: a paragraph had 3 short lines
    /// (rv115 M5).
    static func editRows(for texts: [String?]) -> Int {
        let lines = texts.compactMap { $0 }.map { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { sum, line in
                sum + max(1, (line.count + 44) / 45)
            }
        }
        return min(16, max(3, (lines.max() ?? 0) + 1))
    }

    /// A choice made earlier in this merge, carried in the form while further conflicts are chosen.
    struct Kept {
        let name: String
        let value: String
    }

    let agency: String
    let agencyName: String
    /// `常张乡人民政府 2024 年度报告` (``ReportNames``).
    let reportName: String
    let year: Int
    let reportHref: String
    let historyHref: String
    let hasConflict: Bool
    /// What the page says first: who changed the report, and what to do (``ConflictWords/intro(ours:theirs:hasBase:)``).
    let intro: String
    let oursLabel: String
    let theirsLabel: String
    /// Whether the two sides have a common version (not when one was committed from scratch on another computer).
    let hasBase: Bool
    /// The sides as the buttons name them (`县政务公开办`, `常张乡党政办`).
    let oursName: String
    let theirsName: String
    /// Where the other line came from, as a sentence names it (`常张乡 推送的修订`, `从 县政务公开办 拉取的修订`).
    let theirsOrigin: String
    let ours: [RevisionView]
    let theirs: [RevisionView]
    let base: [RevisionView]
    let diffHref: String
    let action: String
    let csrf: String
    /// Whether the page offers the merge's choices and buttons: to one who may change the report, on a node that
    /// saves (a viewer, or anyone on a read-only node, reads the conflict only: rv108 F7).
    var mayMerge = true
    let draft: String
    let head: String
    let headRevision: String
    let choices: [Choice]
    let hasChoices: Bool
    let clean: Bool
    let kept: [Kept]
    let message: String
    let hasMessage: Bool

    /// The page of a report without an open conflict.
    init(entry: ReportSummary, words: PageWords = .chinese) {
        agency = entry.report.agency
        agencyName = entry.displayName
        reportName = words.revisions.name(of: entry)
        year = entry.report.year
        reportHref = ReportAddress.href(entry.report)
        historyHref = ReportAddress.href(entry.report, "history")
        hasConflict = false
        (oursLabel, theirsLabel, diffHref, action, csrf, draft, head, headRevision, message) =
            ("", "", "", "", "", "", "", "", "")
        (oursName, theirsName, theirsOrigin, intro) = ("", "", "", "")
        (ours, theirs, base, choices, kept) = ([], [], [], [], [])
        (hasChoices, clean, hasMessage, hasBase) = (false, false, false, false)
    }

    /// The page of an open conflict.
    ///
    /// - Parameters:
    ///   - entry: The report.
    ///   - head: The second head's name (the node it came from).
    ///   - revisions: Our head (the draft), their head and their common ancestor, if any.
    ///   - messages: The two heads' messages as shown (``ReportRepository/shownMessages(of:)``).
    ///   - result: The three-way merge with the sides chosen so far.
    ///   - changers: Who last changed each conflicting place on each side
    ///     (``ReportRepository/lastChangers(of:at:)``).
    ///   - csrf: The session's anti-forgery token.
    ///   - message: A note above the choices (why the page is shown again), if any.
    ///   - words: The page's words.
    init(
        entry: ReportSummary, head: String, revisions: (ours: Revision, theirs: Revision, base: Revision?),
        generations: [ObjectID: Int], messages: [ObjectID: ShownMessage] = [:], result: MergeResult,
        changers: (ours: [UnitID: String], theirs: [UnitID: String]), makers: [ObjectID: ChangeMaker] = [:],
        csrf: String, message: String?, words: PageWords = .chinese
    ) {
        let key = entry.report
        let said = words.conflict
        agency = key.agency
        agencyName = entry.displayName
        reportName = words.revisions.name(of: entry)
        year = key.year
        reportHref = ReportAddress.href(key)
        historyHref = ReportAddress.href(key, "history")
        hasConflict = true
        let names = (
            ours: ConflictMarkup.short(
                revisions.ours, other: revisions.theirs, generation: generations[revisions.ours.id], isDraft: true,
                makers: makers, words: words),
            theirs: ConflictMarkup.short(
                revisions.theirs, other: revisions.ours, generation: generations[revisions.theirs.id], isDraft: false,
                makers: makers, words: words)
        )
        // (one person's two computers: the sides are told apart by version and time, as the buttons name them)
        let sides = (
            ours: ConflictMarkup.side(revisions.ours, maker: makers[revisions.ours.id], words: said),
            theirs: ConflictMarkup.side(revisions.theirs, maker: makers[revisions.theirs.id], words: said)
        )
        let twins = sides.ours == sides.theirs
        oursLabel = twins ? sides.ours + " " + names.ours : sides.ours
        theirsLabel = twins ? sides.theirs + " " + names.theirs : sides.theirs
        // (a side's head as lastChangers names people, ChangeMaker: a change the head made itself is not said again)
        func headAuthor(_ revision: Revision) -> String {
            makers[revision.id]?.name(in: words.language) ?? revision.content.author
        }
        hasBase = revisions.base != nil
        intro = said.intro(
            ours: oursLabel, theirs: theirsLabel, hasBase: hasBase, choosing: !result.conflicts.isEmpty)
        theirsOrigin =
            entry.conflicts.first { $0.head == head }.map {
                words.revisions.revisions(of: ConflictOrigin(recorded: $0.origin))
            }
            ?? said.otherLine
        (oursName, theirsName) = names
        // Both sides are often 第 N 版 (made side by side from the base): named by office and person too.
        let name = RevisionNames.names(
            [revisions.ours, revisions.theirs] + (revisions.base.map { [$0] } ?? []), generations: generations,
            words: words.revisions)
        func view(_ revision: Revision) -> RevisionView {
            var view = RevisionView(
                revision, generation: generations[revision.id],
                message: messages[revision.id] ?? ShownMessage(revision), words: words.revisions)
            view.name = name(revision.id)
            return view
        }
        ours = [view(revisions.ours)]
        theirs = [view(revisions.theirs)]
        base = revisions.base.map { [view($0)] } ?? []
        diffHref = ReportAddress.href(key, "diff") + "?from=\(revisions.ours.id.hex)&to=\(revisions.theirs.id.hex)"
        action = ReportAddress.href(key, "merge")
        self.csrf = csrf
        draft = revisions.ours.id.hex
        self.head = head
        headRevision = revisions.theirs.id.hex
        let places = UnitPlace.labels(of: result.conflicts.map(\.unit), in: result.ours, language: words.language)
        choices = zip(result.conflicts, places).map { conflict, place in
            Choice(
                field: "take:" + conflict.unit.description,
                label: place,
                kind: said.kind(conflict.kind, ours: names.ours, theirs: names.theirs),
                base: Self.value(conflict.base, words: said),
                ours: ConflictMarkup.change(from: conflict.base, to: conflict.ours, words: said),
                theirs: ConflictMarkup.change(from: conflict.base, to: conflict.theirs, words: said),
                oursBy: changers.ours[conflict.unit].flatMap { $0 == headAuthor(revisions.ours) ? nil : $0 },
                theirsBy: changers.theirs[conflict.unit].flatMap { $0 == headAuthor(revisions.theirs) ? nil : $0 },
                canKeepBoth: conflict.canKeepBoth, canEdit: conflict.canEdit,
                editField: "edit:" + conflict.unit.description, editText: conflict.editableText ?? "",
                editRows: Self.editRows(for: [conflict.editableText, conflict.ours?.summary, conflict.theirs?.summary]))
        }
        hasChoices = !choices.isEmpty
        clean = result.conflicts.isEmpty
        kept = result.choices.sorted { $0.key < $1.key }.flatMap { unit, choice in
            let field = "take:" + unit.description
            switch choice {
            case .side(let side): return [Kept(name: field, value: side.rawValue)]
            case .both: return [Kept(name: field, value: "both")]
            case .edit(let text):
                return [Kept(name: field, value: "edit"), Kept(name: "edit:" + unit.description, value: text)]
            }
        }
        self.message = message ?? ""
        hasMessage = message != nil
    }

    /// A unit's content in one version, for display: the report's text as written, in the page's words where it
    /// has none (`（空）`) or is a whole table or section (`表三（28 个单元格）`).
    static func value(_ value: MergeValue?, words: ConflictWords = PageWords.chinese.conflict) -> String {
        guard let value else { return words.none }
        switch value {
        case .text(let text):
            guard let text else { return words.missing }
            let trimmed = text.trimmingLayoutSpace()
            return trimmed.isEmpty ? words.blank : trimmed
        case .order(let units):
            return units.map { UnitID($0).map { UnitPlace.label(of: $0, in: nil, language: words.language) } ?? $0 }
                .joined(separator: words.listSeparator)
        case .table(let table):
            let name = table.templateDefinition.map {
                words.language == .english ? TableTemplate.englishName($0.table) : $0.shortName
            }
            return words.wholeTable(name ?? words.table, cells: table.cells.count)
        case .section(let section):
            return words.wholeSection(section.heading, paragraphs: section.allParagraphs.count)
        }
    }
}
