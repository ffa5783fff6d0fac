// The labels of tokens named after an office, following the office's rename.

import Foundation
import RevisionStore

extension ReportRepository {
    /// After an agency's rename, the tokens named after its old name take the new one: a token `token create` labelled
    /// with the office's name (its default) had kept showing the old name wherever its pushes are named —
    /// `李四（长子县常张乡人民政府 同步送来）` in `reports` and on the conflict page, `未采用 长子县常张乡人民政府 李四 的修改` in a
    /// merge, `token list` — beside the office's new name (user review rv117, M15).
    ///
    /// A token is named after the office when it reaches the agency and its label is the old name, or a list of its
    /// offices' names with the old one among them (`常张乡人民政府、大庄乡人民政府`, as `token create` names a token of
    /// several; `常张乡人民政府, 大庄乡人民政府` in English, `--lang en`, ``tokenLabelSeparators``); a label someone
    /// chose (`常张乡`, `李四的电脑`) stays. The label changes in the store, in the rename's
    /// transaction, rather than being read differently later: without a new column there is no other way to tell a
    /// defaulted label from a chosen one, and a label that changed where it is kept reads alike everywhere — the token
    /// list, the receipts of what the token sends from now on, the merges that name them, the label the township's
    /// node is told in each listing (whose merge notes it recognises by it). What was received before the rename keeps
    /// the name it was received under.
    ///
    /// - Parameters:
    ///   - id: The agency renamed.
    ///   - old: Its name before.
    ///   - new: Its name now.
    static func relabelTokens(ofAgency id: String, from old: String, to new: String, in writer: StoreWriter) throws {
        for token in try writer.tokens() where token.revoked == nil {
            guard case .agencies(let ids) = token.scope, ids.contains(id) else { continue }
            guard let label = relabelled(token.label, from: old, to: new),
                label.unicodeScalars.count <= maxTokenLabelLength
            else { continue }
            _ = try writer.relabelToken(id: token.id, to: label)
        }
    }

    /// How `token create` joins the names of a token's offices into its default label: `、` in Chinese, `, ` in
    /// English.
    static let tokenLabelSeparators = ["、", ", "]

    /// A label named after an office, with the office's old name replaced by its new one: `nil` when the label is not
    /// the old name nor a list of names (joined by one of ``tokenLabelSeparators``) with the old one among them.
    static func relabelled(_ label: String, from old: String, to new: String) -> String? {
        for separator in tokenLabelSeparators {
            let names = label.components(separatedBy: separator)
            guard names.contains(old) else { continue }
            return names.map { $0 == old ? new : $0 }.joined(separator: separator)
        }
        return nil
    }
}
