import ReportModel

/// The merge's ids of the tables of one container (`T` and a name: `Ttable3`, `Ttable3#2`, `Tgrid1`): the same id in
/// the three versions is the same table, merged cell by cell.
///
/// The base's tables go by their names (``TableUnitName``). A side's copy of a template table takes the id of the
/// base's copy it fills most like (``TableCopies``), so that last year's table 3 pasted above this year's on one side
/// is a table that side added and the other side's edit of this year's table 3 lands on this year's (rv114 F5); a copy
/// the base lacks takes, in theirs, the id of the copy ours added that it fills most like (both added one table), else
/// the first copy name no other id of the container has. A table of no template keeps its name.
enum TableCopyIDs {
    /// A version's container: its blocks and their merge ids, in order.
    typealias Named = (blocks: [Block], ids: [String])

    /// The ids of a container's tables by block index.
    ///
    /// - Parameters:
    ///   - blocks: The container's blocks in this version.
    ///   - base: The base's container, named, when this is a side's and the base has it.
    ///   - ours: Ours' container, named, when this is theirs and ours has it.
    static func ids(of blocks: [Block], base: Named?, ours: Named?) -> [Int: String] {
        let names = TableUnitName.names(of: blocks)
        var ids: [Int: String] = [:]
        var byNumber: [Int: [Int]] = [:]
        for (index, name) in names.enumerated() {
            guard let name else { continue }
            if let number = name.templateNumber, base != nil || ours != nil {
                byNumber[number, default: []].append(index)
            } else {
                ids[index] = "T\(name)"
            }
        }
        let baseIDs = Set(base?.ids ?? [])
        var taken = baseIDs.union(ours?.ids ?? []).union(ids.values)
        // (ours' copies the base has are paired with the base first: only those ours added are left for theirs)
        let earlierSides: [Named?] = [
            base, ours.map { (blocks: $0.blocks, ids: $0.ids.map { baseIDs.contains($0) ? "" : $0 }) },
        ]
        for (number, indices) in byNumber.sorted(by: { $0.key < $1.key }) {
            var left = indices
            for earlier in earlierSides {
                guard let earlier else { continue }
                let known = copies(of: number, in: earlier).filter { !earlier.ids[$0].isEmpty }
                let partners = TableCopies.partners(
                    old: known.compactMap { earlier.blocks[$0].table }, new: left.compactMap { blocks[$0].table })
                var unpaired: [Int] = []
                for (position, index) in left.enumerated() {
                    if let partner = partners[position] {
                        ids[index] = earlier.ids[known[partner]]
                    } else {
                        unpaired.append(index)
                    }
                }
                left = unpaired
            }
            var copy = 1
            for index in left {
                while taken.contains("T\(TableUnitName.template(number: number, copy: copy))") { copy += 1 }
                let id = "T\(TableUnitName.template(number: number, copy: copy))"
                ids[index] = id
                taken.insert(id)
            }
        }
        return ids
    }

    /// The name a table of a merge goes by in the merged text (``TableUnitName``): which copy of its template table
    /// the merged container holds it as — one more than the copies either side has before it, but for those a side
    /// took out of the base. Both sides pasting last year's table 3 above this year's, this year's is `table3#2` on
    /// both sides and in the merged text, though the base's one table 3 was `table3`: a conflict in it named after the
    /// base sent the person to the first 表三 of her file, last year's, and `--unit …table3#2…` was refused (rv116
    /// F7). The same on either side as ours, and for the same lists whatever was chosen, so that a choice made for
    /// the name finds its conflict again.
    ///
    /// - Parameters:
    ///   - id: The table's merge id (`Ttable3`, `Ttable3#2`).
    ///   - base: The ids of the base's container, in order (empty when the base lacks it).
    ///   - ours: The ids of ours' container, in order.
    ///   - theirs: The ids of theirs' container, in order.
    /// - Returns: The name (`table3#2`), or `nil` for a table of no template or one neither side has.
    /// - Complexity: O(n) in the number of blocks.
    static func mergedName(of id: String, base: [String], ours: [String], theirs: [String]) -> String? {
        func templateNumber(_ id: String) -> Int? {
            id.hasPrefix("T") ? TableUnitName(String(id.dropFirst()))?.templateNumber : nil
        }
        guard let number = templateNumber(id) else { return nil }
        let kept = (Set(ours), Set(theirs))
        var before = Set<String>()
        var found = false
        for side in [ours, theirs] {
            guard let position = side.firstIndex(of: id) else { continue }
            found = true
            before.formUnion(side[..<position].filter { templateNumber($0) == number })
        }
        guard found else { return nil }
        let taken = Set(base.filter { !kept.0.contains($0) || !kept.1.contains($0) })
        return TableUnitName.template(number: number, copy: before.subtracting(taken).count + 1).description
    }

    /// The block indices of a container's copies of one template table.
    private static func copies(of number: Int, in named: Named) -> [Int] {
        named.blocks.indices.filter { index in
            named.blocks[index].table.flatMap(UnitNaming.templateNumber) == number && named.ids.indices.contains(index)
        }
    }
}
