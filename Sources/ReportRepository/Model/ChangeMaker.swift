public import ReportModel
public import RevisionStore

/// Whose change a revision is, as this node knows it: the one home of the rule every "whose change is this" decision
/// follows (a restore's warning, the base of a person's own copy, a place theirs to change again, the changes a merge
/// left out) and the words pages and commands show for it.
///
/// A revision made here is the person it names. One another node brought here (it has a ``RevisionReceipt``) is its
/// sender's — the token's owner or label, the remote's node — whatever author and node it names: a township's node may
/// call itself 县政务公开办 and its author 王审核, the county's reviewer (user review rv102, F3). Such a revision is
/// never a person's of this node but the token's owner's, when the token was issued to that person.
public struct ChangeMaker: Sendable, Hashable {
    /// The author the revision names (a claim, for one another node brought).
    public var author: String
    /// The node the revision names, when known (a claim too).
    public var node: String?
    /// Who sent it here (the receipt's sender), or `nil` for a revision made here.
    public var sender: String?
    /// Whether this node pulled it from one of its remotes (a township's node from the county's), rather than a
    /// token's holder pushing it here; known where the rule needs it (``isOwnElsewhere(of:)``), else `false`.
    public var wasPulled = false

    /// The maker of a revision from what it names and its receipt.
    ///
    /// - Parameters:
    ///   - author: The author it names.
    ///   - node: The node it names, when known.
    ///   - receipt: Who sent it here (``ReportRepository/receipts(of:)``), `nil` for a revision made here.
    public init(author: String, node: String? = nil, receipt: RevisionReceipt?) {
        self.author = author
        self.node = node
        self.sender = receipt?.sender
    }

    /// The maker of a revision and its receipt (`nil` for one made here).
    public init(_ revision: Revision, receipt: RevisionReceipt?) {
        self.init(author: revision.content.author, node: revision.content.node, receipt: receipt)
    }

    /// Whether another node brought the revision here.
    public var wasSent: Bool { sender != nil }

    /// Whether the node the revision names is known to be where it came from: made here, or sent by that node (a
    /// township pushing from its own node, the county's node pulled from). A township naming its node 县政务公开办 is
    /// not.
    public var isFromNodeItNames: Bool { sender == nil || sender == node }

    /// Whether the change is `person`'s: the person it names when made here; when another node brought it, only the
    /// person the sending token belongs to, never the author it names.
    public func isBy(_ person: String) -> Bool {
        guard let sender else { return author == person }
        return sender == person
    }

    /// Whether the change is `person`'s own, made on another node: this node pulled it from one of its remotes, and
    /// it names them as its author — their change on the county's web pages, pulled to their township's node
    /// (rv106 F4). Not ``isBy(_:)``: what another node names is a claim, and such a change is never theirs to undo
    /// unasked; a revision a token's holder pushed here is never called theirs (a township's node may name its author
    /// 王审核, rv102 F3).
    public func isOwnElsewhere(of person: String) -> Bool {
        guard let sender, wasPulled else { return false }
        return sender != person && author == person
    }

    /// ``name(in:)`` as `person` reads it: their own change made elsewhere (``isOwnElsewhere(of:)``) as theirs —
    /// `你在 县政务公开办 的修改（同步送来）` — never as another person's.
    public func name(in language: Language = .current, to person: String?) -> String {
        guard let person, isOwnElsewhere(of: person), let sender else { return name(in: language) }
        return language == .english ? "your change on \(sender) (by sync)" : "你在 \(sender) 的修改（同步送来）"
    }

    /// Who made it as people read it beside a revision (the board's column, `reports`, `log`, the places a restore
    /// would put back): the author, and for one another node brought who sent it — `王审核（常张乡 同步送来）`, or
    /// `李明（同步送来）` where the token is the author's own.
    public func name(in language: Language = .current) -> String {
        guard let sender else { return author }
        if sender == author { return language == .english ? "\(author) (by sync)" : "\(author)（同步送来）" }
        return language == .english ? "\(author) (from \(sender) by sync)" : "\(author)（\(sender) 同步送来）"
    }

    /// Who made it and where (``RevisionNames/maker(_:)``'s words, `常张乡 李明`), as a merge's decisions and a
    /// conflict's sides name it: the office it names only when it is the sender's too (a township pushing from its
    /// own node, the county's node pulled from); else the author and who sent it (``name(in:)``), so that a township
    /// naming its node 县政务公开办 is never written as the county's.
    public func maker(in language: Language = .current) -> String {
        guard isFromNodeItNames else { return name(in: language) }
        guard let node, node != author else { return author }
        return "\(node) \(author)"
    }

    /// Who made it as a merge's decisions are stored (``ReportRepository`` `decisionNotes`), words that travel to
    /// the other nodes with the revision: the office and the person, `常张乡 李四`, as ``RevisionNames/maker(_:)``
    /// writes a revision made here. The office is the node the revision names only where it came from that node (as
    /// ``maker(in:)``); for one a token's holder sent, who sent it (`长子县常张乡人民政府 李四`: a township naming its
    /// node 县政务公开办 is never written as the county's, rv102 F3); the person alone where the token is theirs. Not
    /// `李四（常张乡 同步送来）`: how this node shows a change another node brought is a view of this node's, and read
    /// on the township it told 李四 that his own change had been brought there by sync (rv108 F13).
    public var recordedMaker: String {
        let office = isFromNodeItNames ? node : sender
        guard let office, office != author else { return author }
        return "\(office) \(author)"
    }

    /// Every way ``maker(in:)`` (and ``recordedMaker``) writes a change of `person`'s under their own name: made here (with the node `office`
    /// or without), or sent by a token of theirs (`王芳（同步送来）`) — for reading a merge's decisions back
    /// (``ReportRepository/changesNotTaken(in:of:)``; rv106 F3: a change sent from her second computer was missed).
    public static func makerNames(of person: String, office: String?) -> Set<String> {
        var sent = ChangeMaker(author: person, receipt: nil)
        sent.sender = person
        var names: Set<String> = [person, sent.maker(in: .chinese), sent.maker(in: .english)]
        if let office { names.insert(ChangeMaker(author: person, node: office, receipt: nil).maker(in: .chinese)) }
        return names
    }
}
