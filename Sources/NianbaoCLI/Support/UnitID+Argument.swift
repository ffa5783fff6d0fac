public import ArgumentParser
public import ReportDiff

// Unit ids on the command line: `--unit section:三/table:table3/cell:received:total`.

extension UnitID: ExpressibleByArgument {
    /// Reads a unit id from its string form.
    public init?(argument: String) {
        self.init(argument)
    }
}

extension MergeSide: ExpressibleByArgument {}
