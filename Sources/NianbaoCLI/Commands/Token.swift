import ArgumentParser
import Foundation
import ReportModel
import ReportRepository

extension Nianbao {
    /// `nianbao token create|list|revoke`: the tokens other offices use to reach this node.
    struct Token: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "token", _superCommandName: Nianbao.toolName,
            abstract: CommandHelp.token.abstract,
            subcommands: [Create.self, List.self, Revoke.self])

        /// `nianbao token create --agency ID… | --all`.
        struct Create: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "create",
                abstract: CommandHelp.tokenCreate.abstract)

            @Option(name: .long, help: OptionHelp.tokenAgency.help)
            var agency: [String] = []

            @Flag(name: .long, help: OptionHelp.tokenAll.help)
            var all = false

            @Option(name: .long, help: OptionHelp.tokenLabel.help)
            var label: String?

            @Option(
                name: .long,
                help: ArgumentHelp(
                    Language.pick(
                        "谁持有这个令牌：用户或节点的名称（用它做的操作记在这个名字下）。",
                        "Who holds the token: a person's or node's name (what is done with it is recorded under it).")))
            var owner: String?

            @OptionGroup var administrator: AdministratorOptions
            @OptionGroup var repository: RepositoryOptions
            @OptionGroup var output: FormatOptions

            func validate() throws {
                guard all != !agency.isEmpty else {
                    throw ValidationError(SyncMessage.tokenEither.text)
                }
            }

            func run() async throws {
                let by = try administrator.name()
                let opened = try repository.open()
                var ids: [String] = []
                for text in agency { ids.append(try await AgencyArgument.id(text, in: opened)) }
                let scope: AccessScope = all ? .all : .agencies(Set(ids))
                let names = try await opened.agencyNames()
                let issued = try await opened.issueToken(
                    label: label
                        ?? (all ? Language.pick("县级令牌", "county token") : TokenScopeText.text(of: scope, names: names)),
                    scope: scope, owner: owner, by: by)
                switch output.chosen {
                case .json:
                    try Output.printJSON(TokenJSON(issued.token, secret: issued.secret))
                case .text:
                    Output.print(issued.secret)
                    // (as it acts: a viewer's token only reads, which its reach alone does not say)
                    let acting = try await opened.tokens().first { $0.id == issued.token.id } ?? issued.token
                    Output.diagnose(
                        SyncMessage.tokenIssued(
                            id: issued.token.id, label: issued.token.label,
                            reach: TokenScopeText.reach(of: acting, names: names)
                        ).text)
                    Output.diagnose(
                        SetupMessage.tokenNextStep(secret: issued.secret, county: all, agencies: ids.sorted()).text)
                }
            }
        }

        /// `nianbao token list`.
        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "list", abstract: CommandHelp.tokenList.abstract)

            @OptionGroup var repository: RepositoryOptions
            @OptionGroup var output: FormatOptions

            func run() async throws {
                let opened = try repository.open(.readOnly)
                let tokens = try await opened.tokens()
                let names = try await opened.agencyNames()
                let disabled = Set(try await opened.people().filter { !$0.isActive }.map(\.name))
                switch output.chosen {
                case .json:
                    try Output.printJSON(TokensJSON(tokens: tokens.map { TokenJSON($0, secret: nil) }))
                case .text:
                    if tokens.isEmpty { Output.print(SyncMessage.noTokens.text) }
                    for token in tokens {
                        Output.print(
                            SyncMessage.tokenLine(
                                id: token.id, label: token.label,
                                reach: TokenScopeText.reach(of: token, names: names),
                                revoked: token.revoked.map { BeijingTime.minute($0) }
                            ).text + (token.owner.map { Language.pick("\t持有人 \($0)", "\towner \($0)") } ?? "")
                                + (token.owner.map(disabled.contains) == true && token.revoked == nil
                                    ? Language.pick("（持有人已停用：令牌暂不可用）", " (owner disabled: the token opens nothing)")
                                    : ""))
                    }
                }
            }
        }

        /// `nianbao token revoke ID`.
        struct Revoke: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "revoke", abstract: CommandHelp.tokenRevoke.abstract)

            @Argument(help: OptionHelp.tokenID.help)
            var id: Int64

            @OptionGroup var administrator: AdministratorOptions
            @OptionGroup var repository: RepositoryOptions

            func run() async throws {
                let by = try administrator.name()
                try await repository.open().revokeToken(id: id, by: by)
                Output.print(SyncMessage.tokenRevoked(id).text)
            }
        }
    }
}

/// A token in `--format json`.
struct TokenJSON: JSONOutput {
    let id: Int64
    let label: String
    let all: Bool
    let agencies: [String]
    let created: Date
    @NullEncodable var revoked: Date?
    /// Who holds it (a person's or a node's name).
    @NullEncodable var owner: String?
    /// Only when the token was just issued.
    @NullEncodable var token: String?

    init(_ token: AccessToken, secret: String?) {
        id = token.id
        label = token.label
        if case .agencies(let ids) = token.scope {
            all = false
            agencies = ids.sorted()
        } else {
            all = true
            agencies = []
        }
        created = token.created
        revoked = token.revoked
        owner = token.owner
        self.token = secret
    }
}

/// A token's reach as people read it: 全部报告, or the names of its offices (their ids when the repository has no
/// name for them).
enum TokenScopeText {
    /// `全部报告` / `every report`, or `常张乡人民政府、大庄乡人民政府`.
    static func text(of scope: AccessScope, names: [String: String]) -> String {
        switch scope {
        case .all: Language.pick("全部报告", "every report")
        case .agencies(let ids):
            ids.map { names[$0] ?? $0 }.sorted(by: AgencyOrder.names).joined(separator: Language.pick("、", ", "))
        }
    }

    /// What a token may do, as `token create` and `token list` say it: `可用于 全部报告`, `可用于 常张乡人民政府`, or
    /// `只读：全部报告` for one that changes nothing (a viewer's, ``PersonRules/role(ofToken:)-(AccessToken)``), which
    /// read like a reviewer's (user review rv117, M6).
    static func reach(of token: AccessToken, names: [String: String]) -> String {
        let scope = text(of: token.scope, names: names)
        return PersonRules.may(PersonRules.role(ofToken: token), .edit)
            ? Language.pick("可用于 \(scope)", "reaches \(scope)") : Language.pick("只读：\(scope)", "read only: \(scope)")
    }
}
