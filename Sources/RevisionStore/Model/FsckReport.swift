public import ReportModel

/// What `fsck` checked and what it found.
public struct FsckReport: Sendable, Hashable, Codable {
    /// Objects re-hashed and decoded.
    public var objects: Int = 0
    /// Revisions checked.
    public var revisions: Int = 0
    /// Refs checked.
    public var refs: Int = 0
    /// Everything found wrong; empty when the store is sound.
    public var problems: [FsckProblem] = []
    /// The reports whose versions hold a damaged or missing object, with those versions' numbers (0 when a version
    /// has no number).
    public var affected: [Affected] = []

    /// A report's versions that hold a damaged object.
    public struct Affected: Sendable, Hashable, Codable {
        /// The report.
        public var report: ReportKey
        /// Its versions' numbers, in order.
        public var generations: [Int]

        /// Creates an entry.
        public init(report: ReportKey, generations: [Int]) {
            self.report = report
            self.generations = generations
        }
    }

    /// Creates an empty report.
    public init() {}

    /// Whether nothing is wrong.
    public var isClean: Bool { problems.isEmpty }
}

/// One thing `fsck` found wrong.
public struct FsckProblem: Sendable, Hashable, Codable, CustomStringConvertible {
    /// What kind of problem.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// SQLite's own check of the file failed.
        case file
        /// An object's bytes do not hash to its name.
        case corrupt
        /// An object's bytes are not a canonical object.
        case malformed
        /// An object refers to an object that is not stored.
        case missingReference
        /// An object refers to an object of another kind than the reference says.
        case wrongKind
        /// The revision index disagrees with the revision objects (`rebuildIndexes` repairs it).
        case index
        /// A ref points to something that is not a revision of its report.
        case ref
        /// A revision's parent is not a revision of the same report.
        case parent

        /// Its name for people, in Chinese.
        public var label: String {
            switch self {
            case .file: "数据库文件损坏"
            case .corrupt: "内容已损坏"
            case .malformed: "内容格式不对"
            case .missingReference: "缺少引用的内容"
            case .wrongKind: "引用的内容类别不对"
            case .index: "修订索引有误"
            case .ref: "报告的指针有误"
            case .parent: "父修订有误"
            }
        }
    }

    /// What kind of problem.
    public var kind: Kind
    /// The object it is about, if one.
    public var object: ObjectID?
    /// What is wrong, for a person.
    public var detail: String

    /// Creates a problem.
    public init(_ kind: Kind, object: ObjectID?, _ detail: String) {
        self.kind = kind
        self.object = object
        self.detail = detail
    }

    /// `内容已损坏：对象 3f9a…：内容与名称不符（…）`; `corrupt: 3f9a…: its bytes hash to …` in English.
    public var description: String {
        Language.pick(
            "\(kind.label)：" + (object.map { "对象 \($0.hex)：" } ?? "") + detail,
            "\(kind.rawValue): " + (object.map { "\($0.hex): " } ?? "") + detail)
    }
}
