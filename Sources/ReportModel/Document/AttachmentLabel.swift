/// The label official documents print for an attachment: `附件` (for a signature's list, `附表` too), then its number
/// if any (`附件1`, `附件二`). One rule for the parser's title (a label above it, or typed before it) and the
/// signature (the attachments listed under it).
public enum AttachmentLabel {
    /// The numerals an attachment is numbered with besides digits (`附件二`).
    static let numerals = Set("〇一二三四五六七八九十")

    /// What follows an attachment label at the start of a text (`：1.王庄乡政务公开目录` of `附件：1.…`, empty for `附件1`),
    /// or `nil` when the text does not start with one.
    ///
    /// - Parameters:
    ///   - text: The text, without layout space in front.
    ///   - tables: Whether `附表` counts as well as `附件`.
    public static func rest<Text: StringProtocol>(of text: Text, tables: Bool = false) -> Text.SubSequence? {
        guard text.hasPrefix("附件") || tables && text.hasPrefix("附表") else { return nil }
        return text.dropFirst(2).drop { $0.isNumber || numerals.contains($0) }
    }
}
