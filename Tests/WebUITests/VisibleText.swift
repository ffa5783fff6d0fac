import Foundation

extension Web {
    /// What a reader sees of a page: its text without the markup (tags, attributes and the hidden form fields).
    static func visibleText(_ html: String) -> String {
        html.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
    }
}
