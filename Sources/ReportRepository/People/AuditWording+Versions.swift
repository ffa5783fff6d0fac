public import ReportModel

/// The audit lines that name the version they made or marked, and a mark's comment: `已退回 第 1 版：表三请改`,
/// `命令行：已公开 第 3 版：历史数据补录`, `常张乡2025.docx → 第 2 版`. The repository writes them
/// (``AuditNote/naming(version:comment:)``), so that a mark set on the pages, in a batch or at the terminal reads alike,
/// and each 退回 keeps its own reason in the log even when a later 退回 replaces the report's mark comment
/// (rv115 F4, F7).
extension AuditWording {
    /// `BASE 第 {} 版：{}`, `BASE 第 {} 版` and `BASE：{}`: a mark's line with its version and comment.
    static func versioned(_ base: AuditWording, numbered: Bool, saying: Bool) -> AuditWording {
        AuditWording(
            base.chinese + (numbered ? " 第 {} 版" : "") + (saying ? "：{}" : ""),
            base.english + (numbered ? ", version {}" : "") + (saying ? ": {}" : ""))
    }

    /// `FILE → 第 2 版`: a file uploaded on the pages, with the version it made; `命令行提交 FILE → 第 2 版`: another
    /// line that made one, its first part a wording of its own.
    public static let uploadedVersion = AuditWording("{} → 第 {} 版", "{} → version {}")

    /// The lines a mark is written as, before them the mark's own wording: `已退回`, `已退回（批量）`, `命令行：已退回`,
    /// `代为报送（批量）`, `已公开（强制：REASON）`.
    static var markBases: [AuditWording] {
        Mark.allCases.flatMap { [pageMark($0), batchMark($0), commandLineMark($0), forcedMark($0)] }
            + [submittedOnBehalf]
    }

    /// Every versioned mark wording, the longest first (``all``).
    static var versionedMarks: [AuditWording] {
        markBases.flatMap { base in
            [
                versioned(base, numbered: true, saying: true), versioned(base, numbered: true, saying: false),
                versioned(base, numbered: false, saying: true),
            ]
        }
    }

    /// The comment a mark's audit line carries (`已退回 第 1 版：表三请改` → `表三请改`; the terminal's older
    /// `命令行：已退回：表三请改` too), or `nil` when it carries none.
    static func markComment(of detail: String) -> String? {
        for base in markBases {
            for numbered in [true, false] {
                if let parts = versioned(base, numbered: numbered, saying: true).parts(of: detail),
                    let comment = parts.last, !comment.isEmpty
                {
                    return comment
                }
            }
        }
        // (a forced publish's reason stands in its own wording: `已公开（强制：REASON） 第 3 版`)
        for mark in Mark.allCases {
            for numbered in [true, false] {
                if let reason = versioned(forcedMark(mark), numbered: numbered, saying: false).parts(of: detail)?.first,
                    !reason.isEmpty
                {
                    return reason
                }
            }
        }
        return nil
    }
}

extension AuditNote {
    /// The note with the version it made or marked and the mark's comment: `已退回 第 1 版：表三请改` for a mark
    /// (the comment not repeated when the note already holds it, a forced publish's reason), `FILE → 第 2 版` for an
    /// upload, `命令行提交 FILE → 第 2 版`, `命令行合并 → 第 3 版` for what else made a version; other notes as they are. A revision without a number is not named by a made-up one.
    func naming(version number: Int?, comment: String? = nil) -> AuditNote {
        var note = self
        switch action {
        case .mark:
            note.detail += number.map { " 第 \($0) 版" } ?? ""
            if let comment, !detail.contains(comment) { note.detail += "：" + comment }
        case .upload, .commit, .importReport, .merge:
            // (a commit or a merge at the terminal too: `命令行提交 W2.docx → 第 22 版`, as an upload reads; they had
            // said `命令行提交 W2.docx`, `命令行合并` without the version they made, rv117 M10)
            if let number { note.detail = AuditWording.uploadedVersion.detail(detail, String(number)) }
        default: break
        }
        return note
    }
}
