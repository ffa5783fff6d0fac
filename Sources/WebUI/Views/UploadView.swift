import Foundation
import ReportModel
import ReportRepository

/// The upload form of a report's page; on a published report it says so above the file field, and asks to
/// confirm (``PublishedUpload``).
struct UploadFormView {
    let action: String
    let csrf: String
    /// The draft head's id when the page was made: a file naming no revision is merged with what the draft changed
    /// since, or refused where both changed a place (``ReportSource/shownDraft``, rv119 F9).
    let draft: String
    /// What the form says of the report's publication, when it has a published version.
    let published: PublishedUpload?
    /// Why the last upload was not taken (it was not confirmed), shown in the form sent again; empty otherwise.
    private(set) var refusal = ""
    private(set) var hasRefusal = false

    init(
        key: ReportKey, draft: ObjectID, session: WebSession, published: PublishedUpload?,
        words: UploadWords = PageWords.chinese.upload
    ) {
        action = ReportAddress.href(key, "upload")
        csrf = session.csrfToken
        self.draft = draft.hex
        self.published = published.map { $0.worded(words) }
    }

    /// The draft the form's page showed, as the form sent it back; `nil` without one (the board's form) or with
    /// anything else there.
    static func shownDraft(_ fields: FormFields) -> ObjectID? {
        fields.value("draft").flatMap { ObjectID(hex: $0) }
    }

    /// Shows the form again with why the upload was not taken.
    mutating func refuse(_ why: String) {
        refusal = why
        hasRefusal = !why.isEmpty
    }

    /// Beside a refusal of a file naming the office near its registered name, for one who may register names: the
    /// form that makes the file's name another name of the office (``AgencyAliasController``).
    var nameForm: AgencyNameForm?
    /// What the last registration of a name did, shown in the form.
    private(set) var note = ""
    private(set) var hasNote = false

    /// Shows the form with what was just done.
    mutating func tell(_ text: String) {
        note = text
        hasNote = !text.isEmpty
    }
}

/// The form that registers the name a refused file gives as another name of the report's office.
struct AgencyNameForm {
    let action: String
    let csrf: String
    let name: String
    let button: String

    init(key: ReportKey, session: WebSession, name: String, button: String) {
        action = ReportAddress.href(key, "agency-name")
        csrf = session.csrfToken
        self.name = name
        self.button = button
    }
}

/// An upload to a published report, told before it is sent: the report is published (已公开, which version, who
/// published it and when), and a new file makes a draft that must be submitted and published again. While the
/// draft is the published version (``ReportStatus/published``) the form asks for an explicit confirmation, which the
/// server checks too (``isConfirmed(_:)``): one without it is not stored. A report changed since it was published
/// (``ReportSummary/isChangedSincePublished``) is already a draft: the form only recalls which version is public.
struct PublishedUpload {
    /// The form field of the confirmation.
    static let field = "confirmPublished"
    /// The confirmation as the form's checkbox words it, in Chinese (``UploadWords/confirmation``).
    static let confirmation = PageWords.chinese.upload.confirmation

    /// The published version: `第 4 版`.
    private(set) var number: String
    /// Its generation, for naming it in a page's words.
    let generation: Int?
    /// Who published it, when the node knows, and when.
    let person: String
    let hasPerson: Bool
    let time: String
    /// Whether an upload must be confirmed: the draft is the published version.
    let needsConfirmation: Bool
    /// Whether the draft was changed after the publication (else another, older-moved draft stands beside it:
    /// ``ReportSummary/isPublishedBesideDraft``).
    let isChangedSince: Bool
    let field = Self.field
    private(set) var confirmation = Self.confirmation
    /// The form's words around the publisher's name (``UploadWords/published(_:)``).
    private(set) var before = ""
    private(set) var after = ""
    /// After the publisher's name: a space in Chinese, none in English.
    private(set) var personSpace = " "

    /// What the upload form says of a report's publication; `nil` for a report never published.
    ///
    /// - Parameters:
    ///   - state: The report.
    ///   - generations: The generations of its marked revisions (for the published one's `第 N 版`).
    init?(state: ReportSummary, generations: [ObjectID: Int]) {
        guard let mark = state.mark(.published), state.status == .published || state.status == .draft else {
            return nil
        }
        generation = generations[mark.revision]
        number = DisplayFormat.revision(generation)
        person = mark.person ?? ""
        hasPerson = mark.person != nil
        time = DisplayFormat.time(mark.moved)
        needsConfirmation = state.status == .published
        isChangedSince = state.isChangedSincePublished
    }

    /// The same, told in a page's words.
    func worded(_ words: UploadWords) -> PublishedUpload {
        var worded = self
        worded.number = RevisionWords(words.language).revision(generation)
        worded.confirmation = words.confirmation
        (worded.before, worded.after) = words.published(worded)
        worded.personSpace = words.language == .english ? "" : " "
        return worded
    }

    /// Whether an upload form carries the confirmation.
    static func isConfirmed(_ fields: FormFields) -> Bool {
        fields.value(field) == "1"
    }
}

/// The upload form of the board: the reports the person may change, and the awaited ones (未报送) their first
/// upload starts, to choose from; it starts on the first report of the year the board shows, or on the first awaited
/// one when the person has none of that year yet (a township's first report of a year). A published report says
/// that its upload is confirmed on the report's page (``PublishedUpload``).
struct BoardUploadView {
    struct Option {
        let value: String
        let label: String
        let selected: Bool
    }

    let action = "/upload"
    let csrf: String
    let reports: [Option]

    /// The form's choices: the reports the person reaches (`states`), those awaited of `year`'s offices, and
    /// `nextYear`'s reports not begun (``nextYear(states:awaited:now:)``).
    init(
        states: [ReportSummary], awaited: [BoardRow], year: Int?, session: WebSession,
        words: OverviewWords = PageWords.chinese.overview, nextYear: [(key: ReportKey, name: String)] = []
    ) {
        csrf = session.csrfToken
        let entries =
            states.map {
                (key: $0.report, name: $0.displayName, awaited: false, published: $0.status == .published, next: false)
            }
            + awaited.map { (key: $0.key, name: $0.agency.name, awaited: true, published: false, next: false) }
            + nextYear.map { (key: $0.key, name: $0.name, awaited: false, published: false, next: true) }
        let ordered = entries.sorted { one, other in
            one.name == other.name
                ? (one.key.agency, one.key.year) < (other.key.agency, other.key.year)
                : AgencyOrder.names(one.name, other.name)
        }
        let ofYear = ordered.filter { $0.key.year == year }
        let first = (ofYear.first { !$0.awaited && !$0.next } ?? ofYear.first)?.key
        reports = ordered.map {
            Option(
                value: $0.key.description,
                label: words.uploadChoice(
                    $0.key, name: $0.name, awaited: $0.awaited, published: $0.published, next: $0.next),
                selected: $0.key == first)
        }
    }
}

extension BoardUploadView {
    /// Next year's report (the year after the one being collected, ``ReportRepository/collectedYear(now:)``) of
    /// each office in the list, where it has not begun: offered under 全部 (every year), where the refusal of next
    /// year's draft sent to this year's report sends the person — the year menu does not have that year yet (rv120
    /// F5).
    static func nextYear(
        states: [ReportSummary], awaited: [BoardRow], now: Date = Date()
    ) -> [(key: ReportKey, name: String)] {
        let next = ReportRepository.collectedYear(now: now) + 1
        guard ReportKey.years.contains(next) else { return [] }
        var offices: [String: String] = [:]
        for state in states { offices[state.report.agency] = state.displayName }
        for row in awaited { offices[row.agency.id] = row.agency.name }
        let begun = Set(states.map(\.report))
        return offices.map { (key: ReportKey(agency: $0.key, year: next), name: $0.value) }
            .filter { !begun.contains($0.key) }
    }
}

/// What an upload did, at the top of the page it answers with.
struct UploadNoticeView {
    let file: String
    let committed: Bool
    /// The draft's revision after the upload.
    let revision: ObjectID
    /// Its number (`第 3 版`), set by the page that shows it.
    var number = ""
    /// What the upload warned of (``CommitWarning``), in either language, and in the page's (set by ``word(_:)``).
    let cautions: [CommitWarning]
    var warnings: [String]
    let hasWarnings: Bool
    /// The notice's words around the file's name, and after them (``ReportWords/uploaded(_:)``).
    var lead = ""
    var outcome = ""
    var followUp = ""

    init(file: String, outcome: CommitOutcome) {
        self.file = file
        committed = outcome.status == .committed
        revision = outcome.revision.id
        cautions = outcome.cautions
        warnings = cautions.map(\.chinese)
        hasWarnings = !cautions.isEmpty
    }

    /// The notice in a page's words, once its ``number`` is set.
    mutating func word(_ words: ReportWords) {
        (lead, outcome) = words.uploaded(self)
        followUp = words.uploadFollowUp
        warnings = cautions.map { $0.text(in: words.language) }
    }
}
