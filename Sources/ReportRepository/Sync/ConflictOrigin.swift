/// Where the other line of a sync conflict came from: the one home of the text a conflict records in its `origin`
/// (`token 常张乡` for a push an office made to this node, `pull from 县政务公开办` for a pull from a remote, named by
/// its own node name) and of how people read it.
public enum ConflictOrigin: Sendable, Hashable {
    /// A push to this node, by the office or person a token names.
    case pushed(by: String)
    /// A pull from one of this node's remotes: its node name (older versions recorded its name here, `county`).
    case pulled(from: String)
    /// An edit this node had made under an agency id that the county merged into another: when a pull followed the
    /// merge, the edit was kept as a second head of the merged report (``ReportRepository/followMerges(_:from:time:)``).
    /// The agency's name as it was.
    case agencyMerge(from: String)
    /// An origin this version does not recognise (written by another version), shown as recorded.
    case other(String)

    private static let pushPrefix = "token "
    private static let pullPrefix = "pull from "
    private static let agencyMergePrefix = "agency merge "

    /// Reads a recorded origin.
    public init(recorded: String) {
        if recorded.hasPrefix(Self.pushPrefix) {
            self = .pushed(by: String(recorded.dropFirst(Self.pushPrefix.count)))
        } else if recorded.hasPrefix(Self.pullPrefix) {
            self = .pulled(from: String(recorded.dropFirst(Self.pullPrefix.count)))
        } else if recorded.hasPrefix(Self.agencyMergePrefix) {
            self = .agencyMerge(from: String(recorded.dropFirst(Self.agencyMergePrefix.count)))
        } else {
            self = .other(recorded)
        }
    }

    /// The text a conflict records (and sends on the wire: older nodes read it as it is).
    public var recorded: String {
        switch self {
        case .pushed(let sender): Self.pushPrefix + sender
        case .pulled(let remote): Self.pullPrefix + remote
        case .agencyMerge(let agency): Self.agencyMergePrefix + agency
        case .other(let text): text
        }
    }

    /// The message of a merge that joins the other line into the draft: `合并 常张乡 推送的修订`.
    public var mergeMessage: String { RevisionMessage.merge(self, onTheWebBy: nil).chinese }

    /// The other line's revisions as a sentence names them: `常张乡 推送的修订`, `从 县政务公开办 拉取的修订`.
    public var revisions: String {
        switch self {
        case .pushed(let sender): "\(sender) 推送的修订"
        case .pulled(let remote): "从 \(remote) 拉取的修订"
        case .agencyMerge(let agency): "本机在 \(agency) 名下的修订"
        case .other(let text): "\(text) 的修订"
        }
    }

    /// The other line's revisions as an English sentence names them: `revisions pushed by 常张乡`, `revisions pulled
    /// from 县政务公开办`; the names as written.
    public var englishRevisions: String {
        switch self {
        case .pushed(let sender): "revisions pushed by \(sender)"
        case .pulled(let remote): "revisions pulled from \(remote)"
        case .agencyMerge(let agency): "this computer's revisions under \(agency)"
        case .other(let text): "revisions of \(text)"
        }
    }
}
