public func templateProbe() -> String? { EmbeddedFiles.contents["test.json"] }
