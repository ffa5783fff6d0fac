import ArgumentParser
import Foundation
import ReportModel
import ReportRepository

extension Nianbao {
    /// `nianbao token create|list|revoke`: the tokens other offices use to reach this node.
    struct Token: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "token",
            abstract: "Issue, list and revoke the tokens other offices use to sync with this node.",
            subcommands: [Create.self, List.self, Revoke.self])

        /// `nianbao token create --agency ID… | --all`.
        struct Create: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "create",
                abstract: "Issue a token. It is printed once: the node keeps only its hash.")

            @Option(name: .long, help: "An agency whose reports the token may read and write (repeat for several).")
            var agency: [String] = []

            @Flag(name: .long, help: "The token reaches every report (the county's own token).")
            var all = false

            @Option(name: .long, help: "What the token is for (default: its agencies, or `all`).")
            var label: String?

            @Option(name: .long, help: "谁持有这个令牌：用户或节点的名称（用它做的操作记在这个名字下）。")
            var owner: String?

            @OptionGroup var repository: RepositoryOptions
            @OptionGroup var output: FormatOptions

            func validate() throws {
                guard all != !agency.isEmpty else {
                    throw ValidationError("Give either --agency ID (once per agency) or --all, not both, not neither.")
                }
            }

            func run() async throws {
                let scope: AccessScope = all ? .all : .agencies(Set(agency))
                let issued = try await repository.open().issueToken(
                    label: label ?? (all ? "all" : agency.sorted().joined(separator: ",")), scope: scope, owner: owner)
                switch output.chosen {
                case .json:
                    try Output.printJSON(TokenJSON(issued.token, secret: issued.secret))
                case .text:
                    Output.print(issued.secret)
                    Output.diagnose(
                        "Token \(issued.token.id) (\(issued.token.label), reaches \(issued.token.scope)). "
                            + "Hand it over now: it is not shown again.")
                }
            }
        }

        /// `nianbao token list`.
        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "list", abstract: "List the tokens this node issued.")

            @OptionGroup var repository: RepositoryOptions
            @OptionGroup var output: FormatOptions

            func run() async throws {
                let tokens = try await repository.open(.readOnly).tokens()
                switch output.chosen {
                case .json:
                    try Output.printJSON(TokensJSON(tokens: tokens.map { TokenJSON($0, secret: nil) }))
                case .text:
                    if tokens.isEmpty { Output.print("No tokens. Issue one with `nianbao token create`.") }
                    for token in tokens {
                        let state =
                            token.revoked.map { "revoked \(ISO8601DateFormatter().string(from: $0))" } ?? "valid"
                        let owner = token.owner.map { "\t持有人 \($0)" } ?? ""
                        Output.print("\(token.id)\t\(token.label)\treaches \(token.scope)\t\(state)\(owner)")
                    }
                }
            }
        }

        /// `nianbao token revoke ID`.
        struct Revoke: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "revoke", abstract: "Revoke a token: it opens nothing from now on.")

            @Argument(help: "The token's number, as `nianbao token list` shows it.")
            var id: Int64

            @OptionGroup var repository: RepositoryOptions

            func run() async throws {
                try await repository.open().revokeToken(id: id)
                Output.print("Token \(id) revoked.")
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
