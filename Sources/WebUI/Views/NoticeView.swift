/// A page that says what was done and where to go on, for an action with no page of its own to answer with (a name
/// registered for a report not started yet, rv115 F9): `notice.mustache`.
struct NoticeView {
    /// The heading.
    let title: String
    /// What was done, and what to do next.
    let message: String
    /// Where to go on: its address and words.
    let href: String
    let label: String
}
