public import ReportModel
public import RevisionStore

/// A text that names another report than the one it is committed as: the agency and year the text itself names
/// (title, agency line, statistics period) against the target `AGENCY/YEAR`.
///
/// The rule, for every way a text comes in (`commit`, `import`, later a web upload):
/// - the text names another year than the target's;
/// - or it names an agency that is clearly another office: the repository knows the target agency by a name, and
///   neither name, normalised (``AgencyNaming/normalized(_:)``), is the other or ends with it (`长子县常张乡人民政府`
///   and `常张乡` are one office), none of its aliases either, and the registry's matching (``AgencyMatcher``) does not
///   give the target for it; or the target agency is new here and the name is that of another agency it knows.
///
/// A text that names neither an agency nor a year is a mismatch too: nothing in it says it is this report (the
/// blank official template, a page of another document), and it would replace the draft with a text nobody can
/// check. A text that names one of the two and not the other is not (the commit warns instead).
public struct ReportMismatch: Sendable, Hashable, CustomStringConvertible {
    /// The agency the text names, if it names one.
    public var textAgency: String?
    /// The year the text names, if it names one.
    public var textYear: Int?
    /// The report it was committed as.
    public var target: ReportKey
    /// The target agency's name, when the repository knows it.
    public var targetName: String?
    /// The agency of the repository the text's name belongs to, when it is another one.
    public var textAgencyID: String?
    /// Whether the text names the target's year (or none) and an agency one or two characters from the target's name
    /// or an alias (``AgencyNaming/areNear(_:_:)``): a typo in the file, or the office's new name not yet registered
    /// (撤乡设镇). The person is then told the two names and how to go on, not to check they chose the right file.
    public var isNearName = false
    /// Another registered office the text's name belongs to or is near (``AgencyNaming/otherOffice(for:than:among:)``)
    /// when the target's name is not the text's: the file is most likely that office's (picked from a shared folder,
    /// uploaded to the wrong row), and it is never taken as a near name of the target.
    public var otherOffice: String?
    /// The id of ``otherOffice``: the way on to its report, which the sender reaches (it is named only then).
    public var otherOfficeID: String?
    /// Whether the text names ``otherOffice`` by one of its own names (``sameOffice(_:_:)``), not one or two
    /// characters from them: the file is that office's report, said without a guess.
    public var namesOtherOffice = false
    /// Whether the text is this office's report (it names the target's office, or no office) of another year: the
    /// person chose last year's report in a list where this year's was not yet offered, and is told the year to
    /// choose, not to check the file (user review ux98, finding A).
    public var isOtherYear = false
    /// The year of the text's title, where it names one (``Report/titleYear``).
    public var titleYear: Int?
    /// The year of the text's statistics period, where it names one (``Report/statisticsPeriodYear``).
    public var periodYear: Int?
    /// The year the file's name states, where it states one (``YearMentions/inFileName(_:)``).
    public var fileNameYear: Int?
    /// Whether the text is this office's report of the target's year whose title alone still names another year (the
    /// statistics period names the target's): last year's year left in the title, the commonest slip. The person is
    /// told that, never to choose another year's report (user review ux98, finding P); ``isOtherYear`` is then
    /// `false`.
    public var isTitleYearLeft = false
    /// Whether the text is this office's report whose title names the target's year while its statistics period
    /// still names an earlier one: an earlier year's file with only the title's year changed (rv120 F2). It would
    /// lay that year's text over this year's draft, and is refused like ``isTitleYearLeft`` (``chinesePeriodYearLeft``).
    public var isPeriodYearLeft = false
    /// The version (第 N 版) of the period's year's report of this office that the file was downloaded from, when
    /// it names one (its `NianbaoRevision`) the sender reaches (``isPeriodYearLeft`` only).
    public var downloadedFrom: Int?

    /// Creates a mismatch.
    public init(textAgency: String?, textYear: Int?, target: ReportKey, targetName: String?, textAgencyID: String?) {
        self.textAgency = textAgency
        self.textYear = textYear
        self.target = target
        self.targetName = targetName
        self.textAgencyID = textAgencyID
    }

    /// The mismatch between a text and its target, if any.
    ///
    /// - Parameters:
    ///   - agency: The agency the text names.
    ///   - year: The year the text names.
    ///   - target: The report it is committed as.
    ///   - agencies: The agencies the repository knows.
    ///   - statedYears: The year of the text's title, of its statistics period and of its file's name, where known.
    public static func between(
        agency: String?, year: Int?, target: ReportKey, agencies: [Agency],
        statedYears: (title: Int?, period: Int?, fileName: Int?) = (nil, nil, nil), scope: AccessScope = .all
    ) -> ReportMismatch? {
        // (another office is named only when the sender reaches it: for one out of their reach the answer is the one
        // for a name nobody registered — nor does an office merged away tell where it went)
        let reachable = agencies.filter { scope.allows(agency: $0.id) }
        let known = agencies.first { $0.id == target.agency }
        var mismatch = ReportMismatch(
            textAgency: agency, textYear: year, target: target,
            targetName: known.flatMap { $0.name == $0.id ? nil : $0.name }, textAgencyID: nil)
        var differs = year.map { $0 != target.year } ?? (agency == nil)
        var isThisOffice = true
        if let agency {
            if let name = mismatch.targetName {
                // One of the target's names, or a name the registry's matching gives the target (``AgencyMatcher``).
                let names = [name] + (known?.aliases ?? [])
                let isTarget =
                    names.contains { sameOffice(agency, $0) }
                    || AgencyMatcher(agencies: agencies).match(agency)?.id == target.agency
                differs = differs || !isTarget
                let other =
                    isTarget ? nil : AgencyNaming.otherOffice(for: agency, than: target.agency, among: reachable)
                mismatch.otherOffice = other?.name
                mismatch.otherOfficeID = other?.id
                mismatch.namesOtherOffice =
                    other.map { ([$0.name] + $0.aliases).contains { sameOffice(agency, $0) } } ?? false
                isThisOffice = isTarget
                mismatch.isNearName =
                    !isTarget && other == nil && (year.map { $0 == target.year } ?? true)
                    && names.contains { AgencyNaming.areNear(agency, $0) }
            } else if let other = agencies.first(where: {
                $0.id != target.agency && $0.name != $0.id && sameOffice(agency, $0.name)
            }) {
                // A target without a name of its own (new here, or known by its id only): the text must not be the
                // report of another agency this repository knows by name.
                // (refused whoever it is, named only within reach)
                mismatch.textAgencyID = scope.allows(agency: other.id) ? other.id : nil
                differs = true
                isThisOffice = false
            }
        }
        (mismatch.titleYear, mismatch.periodYear, mismatch.fileNameYear) = statedYears
        // Last year's year left in the title: sent to this year's report (the period's), or to last year's — the
        // title's — when the file's name states the period's year too (without it, the period's year may be the one
        // left unchanged, and the check says which).
        if isThisOffice, let title = statedYears.title, let period = statedYears.period, title != period {
            mismatch.isTitleYearLeft =
                period == target.year || (title == target.year && statedYears.fileName == period)
        }
        // The opposite slip: the title made this year's, the statistics period (and so, most likely, the text) left
        // at an earlier year's — last year's file sent as this year's report (rv120 F2).
        if isThisOffice, let title = statedYears.title, let period = statedYears.period, title == target.year,
            period < title
        {
            mismatch.isPeriodYearLeft = true
            mismatch.isTitleYearLeft = false
        }
        differs = differs || mismatch.isTitleYearLeft || mismatch.isPeriodYearLeft
        mismatch.isOtherYear =
            isThisOffice && year.map { $0 != target.year } == true && !mismatch.isTitleYearLeft
            && !mismatch.isPeriodYearLeft
        return differs ? mismatch : nil
    }

    /// Whether two names are one office: equal after normalising, or one is the other with the names of its regions
    /// in front or a trailing `政府` (one's normalised name is among the other's ``AgencyNaming/variants(_:)``):
    /// `长子县常张乡人民政府`, `常张乡政府` and `常张乡` are one office. Never a bare ending: `北王庄乡`, `东常张乡` and
    /// `张乡` are other offices than `王庄乡` and `常张乡` (rr99 F7).
    static func sameOffice(_ one: String, _ other: String) -> Bool {
        let (a, b) = (AgencyNaming.normalized(one), AgencyNaming.normalized(other))
        guard !a.isEmpty, !b.isEmpty else { return a == b }
        return a == b || AgencyNaming.variants(one).contains(b) || AgencyNaming.variants(other).contains(a)
    }

    /// Whether the text names neither an agency nor a year.
    public var namesNothing: Bool { textAgency == nil && textYear == nil }

    /// `这份报告是 金乡县羊山镇人民政府 2024 年的，不是 hongze/2024（淮安市洪泽区人民政府）`; for a text naming neither,
    /// `这份文件没有写明机关名称和年度，看不出是 hongze/2024（淮安市洪泽区人民政府）的报告（是不是空白模板或别的文件？）`.
    /// With `--lang en`: `This is the 2024 report of 金乡县羊山镇人民政府, not hongze/2024 (淮安市洪泽区人民政府)`.
    public var description: String { Language.pick(chineseDescription, englishDescription) }

    /// The same in a language (a page speaks its reader's).
    public func description(in language: Language) -> String {
        language == .english ? englishDescription : chineseDescription
    }

    private var chineseDescription: String {
        if namesNothing {
            return "这份文件没有写明机关名称和年度，看不出是 \(target)" + (targetName.map { "（\($0)）" } ?? "")
                + "的报告（是不是空白模板或别的文件？）"
        }
        if let titleYearLeft = chineseTitleYearLeft ?? chinesePeriodYearLeft { return titleYearLeft }
        var named = textAgency.map { $0 + (textAgencyID.map { "（本仓库的 \($0)）" } ?? "") } ?? ""
        if let textYear { named += (named.isEmpty ? "" : " ") + "\(textYear) 年" }
        return "这份报告是 \(named)的，不是 \(target)" + (targetName.map { "（\($0)）" } ?? "") + chineseOtherOffice
    }

    /// `文件的标题写 2024 年，统计期限却是 2025 年（文件名也是 2025 年）：多半是标题里的年份没改`, when
    /// ``isTitleYearLeft``.
    public var chineseTitleYearLeft: String? {
        guard isTitleYearLeft, let titleYear, let periodYear else { return nil }
        return "文件的标题写 \(titleYear) 年，统计期限却是 \(periodYear) 年"
            + (fileNameYear == periodYear ? "（文件名也是 \(periodYear) 年）" : "") + "：多半是标题里的年份没改"
    }

    /// What to do about a title whose year was left (``isTitleYearLeft``): `请把标题里的年份改为 2025 年后再上传`; sent to
    /// the title's year, `这是 2025 年的报告：请把标题里的年份改为 2025 年，再作为 2025 年的报告上传`.
    ///
    /// - Parameters:
    ///   - upload: Said on the web (上传) rather than at the terminal (提交).
    ///   - language: The reader's.
    public func titleYearAdvice(upload: Bool, in language: Language) -> String {
        let year = periodYear ?? target.year
        switch (language, year == target.year) {
        case (.chinese, true): return "请把标题里的年份改为 \(year) 年后再\(upload ? "上传" : "提交")"
        case (.chinese, false):
            return "这是 \(year) 年的报告：请把标题里的年份改为 \(year) 年，再作为 \(year) 年的报告\(upload ? "上传" : "提交")"
        case (.english, true):
            return "Change the title's year to \(year), then \(upload ? "upload it" : "commit") again"
        case (.english, false):
            return
                "It is the \(year) report: change the title's year to \(year), then \(upload ? "upload" : "commit") it"
                + " as the \(year) report"
        }
    }

    /// ``chineseTitleYearLeft`` in English.
    public var englishTitleYearLeft: String? {
        guard isTitleYearLeft, let titleYear, let periodYear else { return nil }
        return "The file's title says \(titleYear), but its statistics period is \(periodYear)"
            + (fileNameYear == periodYear ? " (so is its file name)" : "") + ": most likely the title's year was not "
            + "changed"
    }

    /// `（文件里的名称是 常庄乡人民政府 的名称或和它只差一两个字：是不是选错了文件？）`, when there is such an office.
    private var chineseOtherOffice: String {
        otherOffice.map { "（文件里的名称是 \($0) 的名称或和它只差一两个字：是不是选错了文件？）" } ?? ""
    }

    private var englishOtherOffice: String {
        otherOffice.map {
            " (the file's name is, or is one or two characters from, that of \($0): is it the wrong file?)"
        }
            ?? ""
    }

    private var englishDescription: String {
        if let titleYearLeft = englishTitleYearLeft ?? englishPeriodYearLeft { return titleYearLeft }
        let wanted = "\(target)" + (targetName.map { " (\($0))" } ?? "")
        if namesNothing {
            return "This file names neither an agency nor a year, so it cannot be told to be \(wanted)'s report (is it"
                + " a blank template or another file?)"
        }
        let agency = textAgency.map { $0 + (textAgencyID.map { " (\($0) here)" } ?? "") }
        let named = ["the", textYear.map(String.init), "report", agency.map { "of \($0)" }].compactMap { $0 }
            .joined(separator: " ")
        return "This is \(named), not \(wanted)" + englishOtherOffice
    }

    /// The same in names only, for the web pages, whose readers know offices by name, not by id:
    /// `这份报告是 金乡县羊山镇人民政府 2024 年的，不是 淮安市洪泽区人民政府 2024 年的报告`. A file naming another office
    /// the sender reaches only one or two characters off says whose it most likely is:
    /// `（文件里写的“常庄镇人民政府”和 常庄乡人民政府 的名称只差一两个字，多半是它的报告）`; one naming it by its own name
    /// needs no more (the garbled `（文件里的名称是 X 的名称或和它只差一两个字…）` of rv103 F5).
    public var descriptionByName: String {
        if let titleYearLeft = chineseTitleYearLeft ?? chinesePeriodYearLeft { return titleYearLeft }
        let wanted = "\(targetName ?? target.agency) \(target.year) 年"
        if namesNothing { return "这份文件没有写明机关名称和年度，看不出是 \(wanted)的报告（是不是空白模板或别的文件？）" }
        var named = textAgency ?? ""
        if let textYear { named += (named.isEmpty ? "" : " ") + "\(textYear) 年" }
        let near = otherOffice.flatMap { office in
            namesOtherOffice
                ? nil : "（文件里写的“\(textAgency ?? "")”和 \(office) 的名称只差一两个字，多半是它的报告）"
        }
        return "这份报告是 \(named)的，不是 \(wanted)的报告" + (near ?? "")
    }

    /// ``descriptionByName`` in English: `This is the 2024 report of 金乡县羊山镇人民政府, not 淮安市洪泽区人民政府's 2024
    /// report`.
    public var englishDescriptionByName: String {
        if let titleYearLeft = englishTitleYearLeft ?? englishPeriodYearLeft { return titleYearLeft }
        let wanted = "\(targetName ?? target.agency)'s \(target.year) report"
        if namesNothing {
            return "This file names neither an office nor a year, so it cannot be told to be \(wanted) (is it a blank "
                + "template or another file?)"
        }
        let named = ["the", textYear.map(String.init), "report", textAgency.map { "of \($0)" }].compactMap { $0 }
            .joined(separator: " ")
        let near = otherOffice.flatMap { office in
            namesOtherOffice
                ? nil
                : " (the file's “\(textAgency ?? "")” is one or two characters from the name of \(office): most likely"
                    + " it is that office's report)"
        }
        return "This is \(named), not \(wanted)" + (near ?? "")
    }
}
