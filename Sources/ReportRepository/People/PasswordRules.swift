import Foundation

/// What a password must be beside its length (``ReportRepository/minimumPasswordLength``): not one a guesser tries
/// first. Any 8 characters were taken — `12345678`, `aaaaaaaaaa`, `Passw0rd`, the person's own name (review rv107
/// F8); the national rules on 口令 ask for complexity (GB/T 22239-2019 8.1.4.1). A password mixes at least two kinds
/// of characters — letters (汉字 among them), digits, anything else — does not hold the person's name, and is not one
/// of the passwords every guesser tries first. The node's own made-up passwords (`k7mp-3xqa-9rtw`) pass.
public enum PasswordRules {
    /// Why a password is too easy to guess.
    public enum Weakness: Sendable, Hashable {
        /// Letters only, digits only, or symbols only.
        case oneKind
        /// It holds the person's name.
        case holdsName
        /// One of the first passwords a guesser tries.
        case common
    }

    /// The passwords guessers try first, lower-cased: those that mix two kinds of characters (one kind is refused
    /// anyway).
    static let common: Set<String> = [
        "passw0rd", "password1", "password123", "p@ssw0rd", "p@ssword", "abc12345", "abcd1234", "a1234567",
        "a12345678", "admin123", "admin@123", "admin1234", "1qaz2wsx", "1qaz@wsx", "qwe12345", "qwer1234",
        "zxcvbnm1", "woaini1314", "iloveyou1", "12345678a", "123456789a", "123qwe!@#", "qq123456",
    ]

    /// Why a password of a person is too easy to guess; `nil` when it is not.
    public static func weakness(of password: String, name: String) -> Weakness? {
        var kinds = Set<Int>()
        for character in password {
            kinds.insert(character.isLetter ? 0 : character.isNumber ? 1 : 2)
        }
        if kinds.count < 2 { return .oneKind }
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if trimmed.count >= 2, password.lowercased().contains(trimmed.lowercased()) { return .holdsName }
        if common.contains(password.lowercased()) { return .common }
        return nil
    }
}
