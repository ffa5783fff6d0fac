import Foundation
public import ReportDiff
public import ReportModel

/// The words a merge revision records for each place whose conflict a person decided — which side was kept and
/// whose change was not taken — so that the person whose change was left out reads it in `log`, `show`, the line
/// `pull` prints and the history page: `一、第 1 段：保留 常张乡 李四 的，未采用 县政务公开办 王审核 的修改`. The one
/// home of these words; ``ReportRepository/mergeHeads(of:head:takeAll:resolutions:author:message:time:commit:seen:audit:)``
/// writes them.
public enum MergeDecisions {
    /// A merge's message with the decisions after it, on one line (what `log` and `pull` show of a message):
    /// `合并 从 县政务公开办 拉取的修订。一、第 1 段：保留 …`.
    ///
    /// - Parameters:
    ///   - message: What the merge says it does.
    ///   - decisions: The words for each decided place (``decision(place:choice:ours:theirs:merger:)``).
    public static func message(_ message: String, decisions: [String]) -> String {
        guard !decisions.isEmpty else { return message }
        let stop = message.hasSuffix("。") || message.isEmpty ? "" : "。"
        return message + stop + decisions.joined(separator: "；")
    }

    /// What was decided at one place, naming the people (and offices) whose changes met there.
    ///
    /// - Parameters:
    ///   - place: Where (`一、第 1 段`).
    ///   - choice: What the person merging chose.
    ///   - ours: Who made the draft's side there (`常张乡 李四`).
    ///   - theirs: Who made the other side there (`县政务公开办 王审核`).
    ///   - merger: Who merged (for a text of their own).
    public static func decision(
        place: String, choice: MergeChoice, ours: String, theirs: String, merger: String
    ) -> String {
        switch choice {
        case .side(.ours): "\(place)：保留 \(ours) 的，未采用 \(theirs) 的修改"
        case .side(.theirs): "\(place)：保留 \(theirs) 的，未采用 \(ours) 的修改"
        case .both: "\(place)：\(ours) 和 \(theirs) 的都保留（\(ours) 的在前）"
        case .edit: "\(place)：\(merger) 另写了文字，\(ours) 和 \(theirs) 的修改都未原样采用"
        }
    }

    /// What a commit of a person's file decided at a place where the file's text replaced someone else's change
    /// the draft held (a phrase the county corrected in her paragraph, which her older file changed too): the file
    /// taken, their change not (rv118 M4). The commit records these in a note of its message
    /// (``fileDecisionsNote(_:)``), so that the person whose change was left out reads it as a merge's decisions.
    ///
    /// - Parameters:
    ///   - place: Where (`五、第 1 段`).
    ///   - file: Who committed the file (`小西镇 钱七`).
    ///   - notTaken: Whose change it replaced (`长子县政务公开办 王审核`).
    public static func fileDecision(place: String, file: String, notTaken: String) -> String {
        "\(place)：采用 \(file) 的文件，未采用 \(notTaken) 的修改"
    }

    /// The note a commit adds after its message for the decisions of its file (``fileDecision(place:file:notTaken:)``):
    /// `\n\n（五、第 1 段：采用 … 的文件，未采用 … 的修改；…）`; empty for none.
    static func fileDecisionsNote(_ decisions: [String]) -> String {
        decisions.isEmpty ? "" : "\n\n（" + decisions.joined(separator: "；") + "）"
    }

    /// The decisions a commit of a file recorded in a note of its message (``fileDecisionsNote(_:)``), each whole;
    /// none for a message without such a note.
    public static func fileDecisions(in message: String) -> [String] {
        message.components(separatedBy: "\n\n").flatMap { part -> [String] in
            guard part.hasPrefix("（"), part.hasSuffix("）"), part.count > 2 else { return [] }
            let note = part.dropFirst().dropLast().split(separator: "；").map(String.init)
            return note.allSatisfy(isFileDecision) ? note : []
        }
    }

    /// Whether a text has the shape of a file's decision (``fileDecision(place:file:notTaken:)``).
    static func isFileDecision(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: "："), colon != text.startIndex else { return false }
        let said = text[text.index(after: colon)...]
        return said.hasPrefix("采用 ") && said.contains(" 的文件，未采用 ") && said.hasSuffix(" 的修改")
    }

    /// A merge revision's message split into what it says it does and the decisions after it
    /// (``message(_:decisions:)``), each whole: `pull` cuts only the first to fit its line and prints the decisions
    /// on lines of their own, since the one that tells a clerk her change was not taken came last and was cut off
    /// (user review ux98, finding E). A message without decisions is all text.
    public static func parts(of message: String) -> (text: String, decisions: [String]) {
        let trimmed = message.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let stop = trimmed.lastIndex(of: "。") else { return (message, []) }
        let tail = trimmed[trimmed.index(after: stop)...]
        let decisions = tail.split(separator: "；").map(String.init)
        guard !decisions.isEmpty, decisions.allSatisfy(isDecision) else { return (message, []) }
        return (String(trimmed[...stop]), decisions)
    }

    /// Whether a text has the shape of one decision (``decision(place:choice:ours:theirs:merger:)``).
    static func isDecision(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: "："), colon != text.startIndex else { return false }
        let said = text[text.index(after: colon)...]
        return (said.hasPrefix("保留 ") && said.contains("，未采用 ") && said.hasSuffix(" 的修改"))
            || (said.contains(" 的都保留（") && said.hasSuffix(" 的在前）"))
            || (said.contains(" 另写了文字，") && said.hasSuffix(" 的修改都未原样采用"))
    }

    /// A decision (``decision(place:choice:ours:theirs:merger:)``) as stored, in English, or `nil` for a text of
    /// another shape: `五、paragraph 1: kept the text of 县政务公开办 王审核, not the change of 大庄乡 赵六`, and a file's
    /// (``fileDecision(place:file:notTaken:)``): `五、paragraph 1: took the file of 小西镇 钱七, not the change of …`. The place's
    /// and the people's names stay as written, but for Nianbao's words in them (``ReportDiff/PlaceWords``).
    public static func english(of decision: String) -> String? {
        guard isDecision(decision) || isFileDecision(decision), let colon = decision.firstIndex(of: "：") else {
            return nil
        }
        let place = PlaceWords.english(of: String(decision[..<colon]))
        let said = String(decision[decision.index(after: colon)...])
        func who(_ name: Substring) -> String {
            // (` 第 3 版` after the name where both sides were the same office and person)
            guard let number = name.range(of: #" 第 \d+ 版$"#, options: .regularExpression),
                let version = Int(name[number].dropFirst(3).dropLast(2))
            else { return String(name) }
            return "\(name[..<number.lowerBound]) (version \(version))"
        }
        if isFileDecision(decision), let not = said.range(of: " 的文件，未采用 ") {
            let file = said[said.index(said.startIndex, offsetBy: 3)..<not.lowerBound]
            let left = said[not.upperBound..<said.index(said.endIndex, offsetBy: -4)]
            return "\(place): took the file of \(who(file)), not the change of \(who(left))"
        }
        if said.hasPrefix("保留 "), said.hasSuffix(" 的修改"), let not = said.range(of: " 的，未采用 ") {
            let kept = said[said.index(said.startIndex, offsetBy: 3)..<not.lowerBound]
            let left = said[not.upperBound..<said.index(said.endIndex, offsetBy: -4)]
            return "\(place): kept the text of \(who(kept)), not the change of \(who(left))"
        }
        if said.hasSuffix(" 的在前）"), let both = said.range(of: " 的都保留（") {
            let first = said[both.upperBound..<said.index(said.endIndex, offsetBy: -5)]
            let pair = said[..<both.lowerBound]
            guard pair.hasPrefix(first + " 和 ") else { return nil }
            let second = pair.dropFirst(first.count + 3)
            return "\(place): kept both, the text of \(who(first)) and of \(who(second)) (\(who(first))'s first)"
        }
        if said.hasSuffix(" 的修改都未原样采用"), let wrote = said.range(of: " 另写了文字，") {
            let merger = said[..<wrote.lowerBound]
            let pair = said[wrote.upperBound..<said.index(said.endIndex, offsetBy: -10)]
            guard let and = pair.range(of: " 和 ") else { return nil }
            return
                "\(place): \(merger) wrote a text of their own; neither the change of \(who(pair[..<and.lowerBound]))"
                + " nor that of \(who(pair[and.upperBound...])) was taken as it was"
        }
        return nil
    }

    /// A decision in a language: in English when it is of a shape Nianbao writes (``english(of:)``), else as stored.
    public static func text(of decision: String, in language: Language) -> String {
        language == .english ? english(of: decision) ?? decision : decision
    }

    /// The decisions in a merge revision's message (``message(_:decisions:)``) that left out a change of one of
    /// `makers` (`县政务公开办 王审核`, or the person alone where the office bears the name, as
    /// ``RevisionNames/maker(_:)`` names them): what that person is told before publishing the merged text.
    public static func notTaken(from makers: Set<String>, in message: String) -> [String] {
        message.split(whereSeparator: { $0 == "。" || $0 == "；" }).map(String.init).filter { decision in
            guard let start = decision.range(of: "，未采用 "),
                let end = decision.range(of: " 的修改", range: start.upperBound..<decision.endIndex)
            else { return false }
            var who = String(decision[start.upperBound..<end.lowerBound])
            // (` 第 3 版` after the name where both sides were the same office and person)
            if let number = who.range(of: #" 第 \d+ 版$"#, options: .regularExpression) { who.removeSubrange(number) }
            return makers.contains(who)
        }
    }
}
