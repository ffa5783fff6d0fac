extension ModelError {
    /// What went wrong, for a person: in Chinese, or in English when the process speaks English (`NIANBAO_LANG=en`).
    public var description: String { Language.pick(chineseDescription, englishDescription) }

    /// The message in Chinese.
    var chineseDescription: String {
        switch self {
        case .templateUnreadable(let file, let reason): "无法读取表格模板文件 Schema/templates/\(file)：\(reason)"
        case .malformedObject(let kind, let offset, let reason):
            "保存的\(kind ?? "对象")在第 \(offset) 字节处格式不对：\(reason)"
        case .hashMismatch(let expected, let actual): "对象 \(expected.hex) 已损坏：其内容的哈希是 \(actual.hex)"
        case .missingObject(let id, let parent):
            parent.map { "缺少对象 \(id.hex)（被 \($0.hex) 引用）" } ?? "缺少对象 \(id.hex)"
        case .unexpectedKind(let id, let expected, let found):
            "对象 \(id.hex) 是 \(found.rawValue)，这里应为 \(expected.rawValue)"
        case .unknownTemplate(let id): "这个版本的 nianbao 不认得表格模板 \(id)"
        }
    }
}
