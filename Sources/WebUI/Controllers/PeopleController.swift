import Foundation
import Hummingbird
import ReportModel
import ReportRepository
import SyncServer

/// `GET /people` (the people of the node), `POST /people` (add one), `POST /people/disable` and `POST /people/password`
/// (a new password, typed twice or made up by the node and shown once; it lets a disabled person log in again, and
/// ends the person's login sessions): for administrators only (``PersonAction/managePeople``), every form with the
/// page's anti-forgery token; each change is written to the audit log under the administrator's name. A change
/// answers with a redirect to the page (Post/Redirect/Get: reloading it does not send the form again), whose address
/// names what was done (`?added=NAME`); the page says so only when it is so. A made-up password is the one answer
/// that is the page itself (not stored, not cached): the only place it is ever shown.
struct PeopleController {
    let services: WebServices

    var endpoints: RouteCollection<NodeRequestContext> {
        let routes = RouteCollection(context: NodeRequestContext.self)
        routes.get("people", use: page)
        routes.post("people", use: add)
        routes.post("people/disable", use: disable)
        routes.post("people/password", use: password)
        return routes
    }

    /// The list of people and the form that adds one.
    @Sendable func page(_ request: Request, context: NodeRequestContext) async throws -> Response {
        let session = services.session(request, context)
        try Self.requireAdmin(try session.requireAccess(request))
        let query = request.uri.queryParameters
        let done = PeopleView.Done.allCases.lazy.compactMap { done in query.get(done.rawValue).map { (done, $0) } }
            .first
        return try await render(session: session, done: done)
    }

    /// Adds a person from the form. A refused form comes back as the page with the reason above the form and what
    /// was typed in it (the name, the role, the ticked offices; never the password), not as an error page that lost
    /// it all.
    @Sendable func add(_ request: Request, context: NodeRequestContext) async throws -> Response {
        let session = services.session(request, context)
        let (admin, form) = try await adminForm(request, context)
        // The offices ticked on the form (`agency`), or typed as ids (`agencies`, comma-separated).
        let agencies =
            form.pairs.filter { $0.name == "agency" }.map(\.value)
            + (form.value("agencies") ?? "").split(whereSeparator: { ",，、 ".contains($0) }).map(String.init)
        let typed = PeopleView.Typed(
            name: form.value("name") ?? "", role: form.value("role") ?? "", agencies: Set(agencies))
        let outcome: Result<Person, WebError>
        do {
            outcome = .success(try await addPerson(form, agencies: agencies, by: admin))
        } catch {
            outcome = .failure(error)
        }
        switch outcome {
        case .success(let person):
            return Self.redirect(.added, person.name)
        case .failure(let error) where error.status == .badRequest || error.status == .conflict:
            let language = services.renderer.words("people", session).language
            return try await render(session: session, done: nil, refused: (error.description(in: language), typed))
        case .failure(let error):
            throw error
        }
    }

    private func addPerson(_ form: FormFields, agencies: [String], by admin: Principal) async throws(WebError) -> Person
    {
        guard let role = PersonRole(rawValue: form.value("role") ?? "") else {
            throw .badRequest(
                "请选择角色：乡镇填报员、县级审核员、系统管理员或只读查看。",
                english: "Choose a role: township clerk, county reviewer, administrator or viewer.")
        }
        do {
            return try await services.repository.addPerson(
                name: form.value("name") ?? "", role: role, agencies: Set(agencies),
                password: form.value("password") ?? "", by: admin.name)
        } catch .people(.clerkWithoutAgency) {
            throw .badRequest(
                "乡镇填报员要勾选负责的机关。什么也没有改动。",
                english: "A township clerk needs the offices they write for ticked. Nothing was changed.")
        } catch .people(.agenciesForRole(let role)) {
            throw .badRequest(
                "\(role.label)可以看到全部报告，不用勾选机关；只有乡镇填报员按机关划分。什么也没有改动。",
                english:
                    "Only township clerks are given offices; \(role.englishLabel)s see every report and need none ticked. Nothing was changed."
            )
        } catch {
            throw WebError(error)
        }
    }

    /// Disables a person: they cannot log in, and their open sessions end.
    @Sendable func disable(_ request: Request, context: NodeRequestContext) async throws -> Response {
        let (admin, form) = try await adminForm(request, context)
        let name = form.value("name") ?? ""
        let repository = services.repository
        try await services.run { () async throws(RepositoryError) in
            try await repository.disablePerson(named: name, by: admin.name)
        }
        return Self.redirect(.disabled, name)
    }

    /// Sets a person's new password (``ReportRepository/setPassword(of:to:by:time:)``), which enables a disabled one
    /// again and ends their login sessions: the one typed twice in the row's form, or, with `generate`, one the node
    /// makes up (``ReportRepository/generatedPassword()``), shown on the answer once. A refused form (the two typings
    /// differ, the password is too short) comes back as the page with the reason above the list; nothing is changed.
    @Sendable func password(_ request: Request, context: NodeRequestContext) async throws -> Response {
        let session = services.session(request, context)
        let (admin, form) = try await adminForm(request, context)
        let name = form.value("name") ?? ""
        let words = services.renderer.words("people", session).people
        let generated = form.value("generate").map { _ in ReportRepository.generatedPassword() }
        let password = generated ?? form.value("password") ?? ""
        if generated == nil, form.value("confirm") != password {
            return try await render(session: session, done: nil, passwordRefusal: words.passwordsDiffer(name))
        }
        let enabled: Bool
        do {
            enabled = try await services.repository.setPassword(of: name, to: password, by: admin.name)
        } catch .people(.unsuitablePassword) {
            return try await render(session: session, done: nil, passwordRefusal: words.unsuitablePassword(name))
        } catch .people(.weakPassword(let weakness)) {
            return try await render(
                session: session, done: nil, passwordRefusal: words.unsuitablePassword(name, .weakPassword(weakness)))
        } catch {
            throw WebError(error)
        }
        guard let generated else { return Self.redirect(enabled ? .enabled : .password, name) }
        // (the only time the password is shown: the answer is not cached, and reloading it sets another one)
        var response = try await render(
            session: session, done: (enabled ? .enabled : .password, name), generated: generated)
        response.headers[.cacheControl] = "no-store"
        return response
    }

    /// The page again, its address naming what was done to whom.
    private static func redirect(_ done: PeopleView.Done, _ name: String) -> Response {
        Response.redirect(to: "/people?\(done.rawValue)=" + Escape.query(name), type: .normal)
    }

    /// A form of the page, sent by an administrator: who, and its fields.
    private func adminForm(
        _ request: Request, _ context: NodeRequestContext
    ) async throws -> (admin: Principal, form: FormFields) {
        let (session, form) = try await services.verifiedForm(request, context)
        let admin = try session.requireAccess(request)
        try Self.requireAdmin(admin)
        return (admin, form)
    }

    private static func requireAdmin(_ who: Principal) throws(WebError) {
        guard who.may(.managePeople) else { throw .notAllowed(role: who.role, action: .managePeople) }
    }

    private func render(
        session: WebSession, done: (PeopleView.Done, String)?,
        refused: (message: String, typed: PeopleView.Typed)? = nil, passwordRefusal: String? = nil,
        generated: String? = nil
    ) async throws(WebError) -> Response {
        let repository = services.repository
        let (people, agencies) = try await services.run { () async throws(RepositoryError) in
            (try await repository.people(), try await repository.agencies())
        }
        let words = services.renderer.words("people", session)
        var view = PeopleView(
            people: people, agencies: agencies, csrf: session.csrfToken, done: done, refused: refused,
            passwordRefusal: passwordRefusal, generated: generated, words: words.people)
        view.canChange = !session.readOnlyNode
        return try services.renderer.page(
            "people", title: words.people.heading, view: view, session: session,
            status: refused == nil && passwordRefusal == nil ? .ok : .badRequest)
    }
}
