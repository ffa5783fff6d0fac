// Embeds data files kept outside Sources/ (Schema/templates, Schema/sql, Schema/diff, page templates) into a
// target's module, so that the `nianbao` binary carries its templates and schema and needs no resource bundle
// beside it.

import Foundation
import PackagePlugin

@main
struct EmbedFiles: BuildToolPlugin {
    /// The folders, relative to the package root, whose files each target embeds.
    static let folders: [String: [String]] = [
        "ReportModel": ["Schema/templates"],
        "ReportDiff": ["Schema/diff"],
        "RevisionStore": ["Schema/sql"],
        "WebUI": ["Sources/WebUI/Pages"],
    ]

    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        guard let folders = Self.folders[target.name] else { return [] }
        let root = context.package.directoryURL
        // The folders are inputs too: a file added to one changes the folder, which reruns the tool, and the tool
        // lists the folders itself (SwiftPM plans plugins again only when the package changes).
        let directories = folders.map { root.appending(path: $0) }
        var inputs: [URL] = directories
        for url in directories {
            let names = try FileManager.default.contentsOfDirectory(atPath: url.path)
            inputs += names.filter { !$0.hasPrefix(".") }.sorted().map { url.appending(path: $0) }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        let tool = try context.tool(named: "SchemaEmbedder")
        return [
            .buildCommand(
                displayName: "Embedding \(folders.joined(separator: ", ")) into \(target.name)",
                executable: tool.url,
                arguments: [output.path] + directories.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
