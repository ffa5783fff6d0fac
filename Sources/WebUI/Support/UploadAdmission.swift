/// Who is having a file read now (an upload read, or waiting for the repository's upload lane): at most
/// ``perPerson`` files a person, ``total`` for the node, counted from before the file's body is read.
///
/// The lane reads two files at once, first come first served: one clerk pressing 上传 twelve times on a slow file
/// made every other office's upload wait 72 s behind hers, and some of the crowd got no answer at all (review rr98
/// F2). A person's third file is refused at once (``WebError/uploadInProgress``), and so is anyone's once the node
/// has ``total`` in hand (``WebError/uploadsCrowded``). In the repository's lane one person's files take one of its
/// two places at most (the upload's author's, `ReportRepository.commit(bytes:…)`): another office's upload waits
/// behind at most one slow file, never behind one clerk's two (review rr99 F2).
actor UploadAdmission {
    /// A person's files in hand at once, so that a reviewer can upload in two tabs: the second is read after the
    /// first, the lane's other place kept for another person's.
    static let perPerson = 2
    /// The node's files in hand at once.
    static let total = 8

    private var inHand: [String: Int] = [:]

    /// Runs `work` for `person` when they and the node have room, else refuses it before anything is read.
    func admitting<T: Sendable>(
        _ person: String, _ work: @Sendable () async throws -> T
    ) async throws -> T {
        try admit(person)
        do {
            let result = try await work()
            release(person)
            return result
        } catch {
            release(person)
            throw error
        }
    }

    private func admit(_ person: String) throws(WebError) {
        let mine = inHand[person, default: 0]
        guard mine < Self.perPerson else { throw .uploadInProgress(Self.perPerson) }
        guard inHand.values.reduce(0, +) < Self.total else { throw .uploadsCrowded }
        inHand[person] = mine + 1
    }

    private func release(_ person: String) {
        let left = inHand[person, default: 1] - 1
        inHand[person] = left > 0 ? left : nil
    }
}
