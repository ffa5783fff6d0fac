import CLibraryLoader
import CXlsxWriter
import Foundation
import Testing

/// libxlsxwriter is opened when the first workbook is written (CLibraryLoader); a machine without it, or with a
/// version that lacks a function, gets an error to show, never a crash at start or at the first call.
@Suite struct LibraryLoaderTests {
    /// Loads `functions` of `soname` through a fresh `nb_library`, twice, and gives both results and the error.
    static func load(_ soname: String, functions: [String]) -> (first: Int32, second: Int32, error: String) {
        let name = strdup(soname)
        let names = functions.map { UnsafePointer(strdup($0)) }
        var slots = [UnsafeMutableRawPointer?](repeating: nil, count: functions.count)
        defer {
            free(name)
            for pointer in names { free(UnsafeMutableRawPointer(mutating: pointer)) }
        }
        return names.withUnsafeBufferPointer { namesBuffer in
            slots.withUnsafeMutableBufferPointer { slotsBuffer in
                var library = nb_library()
                pthread_mutex_init(&library.mutex, nil)
                defer { pthread_mutex_destroy(&library.mutex) }
                library.soname = UnsafePointer(name)
                library.names = namesBuffer.baseAddress
                library.slots = slotsBuffer.baseAddress
                library.count = functions.count
                let first = nb_library_load(&library)
                let second = nb_library_load(&library)
                let error = withUnsafeBytes(of: library.error) {
                    String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
                }
                return (first, second, error)
            }
        }
    }

    @Test func aMissingLibraryIsAnErrorThatNamesIt() {
        let result = Self.load("libnianbao-no-such-library.so.9", functions: ["workbook_new"])
        #expect(result.first == 0)
        #expect(result.second == 0)
        #expect(result.error.contains("libnianbao-no-such-library.so.9"))
    }

    @Test func aLibraryWithoutAFunctionIsAnErrorThatNamesTheFunction() {
        let result = Self.load("libxlsxwriter.so.4", functions: ["workbook_new", "nianbao_no_such_function"])
        #expect(result.first == 0)
        #expect(result.second == 0)
        #expect(result.error == "libxlsxwriter.so.4 has no function nianbao_no_such_function")
    }

    @Test func theWorkbookLibraryHasEveryFunctionTheWorkbookCalls() {
        #expect(nb_xlsxwriter_load() == 1)
        #expect(String(cString: nb_xlsxwriter_error()).isEmpty)
    }
}
