import Foundation

/// Sentences in the style of real reports, for generated paragraphs.
enum ProsePool {
    static func opening(year: Int, agency: String) -> String {
        "\(year)年，\(agency)坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，"
            + "紧紧围绕中心工作和群众关切，扎实推进政府信息公开工作。"
    }

    static let subjects = ["我乡", "本机关", "乡政府", "我镇", "办公室"]
    static let actions = [
        "通过政府门户网站主动公开政府信息%d条，涉及社会救助、应急管理、财政资金等重点领域。",
        "严格执行“先审查、后公开”制度，全年审核发布信息%d条，未发生泄密事件。",
        "组织开展政务公开业务培训%d次，工作人员业务水平不断提高。",
        "及时更新政府信息公开指南和目录，调整栏目%d个，确保公开内容准确完整。",
        "在便民服务大厅设立政务公开专区，提供查阅服务%d人次，打通政府信息公开“最后一公里”。",
        "开展政策解读%d次，以图文、视频等形式回应群众关切。",
        "全年受理群众咨询%d件，均在规定期限内答复。",
    ]
    static let problems = [
        "政府信息公开的队伍建设有待进一步加强，工作人员变动较为频繁。",
        "信息公开的时效性有待增强，个别栏目更新不够及时。",
        "政策解读形式较为单一，群众参与度不高。",
        "公开内容深度和广度不够，与群众期盼仍有差距。",
        "下一步，将加强业务培训，完善审核机制，提升政务公开工作水平。",
        "下一步，将拓展公开渠道，丰富解读形式，更好地服务群众。",
    ]

    static func sentence(_ random: inout SeededRandom, year: Int, agency: String) -> String {
        let action = random.pick(actions).replacingOccurrences(of: "%d", with: String(random.int(3...900)))
        return "\(year)年，\(random.pick(subjects))\(action)"
    }

    static func problem(_ random: inout SeededRandom, year: Int) -> String {
        "\(year)年，" + random.pick(problems) + random.pick(problems)
    }
}
