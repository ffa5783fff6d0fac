import Hummingbird
import ReportModel

/// The language a browser reads the pages in: Chinese, unless the person chose English with the `中文 | English` link
/// of the top bar (``LanguageController``), which the `lang` cookie remembers.
///
/// The browser's `Accept-Language` is not read: a county office's computer set up in English still gets Chinese, as
/// the command line ignores `LANG`. Only the exact value `en` means English; anything else (none, `zh`, a value made up
/// by hand) is Chinese.
enum PageLanguage {
    /// The cookie that remembers the choice.
    static let cookieName = "lang"

    /// How long the choice is remembered: a year.
    static let cookieLifetime = 365 * 24 * 3600

    /// The language a request asks for.
    static func of(_ request: Request) -> Language {
        request.cookies[cookieName]?.value == Language.english.rawValue ? .english : .chinese
    }

    /// The language a form's `lang` field names: English for `en`, Chinese for anything else.
    static func named(_ value: String?) -> Language {
        value == Language.english.rawValue ? .english : .chinese
    }

    /// The cookie that remembers a choice: not readable by scripts, sent on this site's own links (`Lax`), and
    /// `Secure` where the login cookie is.
    static func cookie(_ language: Language, secure: Bool) -> Cookie {
        Cookie(
            name: cookieName, value: language.rawValue, maxAge: cookieLifetime, path: "/", secure: secure,
            httpOnly: true, sameSite: .lax)
    }
}

extension Language {
    /// One of two texts: the Chinese one, or the English one in English.
    func choose(_ chinese: String, _ english: String) -> String {
        self == .english ? english : chinese
    }

    /// The language's tag for `<html lang>`.
    var htmlTag: String { self == .english ? "en" : "zh-CN" }
}
